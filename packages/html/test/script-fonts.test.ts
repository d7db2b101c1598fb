/**
 * Issue 22 on the site: every script a page shows is drawn by a bundled Noto subset. Built from
 * core's Arabic, Devanagari, Chinese, Korean and polytonic Greek fixtures: each page links its own `fonts/<id>.css`,
 * whose `@font-face` rules carry a `unicode-range` and name WOFF 2 files that exist and hold a glyph
 * for every character of their script on the page (read back by fontkit, an independent decoder);
 * the collection pages link `assets/fonts/collection.css` the same way; a Latin-only site makes
 * neither; the same sources give the same bytes. In Chromium, from file://, the Noto faces load and
 * draw the Arabic and Chinese paragraphs, italic text is not slanted, and the pages pass axe in both
 * themes and the Nu HTML Checker.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildCorpus, type Corpus, type OutputFile, scriptFaces, type SourceInput} from '@dossier/core'
import * as fontkit from 'fontkit'
import {fromHtml} from 'hast-util-from-html'
import {toString as textOf} from 'hast-util-to-string'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {sfntToWoff2} from '../src/lib/woff2.js'
import {axe, connectBrowser} from './browser.js'
import {buildSite, readCorpus, text} from './helpers.js'
import {checkHtml} from './nu.js'

const scriptsDir = fileURLToPath(new URL('../../core/test/scripts/', import.meta.url))
const names = ['arabic-article', 'devanagari', 'chinese', 'korean', 'polytonic-greek']
const sources: SourceInput[] = names.map((name) => ({
  path: `${name}.txt`,
  bytes: readFileSync(join(scriptsDir, name, 'input.txt')),
  meta: null
}))
const corpus: Corpus = buildCorpus({sources, collection: null})
const idOf = (name: string) => corpus.publications.find((publication) => publication.source.path === `${name}.txt`)!.id

let site: Awaited<ReturnType<typeof buildSite>>
let browser: Browser

beforeAll(async () => {
  site = await buildSite(corpus)
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const fileAt = (path: string) => site.files.find((file) => file.path === path)

/** The `@font-face` rules of a stylesheet: family, weight, `src` URL and `unicode-range`. */
function rulesOf(css: string) {
  return [...css.matchAll(/@font-face \{([^}]*)\}/g)].map(([, body]) => ({
    family: /font-family: "([^"]+)"/.exec(body!)![1]!,
    weight: Number(/font-weight: (\d+)/.exec(body!)![1]),
    url: /src: url\(([^)]+)\) format\("woff2"\)/.exec(body!)![1]!,
    range: /unicode-range: ([^;]+);/.exec(body!)?.[1]
  }))
}

/** Code points of a `unicode-range` value (`U+0627-062A,U+0644`). */
function rangeHas(range: string, code: number): boolean {
  return range.split(',').some((part) => {
    const [from, to = from] = part.replace('U+', '').split('-')
    return code >= Number.parseInt(from!, 16) && code <= Number.parseInt(to!, 16)
  })
}

/**
 * Check a page: it links `stylesheet` (site-relative), each script of its text has a rule per weight
 * of the script's face, and each rule's file exists and maps every character of that script the
 * page shows (text and attribute values) to a glyph, inside the rule's `unicode-range`.
 */
function expectFontsFor(pagePath: string, stylesheet: string) {
  const html = text(fileAt(pagePath))
  const root = pagePath.includes('/') ? '../' : ''
  expect(html, pagePath).toContain(`<link rel="stylesheet" href="${root}${stylesheet}">`)
  const rules = rulesOf(text(fileAt(stylesheet)))
  const shown = textOf(fromHtml(html)) + html.replace(/<[^>]*>/g, ' ')
  const folder = stylesheet.slice(0, stylesheet.lastIndexOf('/') + 1)
  let checked = 0
  for (const face of scriptFaces) {
    const letters = [...new Set([...shown].filter((char) => face.pattern.test(char)))]
    if (letters.length === 0) continue
    const faceRules = rules.filter((rule) => rule.family === face.family)
    expect(
      faceRules.map((rule) => rule.weight),
      `${pagePath} ${face.family}`
    ).toEqual(face.weights.map((weight) => weight.weight))
    for (const rule of faceRules) {
      expect(rule.range, `${pagePath} ${face.family}`).toMatch(
        /^U\+[0-9A-F]{4,6}(-[0-9A-F]{4,6})?(,U\+[0-9A-F]{4,6}(-[0-9A-F]{4,6})?)*$/
      )
      const file = fileAt(`${folder}${rule.url}`)
      expect(file, `${folder}${rule.url}`).toBeDefined()
      const font = fontkit.create(Buffer.from(file!.contents as Uint8Array)) as fontkit.Font
      expect(font.type).toBe('WOFF2')
      for (const letter of letters) {
        const code = letter.codePointAt(0)!
        expect(font.hasGlyphForCodePoint(code), `${rule.url} ${letter}`).toBe(true)
        expect(rangeHas(rule.range!, code), `${rule.url} range ${letter}`).toBe(true)
        checked++
      }
    }
  }
  return checked
}

