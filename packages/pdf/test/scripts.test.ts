/**
 * Every script the PDF covers, one small source each: no missing-glyph warning, the words come back
 * from `pdftotext` in order, the script font is embedded as a subset, and page images are written to
 * test-artifacts/ to look at (joined Arabic, conjuncts, right-aligned Urdu).
 */
import {mkdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {buildCorpus, type Message} from '@dossier/core'
import * as fontkit from 'fontkit'
import {describe, expect, it} from 'vitest'
import {assetFiles, render} from '../src/index.js'
import {margins} from '../src/lib/state.js'
import {artifactsDir, readAssets, renderToDir, tool} from './support.js'

/** Script → [paragraphs of the source body, font name that must be embedded]. */
const cases: Record<string, {body: string[]; font: string}> = {
  'arabic-urdu': {
    body: [
      'The title is شہر کی آواز and the line ہم سب ایک ہیں is common in Karachi.',
      'کراچی ایک بڑا شہر ہے۔ یہاں ہر زبان بولی جاتی ہے۔',
      'مرحبا بكم في المدينة'
    ],
    font: 'NotoNaskhArabic-Regular'
  },
  'persian-zwnj': {
    body: ['The Persian line می‌خواهم کتاب‌ها را بخوانم was quoted.', 'ژاله می‌گوید که این کتاب‌ها خوب است.'],
    font: 'NotoNaskhArabic-Regular'
  },
  devanagari: {
    body: ['A minister said स्वतंत्रता हमारा अधिकार है in Delhi.', 'Words like क्षेत्र, प्रधानमंत्री, विद्यार्थी and कि are hard.'],
    font: 'NotoSansDevanagari-Regular'
  },
  thai: {
    body: ['The delegation in กรุงเทพ said ชาวประมงกังวลเรื่องเขื่อนใหม่ before the vote.', 'แม่น้ำโขงเป็นแหล่งอาหารของคนนับล้าน'],
    font: 'NotoSansThai-Regular'
  },
  khmer: {
    // The second paragraph has marks Noto Sans Khmer attaches through NULL anchors, which fontkit
    // 2.0.4 read as a crash (patches/fontkit@2.0.4.patch).
    body: [
      'Fishers on the ទន្លេសាប lake said អ្នកនេសាទប្រឈមនឹងបញ្ហា this year.',
      'អ្នកភូមិជាច្រើនត្រូវធ្វើចំណាកស្រុកទៅរកការងារនៅទីក្រុង។'
    ],
    font: 'NotoSansKhmer-Regular'
  },
  chinese: {
    body: [
      'The initiative is called 一带一路 and the corridor 中巴经济走廊.',
      '我采访别人时总是用汉字写他们的名字，因为罗马化会丢失声调。'
    ],
    font: 'NotoSansHans-Regular'
  },
  japanese: {
    body: ['A colleague in 東京 used the word 回廊 for it.', 'ひらがなとカタカナで書かれた報告書です。'],
    font: 'NotoSansHans-Regular'
  },
  korean: {
    body: ['A panel in 서울 said 경제회랑 instead.', '한국어 문장도 그대로 나옵니다.'],
    font: 'NotoSansKR-Regular'
  },
  cyrillic: {
    body: ['Officials in Москва and Санкт-Петербург use other words.', 'Экономический коридор был темой встречи.'],
    font: 'SourceSerif4-Regular'
  },
  emoji: {
    body: ['Fans wrote We did it 🇵🇰🏏🔥 and Papa is the best 👨‍👩‍👧 🙏🏽 after the match.'],
    font: 'NotoEmoji-Regular'
  },
  nfd: {body: ['The composer Dvor\u030Ca\u0301k and the city of Kraków were named.'], font: 'SourceSerif4-Regular'},
  // Greek Extended letters, which Source Serif 4 lacks (DejaVu Sans drew them before Noto Serif came).
  'polytonic-greek': {
    body: [
      'The Gospel begins ἐν ἀρχῇ ἦν ὁ λόγος, and the ῥῆμα comes after it.',
      'Πάντα ῥεῖ καὶ οὐδὲν μένει. Ὧι ᾠδὴ ᾄδεται.'
    ],
    font: 'NotoSerif-Regular'
  }
}

/**
 * The fonts embedded in a PDF (pdfkit's Type 0 fonts over a TrueType subset): name, the subset parsed
 * by fontkit, and the glyph of each code point its ToUnicode map gives (Identity-H: the CID is the
 * glyph id). `qpdf --qdf` writes the streams uncompressed into `dir` first.
 */
function embeddedFonts(file: string, dir: string) {
  const qdf = join(dir, 'uncompressed.pdf')
  tool('qpdf', ['--qdf', '--object-streams=disable', file, qdf])
  const bytes = readFileSync(qdf)
  const text = bytes.toString('latin1')
  const objects = new Map<string, {dict: string; start: number}>()
  for (const match of text.matchAll(/^(\d+) 0 obj\n([\s\S]*?)^endobj/gm))
    objects.set(match[1]!, {dict: match[2]!, start: match.index! + match[0].indexOf(match[2]!)})
  const ref = (dict: string, key: string) => new RegExp(`/${key} \\[?\\s*(\\d+) 0 R`).exec(dict)?.[1]
  const streamOf = (id: string) => {
    const {dict, start} = objects.get(id)!
    const length = Number(
      /^\d+$/.test(ref(dict, 'Length') ?? '')
        ? objects.get(ref(dict, 'Length')!)!.dict.trim()
        : /\/Length (\d+)/.exec(dict)![1]
    )
    const from = start + dict.indexOf('stream\n') + 'stream\n'.length
    return bytes.subarray(from, from + length)
  }
  const fonts: Array<{name: string; font: fontkit.Font; glyphOf: Map<number, number>}> = []
  for (const {dict} of objects.values()) {
    const name = /\/BaseFont \/(\S+)/.exec(dict)?.[1]
    if (!name || !/\/Subtype \/Type0/.test(dict)) continue
    const descendant = objects.get(ref(dict, 'DescendantFonts')!)!.dict
    const descriptor = objects.get(ref(descendant, 'FontDescriptor')!)!.dict
    const font = fontkit.create(Buffer.from(streamOf(ref(descriptor, 'FontFile2')!))) as fontkit.Font
    const glyphOf = new Map<number, number>()
    const cmap = streamOf(ref(dict, 'ToUnicode')!).toString('latin1')
    for (const [, from, list] of cmap.matchAll(/<([0-9a-f]+)> <[0-9a-f]+> \[([^\]]*)\]/g)) {
      const targets = [...list!.matchAll(/<([0-9a-f]+)>/g)].map((m) => m[1]!)
      for (const [index, target] of targets.entries()) {
        const units = target.match(/.{4}/g)!.map((unit) => Number.parseInt(unit, 16))
        const code = String.fromCharCode(...units).codePointAt(0)!
        glyphOf.set(code, Number.parseInt(from!, 16) + index)
      }
    }
    fonts.push({name, font, glyphOf})
  }
  return fonts
}

