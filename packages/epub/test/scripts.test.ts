/// <reference lib="dom" />
/**
 * Books in every script of core's `test/scripts/` fixtures: the package and documents declare the
 * language and direction, a right-to-left paragraph inside an English book carries `lang`/`dir` and
 * Chromium computes `direction: rtl` for it in the book's XHTML. (EPUBCheck passes every one of
 * these books clean: `epubcheck.test.ts`.)
 */
import {join} from 'node:path'
import {chromium} from 'playwright-core'
import {describe, expect, it} from 'vitest'
import {bytesOf, scriptBooks, scriptNames} from './books.js'
import {extractBook} from './helpers.js'
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
    const dir = await extractBook(bookOf('urdu-stanza-in-english'), 'rtl')
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

  it('draws an Arabic paragraph with the embedded Noto Naskh Arabic subset in Chromium, letters joined', async () => {
    const dir = await extractBook(bookOf('arabic-article'), 'arabic-font')
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu']
    })
    try {
      const page = await browser.newPage({viewport: {width: 600, height: 800}})
      await page.goto(`file://${join(dir, 'text.xhtml')}`)
      await page.evaluate(async () => {
        await document.fonts.ready
        const paragraph = Array.from(document.querySelectorAll('p')).find(
          (p) => p.children.length === 0 && /^\p{Script=Arabic}/u.test(p.textContent ?? '')
        )!
        paragraph.id = 'probe'
        paragraph.scrollIntoView()
      })
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('DOM.enable')
      await cdp.send('CSS.enable')
      const {root} = await cdp.send('DOM.getDocument')
      const {nodeId} = await cdp.send('DOM.querySelector', {nodeId: root.nodeId, selector: '#probe'})
      const {fonts} = await cdp.send('CSS.getPlatformFontsForNode', {nodeId})
      // Every glyph of the paragraph comes from a font of the book, Arabic's from the Noto subset.
      expect(fonts.filter((font) => !font.isCustomFont)).toEqual([])
      expect(fonts.map((font) => font.familyName)).toContain('Noto Naskh Arabic')
      await page.screenshot({path: join(dir, 'arabic.png')})
      if (process.env['DOSSIER_SCREENSHOTS']) await page.screenshot({path: process.env['DOSSIER_SCREENSHOTS']})
    } finally {
      await browser.close()
    }
  }, 60_000)
})