describe('fonts for every script on the site', () => {
  it('links, from each publication page, its own subsets holding every letter of each script it shows', () => {
    for (const name of names) {
      const id = idOf(name)
      const checked = expectFontsFor(`${id}.html`, `fonts/${id}.css`)
      // The page's own script, at least: dozens of letters.
      expect(checked, name).toBeGreaterThan(40)
    }
    // Devanagari conjuncts: the subset still forms क्ष (one glyph from three characters) as the source font does.
    const devanagari = rulesOf(text(fileAt(`fonts/${idOf('devanagari')}.css`))).find(
      (rule) => rule.family === 'Noto Sans Devanagari' && rule.weight === 400
    )!
    const subset = fontkit.create(
      Buffer.from(fileAt(`fonts/${devanagari.url}`)!.contents as Uint8Array)
    ) as fontkit.Font
    const page = text(fileAt(`${idOf('devanagari')}.html`))
    const word = page.match(/\p{Script=Devanagari}*्\p{Script=Devanagari}+/u)![0]
    expect(subset.layout(word).glyphs.length).toBeLessThan([...word].length)
  })

  it('links the collection subsets from every collection page, holding what they show', () => {
    const pages = site.files
      .map((file) => file.path)
      .filter((path) => path.endsWith('.html') && !corpus.publications.some((p) => path === `${p.id}.html`))
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'search.html', '404.html', 'people/index.html']))
    for (const path of pages) expectFontsFor(path, 'assets/fonts/collection.css')
    // The source faces themselves are never copied into the site.
    expect(site.files.filter((file) => /\.(ttf|otf)$/.test(file.path))).toEqual([])
  })

  it('makes no script fonts for a site in Latin letters only', async () => {
    const latin = await buildSite(readCorpus())
    expect(latin.files.filter((file) => /(^fonts\/|collection\.css|noto)/.test(file.path))).toEqual([])
    expect(text(latin.files.find((file) => file.path === 'index.html'))).not.toContain('fonts/')
  })

  it('gives the same bytes when the site is built again', async () => {
    const again = await buildSite(corpus)
    const fonts = (files: OutputFile[]) =>
      files.filter((file) => file.path.startsWith('fonts/') || file.path.startsWith('assets/fonts/collection'))
    expect(fonts(again.files).length).toBeGreaterThan(10)
    expect(fonts(again.files)).toEqual(fonts(site.files))
  })

  it('wraps an sfnt in WOFF 2 that fontkit reads back table for table', () => {
    const source = readFileSync(
      createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf')
    )
    const woff2 = sfntToWoff2(source)
    expect(woff2.length % 4).toBe(0)
    expect(woff2.length).toBeLessThan(source.length * 0.6)
    const back = fontkit.create(Buffer.from(woff2)) as fontkit.Font
    const original = fontkit.create(source) as fontkit.Font
    expect(back.characterSet).toEqual(original.characterSet)
    expect(back.layout('สวัสดี').glyphs.map((glyph) => glyph.path.toSVG())).toEqual(
      original.layout('สวัสดี').glyphs.map((glyph) => glyph.path.toSVG())
    )
    expect(() => sfntToWoff2(woff2)).toThrow(/Expected a TrueType or CFF sfnt/)
  })

  it('passes the Nu HTML Checker with no errors or warnings', () => {
    const files = site.files.filter((file) => file.path.endsWith('.html')).map((file) => join(site.dir, file.path))
    // As in site.test.ts: CSP notes are about the checker's file: context, not the page.
    expect(
      checkHtml(files)
        .filter((message) => !/Content Security Policy/.test(message.message))
        .map((message) => `${message.type} ${message.url}: ${message.message}`)
    ).toEqual([])
  })

  it('draws Arabic, Chinese, Devanagari, Korean and polytonic Greek with the Noto faces in Chromium from file://, upright, axe-clean in both themes', async () => {
    const probes = [
      {name: 'arabic-article', family: 'Noto Naskh Arabic', script: /\p{Script=Arabic}/u},
      {name: 'chinese', family: 'Noto Sans SC', script: /\p{Script=Han}/u},
      {name: 'devanagari', family: 'Noto Sans Devanagari', script: /\p{Script=Devanagari}/u},
      {name: 'korean', family: 'Noto Sans KR', script: /\p{Script=Hangul}/u},
      {name: 'polytonic-greek', family: 'Noto Serif', script: /[\u1F00-\u1FFF]/u}
    ]
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({colorScheme})
      const page = await context.newPage()
      const requests: string[] = []
      page.on('request', (request) => requests.push(request.url()))
      for (const {name, family, script} of probes) {
        await page.goto(`file://${join(site.dir, `${idOf(name)}.html`)}`, {waitUntil: 'load'})
        const drawn = await page.evaluate(
          async ({family, source}) => {
            const pattern = new RegExp(source, 'u')
            const paragraph = Array.from(document.querySelectorAll('main p')).find((p) =>
              pattern.test(p.textContent ?? '')
            )!
            const letter = [...(paragraph.textContent ?? '')].find((char) => pattern.test(char))!
            await document.fonts.ready
            const faces = [...(document.fonts as unknown as Iterable<FontFace>)].filter(
              (face) => face.family.replace(/"/g, '') === family
            )
            return {
              check: document.fonts.check(`16px "${family}"`, letter),
              statuses: faces.map((face) => `${face.weight} ${face.status}`),
              stack: getComputedStyle(paragraph).fontFamily.includes(family),
              synthesis: getComputedStyle(document.documentElement).fontSynthesis
            }
          },
          {family, source: script.source}
        )
        expect(drawn.check, name).toBe(true)
        expect(drawn.statuses, name).toContain('400 loaded')
        // Bold text of the script (the questions) from a Bold face, not an emboldened Regular.
        expect(drawn.statuses, name).toContain('700 loaded')
        expect(
          drawn.statuses.filter((status) => status.endsWith('error')),
          name
        ).toEqual([])
        expect(drawn.stack, name).toBe(true)
        // No synthesized slant: an italic request in these scripts draws the upright face.
        expect(drawn.synthesis, name).toBe('weight')
        expect(await axe(page), `${colorScheme} ${name}`).toEqual([])
      }
      // Italic Arabic is drawn upright, pixel for pixel; with synthesis allowed the same word slants.
      await page.goto(`file://${join(site.dir, `${idOf('arabic-article')}.html`)}`, {waitUntil: 'load'})
      const word = text(fileAt(`${idOf('arabic-article')}.html`)).match(/\p{Script=Arabic}{4,}/u)![0]
      await page.evaluate(() => {
        const line = document.createElement('p')
        line.id = 'probe'
        document.querySelector('main')!.prepend(line)
      })
      // One line in one place, its run changed between shots: the same pixels unless the glyphs differ.
      const shot = async (tag: 'span' | 'em', synthesis: string) => {
        await page.evaluate(
          ({word, tag, synthesis}) => {
            const run = document.createElement(tag)
            run.textContent = word
            run.style.fontSynthesis = synthesis
            document.querySelector('#probe')!.replaceChildren(run)
          },
          {word, tag, synthesis}
        )
        await page.evaluate(() => document.fonts.ready)
        return page.locator('#probe').screenshot({animations: 'disabled'})
      }
      const upright = await shot('span', '')
      expect((await shot('em', '')).equals(upright)).toBe(true)
      expect((await shot('em', 'style')).equals(upright)).toBe(false)
      await page.goto(`file://${join(site.dir, 'index.html')}`, {waitUntil: 'load'})
      // The home page's Korean and Chinese titles, from the collection subsets.
      const home = await page.evaluate(async () => {
        await document.fonts.ready
        return [...(document.fonts as unknown as Iterable<FontFace>)]
          .filter((face) => face.status === 'loaded')
          .map((face) => face.family.replace(/"/g, ''))
      })
      expect(home).toEqual(expect.arrayContaining(['Noto Sans KR', 'Noto Sans SC', 'Noto Naskh Arabic']))
      expect(await axe(page), `${colorScheme} index`).toEqual([])
      // Nothing from other hosts: every font came from the site's folder.
      expect(requests.filter((url) => !url.startsWith(`file://${site.dir}/`))).toEqual([])
      expect(requests.filter((url) => url.endsWith('.woff2')).length).toBeGreaterThan(4)
      await context.close()
    }
  })
})
