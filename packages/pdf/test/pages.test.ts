import {mkdirSync, rmSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {artifactsDir, readNavigation, renderSeedsA4, tool} from './support.js'

describe('pages', () => {
  it('numbers the contents with the pages the outline lands on, and renders pages to look at', async () => {
    const {corpus, dir} = await renderSeedsA4()
    const file = join(dir, 'briefing.pdf')
    const {outline} = readNavigation(file)
    const pageOf = (title: string) => outline.find((item) => item.depth === 0 && item.title === title)!.page
    const contents = tool('pdftotext', ['-f', '2', '-l', '2', '-layout', file, '-'])
    for (const title of [
      'At a glance',
      'Key points',
      'Source and provenance',
      ...corpus.publications.map((p) => p.title.text)
    ]) {
      // A long title wraps: its page number ends the entry's last line, as in a book's contents.
      const lines = contents.split('\n').map((l) => l.trim())
      const start = lines.findIndex((l) => l.startsWith(title.slice(0, 40)))
      expect(start, title).toBeGreaterThanOrEqual(0)
      const end = lines.slice(start, start + 3).find((l) => /\s\d+$/.test(l))
      expect(end?.endsWith(` ${pageOf(title)}`), `${title} → ${pageOf(title)}`).toBe(true)
    }
    // The cover, a contents page, a publication's opening and next page, and the appendix, kept for a person to look at.
    const opening = pageOf(corpus.publications[0]!.title.text)
    const pages = {cover: 1, contents: 2, opening, body: opening + 1, appendix: pageOf('Source and provenance')}
    const out = join(artifactsDir, 'pages')
    rmSync(out, {recursive: true, force: true})
    mkdirSync(out, {recursive: true})
    for (const [name, page] of Object.entries(pages)) {
      tool('pdftoppm', [
        '-f',
        String(page),
        '-l',
        String(page),
        '-r',
        '60',
        '-png',
        '-singlefile',
        file,
        join(out, name)
      ])
      expect(statSync(join(out, `${name}.png`)).size).toBeGreaterThan(5_000)
    }
  }, 60_000)
})
