/**
 * Every script of a book is drawn by an embedded font (issue 22): for each script Source Serif 4
 * does not draw, the book embeds a subset of the Noto face the PDF uses, holding the characters the
 * book uses, with its layout tables (shaping) and its `head` dates from the source font; the CSS
 * declares it and the package lists it. Core's script fixtures are the books (EPUBCheck and Ace
 * check them with the other sets).
 */
import {readFileSync} from 'node:fs'
import {buildCorpus} from '@dossier/core'
import * as fontkit from 'fontkit'
import {describe, expect, it} from 'vitest'
import {assetFiles, render} from '../src/index.js'
import {
  assetNameOf,
  scriptCharactersOf,
  scriptFaces,
  subsetScriptFonts,
  unicodeRangeOf
} from '../src/lib/script-fonts.js'
import {bytesOf, scriptBooks, scriptSources, seedBooks} from './books.js'
import {renderOptions} from './helpers.js'
import {textOf, unzipEpub} from './unzip.js'

const {corpus, files} = await scriptBooks()
const idOf = (name: string) => corpus.publications.find((p) => p.source.path === `${name}.txt`)!.id
const bookOf = (name: string) => bytesOf(files.find((file) => file.path === `${idOf(name)}.epub`)!)

/** The embedded fonts of a book, parsed, with its text, stylesheet and package. */
async function fontsOf(bytes: Uint8Array) {
  const book = await unzipEpub(bytes)
  const fonts = new Map<string, {bytes: Uint8Array; font: fontkit.Font}>()
  for (const name of book.names.filter((entry) => /\/fonts\/noto-/.test(entry))) {
    const data = await book.zip.file(name)!.async('uint8array')
    fonts.set(name.replace(/^.*\/fonts\//, ''), {bytes: data, font: fontkit.create(Buffer.from(data)) as fontkit.Font})
  }
  const css = await book.zip.file('OEBPS/style.css')!.async('string')
  const text = book.spine.map((doc) => textOf(doc.xhtml)).join('\n')
  return {fonts, css, opf: book.opf, text}
}

/** What fontkit parses but its types leave out: the table directory and the `head` table. */
const tablesOf = (font: fontkit.Font) =>
  font as unknown as {directory: {tables: Record<string, unknown>}; head: {modified: unknown}}

describe('a book in a script Source Serif 4 does not draw', () => {
  it.each([
    ['arabic-article', 'noto-naskh-arabic-400.ttf', /\p{Script=Arabic}/u, 'font/ttf'],
    ['devanagari', 'noto-sans-devanagari-400.ttf', /\p{Script=Devanagari}/u, 'font/ttf'],
    ['chinese', 'noto-sans-sc-400.otf', /\p{Script=Han}/u, 'font/otf'],
    // Polytonic Greek: Source Serif 4 draws monotonic Greek only, Noto Serif the Greek Extended letters.
    ['polytonic-greek', 'noto-serif-400.ttf', /[\u1F00-\u1FFF]/u, 'font/ttf']
  ] as const)(
    '%s embeds a subset of %s drawing every letter of its script, declared and listed',
    async (name, file, script, mediaType) => {
      const {fonts, css, opf, text} = await fontsOf(bookOf(name))
      const embedded = fonts.get(file)
      expect(embedded, `${file} in ${[...fonts.keys()]}`).toBeDefined()
      const letters = [...new Set(text)].filter((char) => script.test(char))
      expect(letters.length).toBeGreaterThan(10)
      expect(letters.filter((char) => !embedded!.font.hasGlyphForCodePoint(char.codePointAt(0)!))).toEqual([])
      // A subset: a small part of the source font.
      const source = readFileSync(assetFiles[file]!)
      // (Devanagari keeps the conjuncts its letters can form: 92 of 221 KB for the fixture.)
      expect(embedded!.bytes.length).toBeLessThan(source.length / 2)
      // The source's dates, not the clock's; shaping tables kept.
      const original = fontkit.create(source) as fontkit.Font
      expect(tablesOf(embedded!.font).head.modified).toEqual(tablesOf(original).head.modified)
      for (const table of ['GSUB', 'GPOS', 'cmap'])
        expect(tablesOf(embedded!.font).directory.tables).toHaveProperty(table)
      const family = scriptFaces.find((face) => assetNameOf(face.weights[0]!) === file)!.family
      expect(css).toContain(
        `font-family: "${family}";\n  font-style: normal;\n  font-weight: 400;\n  src: url("fonts/${file}")`
      )
      expect(css).toContain(`unicode-range: ${unicodeRangeOf(embedded!.font.characterSet)};`)
      expect(css).toMatch(new RegExp(`body \\{\\n  font-family: "Source Serif 4", "${family}"`))
      expect(opf).toContain(`href="fonts/${file}" media-type="${mediaType}"/>`)
    }
  )

  it.each([
    ['chinese', 'noto-sans-sc-700.otf', 'Noto Sans SC'],
    ['korean', 'noto-sans-kr-700.otf', 'Noto Sans KR']
  ] as const)('%s embeds a Bold subset (%s) for its bold text, declared at weight 700', async (name, file, family) => {
    const {fonts, css, opf} = await fontsOf(bookOf(name))
    const bold = fonts.get(file)
    expect(bold, `${file} in ${[...fonts.keys()]}`).toBeDefined()
    expect(bold!.font.characterSet.length).toBeGreaterThan(10)
    expect(css).toContain(
      `font-family: "${family}";\n  font-style: normal;\n  font-weight: 700;\n  src: url("fonts/${file}")`
    )
    expect(opf).toContain(`href="fonts/${file}" media-type="font/otf"/>`)
  })

  it.each([
    ['chinese', 'Noto Sans SC'],
    ['japanese', 'Noto Sans SC'],
    ['arabic-article', 'Noto Naskh Arabic']
  ] as const)(
    '%s declares its upright %s face for italic too, so no reader slants it (no synthetic italic)',
    async (name, family) => {
      const {css} = await fontsOf(bookOf(name))
      const faces = css
        .split('@font-face')
        .map((face) => face.slice(0, face.indexOf('}')))
        .filter((face) => face.includes(`font-family: "${family}";`))
      expect(faces.some((face) => face.includes('font-style: italic;'))).toBe(true)
      // The italic rule names the same files as the upright one: no slanted face exists for the script.
      const files = (style: string) =>
        faces.filter((face) => face.includes(`font-style: ${style};`)).map((face) => /url\("([^"]+)"\)/.exec(face)?.[1])
      expect(files('italic').sort()).toEqual(files('normal').sort())
    }
  )

  it('keeps the Arabic ligatures and contextual forms: the subset shapes as the source font does', async () => {
    const {fonts, text} = await fontsOf(bookOf('arabic-article'))
    const subset = fonts.get('noto-naskh-arabic-400.ttf')!.font
    const original = fontkit.create(readFileSync(assetFiles['noto-naskh-arabic-400.ttf']!)) as fontkit.Font
    const words = text.match(/\p{Script=Arabic}+/gu)!.slice(0, 40)
    // Glyph ids differ between the two fonts (and hb-subset drops glyph names): compare outlines.
    const shapes = (font: fontkit.Font, word: string) => font.layout(word).glyphs.map((glyph) => glyph.path.toSVG())
    for (const word of words) expect(shapes(subset, word), word).toEqual(shapes(original, word))
    // Joining changed the glyphs: contextual forms, not the isolated letters the cmap maps to.
    const isolated = (word: string) =>
      [...word].map((char) => subset.glyphForCodePoint(char.codePointAt(0)!).path.toSVG())
    expect(words.filter((word) => shapes(subset, word).join() !== isolated(word).join()).length).toBeGreaterThan(30)
  })

  it('embeds Bold beside Regular where the Noto family has one, and the union in the collection book', async () => {
    const arabic = await fontsOf(bookOf('arabic-article'))
    expect([...arabic.fonts.keys()].sort()).toEqual(['noto-naskh-arabic-400.ttf', 'noto-naskh-arabic-700.ttf'])
    const collection = await fontsOf(bytesOf(files.at(-1)!))
    const names = [...collection.fonts.keys()]
    // Core's script fixtures: Arabic, Devanagari, Chinese, Japanese and Korean (no Hebrew, Thai or Khmer).
    for (const face of scriptFaces.filter((face) => !['hebrew', 'thai', 'khmer'].includes(face.name)))
      expect(names, face.name).toContain(assetNameOf(face.weights[0]!))
    const han = collection.fonts.get('noto-sans-sc-400.otf')!.font
    for (const char of scriptCharactersOf(collection.text))
      if (/\p{Script=Han}/u.test(char)) expect(han.hasGlyphForCodePoint(char.codePointAt(0)!), char).toBe(true)
  })

  it('gives the same bytes when the book is rendered again', async () => {
    const names = ['arabic-article', 'devanagari', 'chinese']
    const sources = scriptSources().filter((source) => names.includes(source.path.replace('.txt', '')))
    const again = await render(buildCorpus({sources, collection: null}), renderOptions())
    for (const name of names) {
      const file = again.find((candidate) => candidate.path === `${idOf(name)}.epub`)!
      expect(Buffer.from(bytesOf(file)).equals(Buffer.from(bookOf(name))), name).toBe(true)
    }
  })
})

describe('subsetScriptFonts', () => {
  it('cuts the same bytes from the same characters in any order, and nothing for Latin text', async () => {
    const {assets} = renderOptions()
    const text = 'قال الوزير: «لا بد من اتفاق» — हिन्दी में बातचीत'
    const forward = await subsetScriptFonts(scriptCharactersOf(text), assets)
    const backward = await subsetScriptFonts([...text].reverse().join(''), assets)
    expect(forward.map(({font}) => font.filename)).toEqual([
      'noto-naskh-arabic-400.ttf',
      'noto-naskh-arabic-700.ttf',
      'noto-sans-devanagari-400.ttf',
      'noto-sans-devanagari-700.ttf'
    ])
    expect(forward).toEqual(backward)
    expect(await subsetScriptFonts(scriptCharactersOf('Łódź — “quoted” ü'), assets)).toEqual([])
  })

  it('embeds nothing for a script character its font lacks (CJK Extension B, fuzz seed 99991), and does not throw', async () => {
    const {assets} = renderOptions()
    // U+20000 is Han, but Noto Sans CJK SC has no glyph for it: the subset would have no character map.
    expect(await subsetScriptFonts(scriptCharactersOf('John Roe: \u{20000}'), assets)).toEqual([])
    const mixed = await subsetScriptFonts(scriptCharactersOf('\u{20000} 中文'), assets)
    // Regular and Bold, each without the ideograph it lacks.
    expect(mixed.map(({font}) => `${font.weight} ${font.unicodeRange}`)).toEqual([
      expect.stringMatching(/^400 .*U\+4E2D/),
      expect.stringMatching(/^700 .*U\+4E2D/)
    ])
  })
})

describe('subsetScriptFonts in the scripts core has no fixture of', () => {
  it.each([
    ['Hebrew', 'noto-sans-hebrew-400.ttf', 'השוק נפתח מחדש אחרי שנתיים.'],
    ['Thai', 'noto-sans-thai-400.ttf', 'ตลาดชายแดนกลับมาเปิดอีกครั้ง'],
    ['Khmer', 'noto-sans-khmer-400.ttf', 'ផ្សារព្រំដែនបានបើកឡើងវិញ']
  ])('cuts %s from %s, drawing every letter, with its layout tables', async (_script, file, text) => {
    const fonts = await subsetScriptFonts(text, renderOptions().assets)
    const regular = fonts.find(({font}) => font.filename === file)!
    const font = fontkit.create(Buffer.from(regular.bytes)) as fontkit.Font
    // Characters before U+0590 (spaces, the full stop) are Source Serif 4's.
    const letters = [...scriptCharactersOf(text)]
    expect(letters.filter((char) => !font.hasGlyphForCodePoint(char.codePointAt(0)!))).toEqual([])
    expect(tablesOf(font).directory.tables).toHaveProperty('GSUB')
  })
})

describe('a book in Latin letters only', () => {
  it('embeds no Noto font and names none in its stylesheet', async () => {
    const seeds = await seedBooks()
    const english = seeds.files.filter((file) =>
      seeds.corpus.publications.some((p) => p.lang === 'en' && file.path === `${p.id}.epub`)
    )
    expect(english.length).toBeGreaterThan(0)
    for (const file of english) {
      const {fonts, css, opf} = await fontsOf(bytesOf(file))
      expect([...fonts.keys()], file.path).toEqual([])
      expect(css).not.toContain('Noto')
      expect(opf).not.toContain('fonts/noto-')
    }
  })
})
