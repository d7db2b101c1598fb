/**
 * Every block kind on the site (issue 14): the fixture holding every kind (core's
 * `test/fixtures/every-block-kind`) and field cases 12 (a table) and 15 (notes) are built as a site;
 * the article's HTML is a golden file; the Nu HTML Checker and axe-core in Chromium find nothing;
 * notes link both ways; the handler registry covers core's list of kinds; schema.org follows core's
 * author rule.
 */
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {blockKinds, buildCorpus, missingHandlers, type SourceInput} from '@dossier/core'
import {chromium} from 'playwright-core'
import {describe, expect, it} from 'vitest'
import {blockHandlers} from '../src/lib/content.js'
import {buildSite, text} from './helpers.js'
import {serve} from './serve.js'

const read = (url: string) => readFileSync(fileURLToPath(new URL(url, import.meta.url)))
const sources: SourceInput[] = [
  {path: 'every-block-kind.md', bytes: read('../../core/test/fixtures/every-block-kind/input.md'), meta: null},
  {
    path: 'trade-figures.md',
    bytes: read('../../core/test/field-cases/12-markdown-table/sources/trade-figures.md'),
    meta: null
  },
  {path: 'wheat-deal.md', bytes: read('../../core/test/field-cases/15-footnotes/sources/wheat-deal.md'), meta: null},
  {
    path: 'gas-pipeline.txt',
    bytes: read('../../core/test/field-cases/15-footnotes/sources/gas-pipeline.txt'),
    meta: null
  }
]
const corpus = buildCorpus({sources, collection: null})
const vnuJar = join(createRequire(import.meta.url).resolve('vnu-jar'), '..', 'build', 'dist', 'vnu.jar')
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const page = (site: {files: Array<{path: string; contents: string | Uint8Array}>}, source: string) => {
  const publication = corpus.publications.find((p) => p.source.path === source)!
  return text(site.files.find((file) => file.path === `${publication.id}.html`))
}

describe('blockHandlers', () => {
  it('has a handler for every block kind of the model', () => {
    expect(missingHandlers(blockHandlers)).toEqual([])
    expect(Object.keys(blockHandlers).sort()).toEqual([...blockKinds].sort())
  })
})

describe('the site with every block kind', async () => {
  const site = await buildSite(corpus)
  const html = page(site, 'every-block-kind.md')
  const article = /<article[\s\S]*<\/article>/.exec(html)![0]

  it('writes the article as reviewed in golden/every-block-kind.html', async () => {
    await expect(`${article}\n`).toMatchFileSnapshot('./golden/every-block-kind.html')
  })

  it('keeps the table with its header row and column alignment, nested lists with their start, quotes, rules and code', () => {
    expect(article).toMatch(
      /<div class="table-wrap" tabindex="0" role="region" aria-label="Year, Exports \(US\$ m\), Item"><table>\s*<thead>\s*<tr>\s*<th class="align-left">Year<\/th>\s*<th class="align-right">/
    )
    expect(article).toContain('<ol start="5">')
    expect(article).toMatch(/<ol>[\s\S]*<ul>[\s\S]*<ol>[\s\S]*deep one/)
    expect(article).toContain('<blockquote>')
    expect(article).toContain('<hr>')
    expect(article).toContain('<pre><code>code block line one')
  })

  it('links note markers and notes both ways, never inside an answer', () => {
    expect(article).toContain('<sup><a href="#fn1" id="fnref1" role="doc-noteref">[1]</a></sup>')
    expect(article).toMatch(
      /<section id="footnotes" class="footnotes" role="doc-endnotes" aria-labelledby="footnotes-title"><h2 id="footnotes-title">Notes<\/h2>/
    )
    const gas = page(site, 'gas-pipeline.txt')
    const answers = [...gas.matchAll(/<div class="answer">([\s\S]*?)<\/div>/g)].map((m) => m[1]).join('')
    expect(answers).not.toMatch(/References|Ministry of Energy/)
    expect(gas).toMatch(
      /<li id="fn1"><p>Ministry of Energy statement, 12 March 2019\. <a href="#fnref1" role="doc-backlink"/
    )
    expect(gas).toMatch(/<li id="fn3"><p>Joint statement after the Moscow talks, May 2024\./)
  })

  it('names interviewers as contributors and interviewees as authors in schema.org', () => {
    const wheat = page(site, 'wheat-deal.md')
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(wheat)![1]!)
    expect(jsonLd.author).toEqual([{'@type': 'Person', name: 'Dmitri Volkov'}])
    expect(jsonLd.contributor).toEqual([{'@type': 'Person', name: 'Ayesha Karim'}])
  })

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
  }, 120_000)

  it('has no axe-core violations in Chromium, and a note link moves to the note', async () => {
    const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox']})
    const server = await serve(site.dir)
    try {
      const tab = await browser.newPage()
      for (const publication of corpus.publications) {
        await tab.goto(`${server.base}${publication.id}.html`)
        await tab.evaluate(axeSource)
        const violations = await tab.evaluate(async () => {
          const run = (
            window as unknown as {
              axe: {
                run: (
                  context: Document,
                  options: object
                ) => Promise<{violations: Array<{id: string; nodes: Array<{target: string[]}>}>}>
              }
            }
          ).axe.run
          return (await run(document, {resultTypes: ['violations']})).violations.map(
            (violation) => `${violation.id} ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`
          )
        })
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
  }, 120_000)
})
