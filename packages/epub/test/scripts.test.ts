/// <reference lib="dom" />
/**
 * Books in every script of core's `test/scripts/` fixtures: the package and documents declare the
 * language and direction, a right-to-left paragraph inside an English book carries `lang`/`dir` and
 * Chromium computes `direction: rtl` for it in the book's XHTML. (EPUBCheck passes every one of
 * these books clean: `epubcheck.test.ts`.)
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {chromium} from 'playwright-core'
import {describe, expect, it} from 'vitest'
import {bytesOf, scriptBooks, scriptNames} from './books.js'
import {tempDir} from './helpers.js'
import {unzipEpub} from './unzip.js'

const {corpus, files} = await scriptBooks()
const byName = (name: string) => corpus.publications.find((publication) => publication.source.path === `${name}.txt`)!
/** The publication's own book, as `render` made it (the same bytes as `renderPublication` alone: parts.test.ts). */
const bookOf = (name: string) => bytesOf(files.find((file) => file.path === `${byName(name).id}.epub`)!)

describe('renderPublication in every script', () => {
  for (const name of scriptNames) {
    it(`makes a book of ${name} in its own language and direction`, async () => {
      const publication = byName(name)
      const book = await unzipEpub(bookOf(name))
      expect(book.opf).toContain(`xml:lang="${publication.lang}"`)
      expect(book.opf).toContain(`<dc:language>${publication.lang}</dc:language>`)
      const rtl = ['ar', 'fa', 'ur'].includes(publication.lang)
      expect(book.opf.includes('page-progression-direction="rtl"')).toBe(rtl)
      const text = book.spine.find((doc) => doc.href === 'text.xhtml')!.xhtml
      expect(text).toContain(`xml:lang="${publication.lang}"`)
      expect(text.includes('dir="rtl"')).toBe(rtl || name === 'urdu-stanza-in-english')
    })
  }

  it('lays out an Urdu paragraph of an English book right to left in Chromium', async () => {
    const book = await unzipEpub(bookOf('urdu-stanza-in-english'))
    const dir = tempDir('rtl')
    mkdirSync(join(dir, 'fonts'), {recursive: true})
    for (const name of book.names.filter((entry) => entry.startsWith('OEBPS/') && !entry.endsWith('/'))) {
      const file = join(dir, name.slice('OEBPS/'.length))
      mkdirSync(join(file, '..'), {recursive: true})
      writeFileSync(file, await book.zip.file(name)!.async('uint8array'))
    }
    const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox']})
    try {
      const page = await browser.newPage()
      await page.goto(`file://${join(dir, 'text.xhtml')}`)
      const found = await page.evaluate(() =>
        Array.from(document.querySelectorAll('p')).map((p) => ({
          lang: p.getAttribute('lang'),
          direction: getComputedStyle(p).direction,
          align: getComputedStyle(p).textAlign,
          text: p.textContent ?? ''
        }))
      )
      const urdu = found.find((p) => p.text.startsWith('کراچی'))!
      expect(urdu).toMatchObject({lang: 'ur', direction: 'rtl', align: 'right'})
      expect(found.find((p) => p.text.startsWith('Because'))!.direction).toBe('ltr')
    } finally {
      await browser.close()
    }
  }, 60_000)
})
