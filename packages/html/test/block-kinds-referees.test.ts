/**
 * The site of every block kind (block-kinds-site.ts) checked by the referees: the Nu HTML Checker
 * and axe-core in Chromium find nothing, and a note link moves to the note.
 */
import {spawnSync} from 'node:child_process'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {blockKindSite, corpus} from './block-kinds-site.js'
import {axe, connectBrowser} from './browser.js'
import {serve} from './serve.js'

const vnuJar = join(createRequire(import.meta.url).resolve('vnu-jar'), '..', 'build', 'dist', 'vnu.jar')

describe('the site with every block kind', async () => {
  const site = await blockKindSite()

  it('passes the Nu HTML Checker with no errors', () => {
    const files = site.files.filter((file) => file.path.endsWith('.html')).map((file) => join(site.dir, file.path))
    const result = spawnSync(
      'java',
      ['-jar', vnuJar, '--format', 'json', '--errors-only', '--exit-zero-always', ...files],
      {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024}
    )
    if (result.error) throw result.error
    const messages = (JSON.parse(result.stderr) as {messages: Array<{type: string; url: string; message: string}>})
      .messages
    expect(messages.filter((message) => message.type === 'error')).toEqual([])
  })

  it('has no axe-core violations in Chromium, and a note link moves to the note', async () => {
    const browser = await connectBrowser()
    const server = await serve(site.dir)
    try {
      const tab = await browser.newPage()
      for (const publication of corpus.publications) {
        await tab.goto(`${server.base}${publication.id}.html`)
        const violations = await axe(tab)
        expect(violations, publication.id).toEqual([])
      }
      const every = corpus.publications.find((p) => p.source.path === 'every-block-kind.md')!
      await tab.goto(`${server.base}${every.id}.html`)
      await tab.click('#fnref1')
      expect(await tab.evaluate(() => location.hash)).toBe('#fn1')
    } finally {
      await server.close()
      await browser.close()
    }
  })
})