function corpusOf(name: string, body: string[]) {
  const text = [`A note on ${name} text in the briefing`, '', 'By Jane Doe', '', ...body.flatMap((p) => [p, ''])].join(
    '\n'
  )
  return buildCorpus({
    sources: [{path: `${name}.txt`, bytes: new TextEncoder().encode(text), meta: null}],
    collection: {path: 'collection.yaml', text: 'title: Scripts\nlang: en\n'}
  })
}

/**
 * pdftotext's text without whitespace, bidi controls, hyphen-minus and sentence punctuation, in NFC.
 * Punctuation goes because poppler leaves a full stop that ends a right-to-left paragraph at the
 * line's visual start; the letters and the order of the words are what is compared.
 */
const flat = (text: string) =>
  text.normalize('NFC').replace(/[\s\u200E\u200F\u202A-\u202E\u2066-\u2069\-.,،۔:;!?“”"]+/g, '')

describe('render per script', () => {
  for (const [name, {body, font}] of Object.entries(cases)) {
    it(`draws ${name} text from an embedded subset and gives every word back`, async () => {
      const reports: Array<string | Message> = []
      const corpus = corpusOf(name, body)
      expect(corpus.publications).toHaveLength(1)
      const {dir} = await renderToDir(corpus, 'a4', reports)
      const file = join(dir, `${corpus.publications[0]!.id}.pdf`)
      expect(reports).toEqual([])
      const text = flat(tool('pdftotext', ['-enc', 'UTF-8', file, '-']))
      // Whole paragraphs, so words of a right-to-left phrase must also come back in their order.
      for (const paragraph of body) expect(text).toContain(flat(paragraph))
      expect(tool('pdffonts', [file])).toMatch(new RegExp(`[A-Z]{6}\\+${font}\\s.*yes yes yes`))
      mkdirSync(artifactsDir, {recursive: true})
      tool('pdftoppm', ['-r', '70', '-png', '-f', '2', '-l', '2', file, join(artifactsDir, `script-${name}`)])
    }, 60_000)
  }

  it('draws every polytonic letter of core’s fixture from the embedded Noto Serif, read back with fontkit', async () => {
    const source = readFileSync(new URL('../../core/test/scripts/polytonic-greek/input.txt', import.meta.url), 'utf8')
    const corpus = buildCorpus({
      sources: [{path: 'polytonic-greek.txt', bytes: new TextEncoder().encode(source), meta: null}],
      collection: {path: 'collection.yaml', text: 'title: Scripts\nlang: en\n'}
    })
    const reports: Array<string | Message> = []
    const {dir} = await renderToDir(corpus, 'a4', reports)
    expect(reports).toEqual([])
    const fonts = embeddedFonts(join(dir, `${corpus.publications[0]!.id}.pdf`), dir)
    const letters = [...new Set(source.normalize('NFC'))].filter((char) => /[\u1F00-\u1FFF]/u.test(char))
    expect(letters.length).toBeGreaterThan(20)
    const noto = fonts.filter((font) => /^[A-Z]{6}\+NotoSerif-(Regular|Bold)$/.test(font.name))
    expect(noto.length).toBeGreaterThan(0)
    for (const letter of letters) {
      const code = letter.codePointAt(0)!
      // The body text's letters come from Noto Serif (the headings' Source Sans 3 has Greek Extended
      // too), never from the DejaVu Sans fallback, and each font's glyph for it has an outline.
      expect(
        fonts.filter((font) => font.glyphOf.has(code)).map((font) => font.name.slice(7)),
        letter
      ).toEqual(expect.arrayContaining(['NotoSerif-Regular']))
      for (const font of fonts.filter((font) => font.glyphOf.has(code))) {
        expect(font.name, letter).toMatch(/\+(NotoSerif|SourceSans3)-/)
        const glyph = font.font.getGlyph(font.glyphOf.get(code)!)
        expect(glyph.path.commands.length, `${letter} in ${font.name}`).toBeGreaterThan(0)
      }
    }
  }, 60_000)

  it('right-aligns a right-to-left paragraph', async () => {
    const corpus = corpusOf('rtl', cases['arabic-urdu']!.body)
    const {dir} = await renderToDir(corpus, 'a4')
    const file = join(dir, `${corpus.publications[0]!.id}.pdf`)
    const words = [
      ...tool('pdftotext', ['-bbox', '-f', '2', '-l', '2', file, '-']).matchAll(
        /xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</g
      )
    ]
    // The all-Urdu paragraph: Arabic letters, no Latin ones (the mixed lines start at the left margin).
    const line = words.filter((w) => /[\u0600-\u06FF]/.test(w[3]!) && !/[A-Za-z]/.test(w[3]!) && w[3]!.length > 20)
    expect(line.length).toBeGreaterThan(0)
    // A4 is 595.28 pt wide: the line ends at the right margin, not 40 % in.
    expect(Math.max(...line.map((w) => Number(w[2])))).toBeGreaterThan(595.28 - margins.right - 3)
    expect(Math.min(...line.map((w) => Number(w[1])))).toBeGreaterThan(200)
  }, 60_000)

  it('keeps a right-to-left notice’s text clear of the bar on its right', async () => {
    // Invented Arabic article that stops mid-sentence: its PDF carries the truncation notice in Arabic.
    const text = [
      'الأسواق تعود إلى الحدود',
      '',
      'عادت الأسواق الحدودية إلى العمل بعد عامين من الإغلاق، وقال التجار إن الحركة ما زالت بطيئة.',
      '',
      'وأضاف أحد التجار أن الطريق الجديد سيقصر الرحلة إلى النصف، وأن الأسعار قد تنخفض قبل'
    ].join('\n')
    const corpus = buildCorpus({
      sources: [{path: 'markets-ar.txt', bytes: new TextEncoder().encode(text), meta: null}],
      collection: null
    })
    expect(corpus.publications[0]!.lang).toBe('ar')
    const {dir} = await renderToDir(corpus, 'a4')
    const words = [
      ...tool('pdftotext', ['-bbox', join(dir, `${corpus.publications[0]!.id}.pdf`), '-']).matchAll(
        /xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</g
      )
    ]
    // The notice's item (ar `truncated`: "ينتهي النص هنا…"; pdftotext -bbox gives a right-to-left item's
    // letters in drawing order) ends 12 pt inside the 3 pt bar at the right margin.
    const first = words.filter((w) => w[3]!.includes('ينتهي') || w[3]!.includes([...'ينتهي'].reverse().join('')))
    expect(first.length).toBeGreaterThan(0)
    for (const w of first) expect(Number(w[2])).toBeLessThan(595.28 - margins.right - 9)
  }, 60_000)

  it('keeps a two-page Chinese PDF under 1 MB (subsets, not the 8 MB font)', async () => {
    const paragraph =
      '一带一路字面意思是一条带子一条路，北京的官员在讲话中仍然使用它，尽管英文名称已经改变。我采访别人时总是用汉字写他们的名字，因为罗马化会丢失声调。'
    const corpus = corpusOf(
      'chinese-long',
      Array.from({length: 14}, () => paragraph)
    )
    const {dir} = await renderToDir(corpus, 'a4')
    const file = join(dir, `${corpus.publications[0]!.id}.pdf`)
    expect(Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [file]))![1])).toBeGreaterThanOrEqual(2)
    expect(readFileSync(file).length).toBeLessThan(1_000_000)
  }, 60_000)

  it('never reads a script font for a Latin-only publication', async () => {
    const all = readAssets()
    const assets: Record<string, Uint8Array> = {}
    for (const name of Object.keys(assetFiles)) {
      Object.defineProperty(assets, name, {
        enumerable: true,
        get: () => {
          if (!/^(serif|sans|mono|fallback)-/.test(name)) throw new Error(`read ${name}`)
          return all[name]
        }
      })
    }
    const corpus = corpusOf('latin', ['Only Latin letters, “quotes” and a dash — here, plus an arrow → from DejaVu.'])
    const files = await render(corpus, {buildDate: '2025-01-01T00:00:00Z', paper: 'a4', attachments: [], assets})
    expect(files).toHaveLength(2)
  }, 60_000)

  it('emits identical bytes on a second render with script fonts', async () => {
    const corpus = corpusOf('again', [...cases['arabic-urdu']!.body, ...cases.devanagari!.body, ...cases.emoji!.body])
    const first = await renderToDir(corpus, 'a4')
    const second = await renderToDir(corpus, 'a4')
    expect(second.files.map((file) => file.path)).toEqual(first.files.map((file) => file.path))
    for (const [index, file] of first.files.entries())
      expect(
        Buffer.from(second.files[index]!.contents as Uint8Array).equals(Buffer.from(file.contents as Uint8Array)),
        file.path
      ).toBe(true)
  }, 60_000)
})
