/**
 * The site built from core's per-script fixtures (`packages/core/test/scripts/`): the Nu HTML
 * Checker and axe-core find nothing; each page is in its publication's language and direction; an
 * Urdu paragraph of an English page computes `direction: rtl` in Chromium; search finds Chinese and
 * Japanese words inside unspaced text and Arabic-script queries.
 */
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildCorpus, type Corpus, type SourceInput} from '@dossier/core'
import MiniSearch from 'minisearch'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {searchDocuments, searchOptions, tokenize} from '../src/index.js'
import {connectBrowser} from './browser.js'
import {buildSite, text} from './helpers.js'
import {serve} from './serve.js'

const scriptsDir = fileURLToPath(new URL('../../core/test/scripts/', import.meta.url))
const names = readdirSync(scriptsDir).sort()
const sources: SourceInput[] = names.map((name) => ({
  path: `${name}.txt`,
  bytes: readFileSync(join(scriptsDir, name, 'input.txt')),
  meta: null
}))
const corpus: Corpus = buildCorpus({sources, collection: null})
const vnuJar = join(createRequire(import.meta.url).resolve('vnu-jar'), '..', 'build', 'dist', 'vnu.jar')
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const byName = (name: string) => corpus.publications.find((publication) => publication.source.path === `${name}.txt`)!

let site: Awaited<ReturnType<typeof buildSite>>
let browser: Browser

beforeAll(async () => {
  site = await buildSite(corpus)
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('the site in every script', () => {
  it('has each page in its publication language, right to left where that language is', () => {
    for (const publication of corpus.publications) {
      const html = text(site.files.find((file) => file.path === `${publication.id}.html`))
      const rtl = ['ar', 'fa', 'ur'].includes(publication.lang)
      expect(html).toMatch(new RegExp(`<html lang="${publication.lang}"${rtl ? ' dir="rtl"' : '>'}`))
    }
    const mixed = text(site.files.find((file) => file.path === `${byName('urdu-stanza-in-english').id}.html`))
    expect(mixed).toContain('<p lang="ur" dir="rtl">کراچی')
    expect(text(site.files.find((file) => file.path === `${byName('cyrillic').id}.html`))).toContain(
      '<h2 id="toc-title">Вопросы (2)</h2>'
    )
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
  })

  it('has no axe-core violations and lays out right-to-left paragraphs right to left', async () => {
    const server = await serve(site.dir)
    try {
      const page = await browser.newPage()
      for (const publication of corpus.publications) {
        await page.goto(`${server.base}${publication.id}.html`)
        await page.evaluate(axeSource)
        const violations = await page.evaluate(async () => {
          const run = (
            window as unknown as {
              axe: {run: (context: Document, options: object) => Promise<{violations: Array<{id: string}>}>}
            }
          ).axe.run
          return (await run(document, {resultTypes: ['violations']})).violations.map((violation) => violation.id)
        })
        expect(violations, publication.id).toEqual([])
      }
      await page.goto(`${server.base}${byName('urdu-stanza-in-english').id}.html`)
      const urdu = await page.evaluate(() => {
        const p = Array.from(document.querySelectorAll('p')).find((node) => node.textContent?.startsWith('کراچی'))!
        return {
          direction: getComputedStyle(p).direction,
          align: getComputedStyle(p).textAlign,
          root: getComputedStyle(document.documentElement).direction
        }
      })
      expect(urdu).toEqual({direction: 'rtl', align: 'start', root: 'ltr'})
      await page.goto(`${server.base}${byName('persian-zwnj').id}.html`)
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.answer p')!).direction)).toBe('rtl')
    } finally {
      await server.close()
    }
  })
})

describe('search in every script', () => {
  const index = new MiniSearch(searchOptions)
  index.addAll(searchDocuments(corpus.publications))
  const find = (query: string) => index.search(query, {prefix: true, combineWith: 'AND'}).map((hit) => String(hit.id))

  it('segments Chinese and Japanese into words at index and query time', () => {
    expect(tokenize('我们在北京大学学习')).toEqual(['我们', '在', '北京', '大学', '学习'])
    expect(find('大学').some((id) => id.startsWith(byName('chinese').id))).toBe(true)
    expect(find('北京大学')[0]).toBe(`${byName('chinese').id}#q1`)
    expect(find('日本語')[0]).toBe(byName('japanese').id)
  })

  it('segments Thai, Lao, Khmer and Burmese runs, which set no spaces between words (field case 21)', () => {
    // A word in the middle of a run: a prefix match cannot find it by accident.
    expect(tokenize('ชาวประมงกังวลเรื่องเขื่อนใหม่')).toContain('เขื่อน')
    expect(tokenize('ຊາວປະມົງກັງວົນເລື່ອງເຂື່ອນໃໝ່')).toContain('ເຂື່ອນ')
    expect(tokenize('អ្នកនេសាទប្រឈមនឹងបញ្ហាអ្វីខ្លះ')).toEqual(expect.arrayContaining(['ប្រឈម', 'បញ្ហា']))
    expect(tokenize('ငါးဖမ်းသမားများသည်ဆည်အသစ်ကိုစိုးရိမ်သည်').length).toBeGreaterThan(3)
  })

  it('finds right-to-left words, with or without the Persian zero-width non-joiner', () => {
    expect(find('کراچی')[0]).toBe(`${byName('urdu-stanza-in-english').id}#q2`)
    expect(find('میخواهم')[0]).toBe(`${byName('persian-zwnj').id}#q1`)
    expect(find('الأسواق')[0]).toBe(byName('arabic-article').id)
  })

  it('stores each result with its language and direction', () => {
    const hit = index.search('کراچی')[0]!
    expect([hit.lang, hit.dir]).toEqual(['en', 'ltr'])
    expect(index.search('میخواهم')[0]!.dir).toBe('rtl')
  })
})
