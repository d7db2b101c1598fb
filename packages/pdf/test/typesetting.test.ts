/**
 * Typesetting of body text (issue 22), read back from the seeds' PDFs with `pdftotext -bbox-layout`:
 * a measure of 60–75 characters, justified lines that reach the right margin, words hyphenated by
 * Liang's patterns at line ends and whole in the text layer.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {buildCorpus} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {hyphenatorFor, hyphenModuleOf} from '../src/lib/hyphenate.js'
import {margins} from '../src/lib/state.js'
import {renderSeedsA4, renderToDir, tool} from './support.js'

interface Line {
  page: number
  yMin: number
  xMin: number
  xMax: number
  words: string[]
}

/** Lines of text with their horizontal extent, page by page. */
function linesOf(file: string): {width: number; height: number; lines: Line[]} {
  const xml = tool('pdftotext', ['-bbox-layout', file, '-'])
  const [, width, height] = /<page width="([\d.]+)" height="([\d.]+)"/.exec(xml)!.map(Number)
  const lines: Line[] = []
  for (const [index, page] of xml.split('<page ').slice(1).entries())
    for (const match of page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g))
      lines.push({
        page: index + 1,
        xMin: Number(match[1]),
        yMin: Number(match[2]),
        xMax: Number(match[3]),
        words: [...match[4]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((word) => word[1]!)
      })
  return {width: width!, height: height!, lines}
}

/** Body lines: after the cover and contents, starting at the left margin, with at least eight words. */
async function bodyLines(): Promise<{width: number; lines: Line[]}> {
  const {dir, corpus} = await renderSeedsA4()
  const publication = corpus.publications.find((p) => p.id.startsWith('2017'))!
  const file = join(dir, `${publication.id}.pdf`)
  const {width, lines} = linesOf(file)
  const body = lines.filter((line) => line.page > 3 && Math.abs(line.xMin - margins.left) < 1 && line.words.length >= 8)
  return {width, lines: body}
}

describe('body text', () => {
  it('sets 60 to 75 characters a line', async () => {
    const {lines} = await bodyLines()
    const lengths = lines.map((line) => line.words.join(' ').length).sort((a, b) => a - b)
    const median = lengths[Math.floor(lengths.length / 2)]!
    expect(median).toBeGreaterThanOrEqual(60)
    expect(median).toBeLessThanOrEqual(75)
  })

  it('justifies paragraphs: most lines end at the right margin', async () => {
    const {width, lines} = await bodyLines()
    const full = lines.filter(
      (line) => line.xMax > width - margins.right - 1.5 && line.xMax < width - margins.right + 1.5
    )
    expect(full.length / lines.length).toBeGreaterThan(0.75)
  })

  it('hyphenates words at line ends and keeps them whole in the text layer', async () => {
    const {dir, corpus} = await renderSeedsA4()
    const publication = corpus.publications.find((p) => p.id.startsWith('2017'))!
    const file = join(dir, `${publication.id}.pdf`)
    const {lines} = linesOf(file)
    const source = JSON.stringify(publication.qa)
    const text = tool('pdftotext', [file, '-']).replace(/\s+/g, ' ')
    // A line ending "stra-" followed on the same page by "tegic …", where the text has "strategic":
    // broken by hyphenation, not at a hyphen of the text.
    const joined = lines.flatMap((line, i) => {
      const part = /\p{L}{2,}(?=-$)/u.exec(line.words.at(-1) ?? '')?.[0]
      const next = lines[i + 1]
      const rest = next && next.page === line.page ? /^\p{L}+/u.exec(next.words[0] ?? '')?.[0] : undefined
      return part && rest && new RegExp(`\\b${part}${rest}\\b`, 'u').test(source) ? [`${part}${rest}`] : []
    })
    expect(joined.length).toBeGreaterThan(5)
    // pdftotext joins a word broken at a line end; the text layer never holds a soft hyphen.
    for (const word of joined) expect(text).toContain(word)
    expect(text).not.toContain('\u00ad')
  })
})

describe('page breaks', () => {
  it('leaves no paragraph with one line alone at the foot or the head of a page', async () => {
    // Paragraphs of 1 to 9 sentences, so that every way of ending a page comes up.
    const sentence = (n: number) =>
      `Sentence ${n} of the test says that bilateral cooperation between the two governments continues.`
    const paragraphs = Array.from({length: 90}, (_, i) =>
      Array.from({length: 1 + ((i * 7) % 9)}, (_, j) => sentence(i * 10 + j)).join(' ')
    )
    const markdown = `# Page breaks\n\n${paragraphs.join('\n\n')}\n`
    const corpus = buildCorpus({
      sources: [{path: 'page-breaks.md', bytes: new TextEncoder().encode(markdown), meta: null}],
      collection: null
    })
    const {dir} = await renderToDir(corpus, 'a4')
    const {width, height, lines} = linesOf(join(dir, `${corpus.publications[0]!.id}.pdf`))
    const right = width - margins.right
    // Justified lines reach the right margin; a paragraph's last line is the one that stops short.
    const full = (line: Line) => line.xMax > right - 1.5
    const pages = new Map<number, Line[]>()
    // Lines of the text area (not the running header and footer) at the left margin.
    const body = lines.filter(
      (l) => l.yMin > margins.top - 2 && l.yMin < height - margins.bottom && Math.abs(l.xMin - margins.left) < 1
    )
    for (const line of body) pages.set(line.page, [...(pages.get(line.page) ?? []), line])
    const numbers = [...pages.keys()].sort((a, b) => a - b)
    let checked = 0
    for (const [i, page] of numbers.slice(1).entries()) {
      const before = pages.get(numbers[i]!)!
      const here = pages.get(page)!
      if (!full(before.at(-1)!)) continue
      checked++
      // The paragraph runs on: not only its last line here (a widow)…
      expect(full(here[0]!), `page ${page} starts with one line: ${here[0]!.words.join(' ')}`).toBe(true)
      // …nor only its first line there (an orphan).
      expect(before.length > 1 && full(before.at(-2)!), `page ${numbers[i]} ends with one line`).toBe(true)
    }
    expect(checked).toBeGreaterThan(3)
    // No page ends inside a word: pdftotext would join its half to the running footer.
    for (const page of numbers.slice(0, -1))
      expect(pages.get(page)!.at(-1)!.words.at(-1), `page ${page} ends with a hyphen`).not.toMatch(/\p{L}-$/u)
  })
})

describe('line breaking by each script’s rules', () => {
  it('breaks a long Thai paragraph only between words (ICU’s dictionary), never inside one', async () => {
    // Invented: "the border market reopened after being closed for two years", six times, no spaces.
    const sentence = 'ตลาดชายแดนกลับมาเปิดอีกครั้งหลังจากปิดไปสองปี'
    const text = sentence.repeat(6)
    const markdown = `# ปลาในแม่น้ำ\n\n${text}\n`
    const corpus = buildCorpus({
      sources: [{path: 'thai-lines.md', bytes: new TextEncoder().encode(markdown), meta: null}],
      collection: null
    })
    const {dir} = await renderToDir(corpus, 'a4')
    const {height, lines} = linesOf(join(dir, `${corpus.publications[0]!.id}.pdf`))
    const body = lines
      .filter((line) => line.yMin > margins.top && line.yMin < height - margins.bottom)
      // Without the zero-width spaces the PDF puts into long unspaced runs (long-words.ts).
      .map((line) => line.words.join('').replaceAll('\u200b', ''))
      .filter((line) => line.length > 3 && text.includes(line))
    expect(body.length).toBeGreaterThan(1)
    expect(body.join('')).toBe(text)
    const boundaries = new Set(
      [...new Intl.Segmenter('th', {granularity: 'word'}).segment(text)].map(({index}) => index)
    )
    let at = 0
    for (const line of body.slice(0, -1)) {
      at += line.length
      expect(boundaries.has(at), `a line ends inside a word: …${line.slice(-6)}|${text.slice(at, at + 6)}…`).toBe(true)
    }
  })
})

describe('running footer', () => {
  it('sets the page label on one line in a Chinese PDF (it was measured in the Latin face and wrapped)', async () => {
    const text = readFileSync(new URL('../../core/test/scripts/chinese/input.txt', import.meta.url))
    const corpus = buildCorpus({sources: [{path: 'chinese.txt', bytes: text, meta: null}], collection: null})
    const {dir} = await renderToDir(corpus, 'a4')
    const {height, lines} = linesOf(join(dir, `${corpus.publications[0]!.id}.pdf`))
    const footer = lines.filter((line) => line.yMin > height - margins.bottom)
    const labels = footer.filter((line) => line.words.some((word) => /页/u.test(word)))
    expect(labels.length).toBeGreaterThan(0)
    // "第 3 页，共 5 页" whole on each page's footer line.
    for (const line of labels) expect(line.words.join(' ')).toMatch(/第 \d+ 页，共 \d+ 页/u)
  })
})

describe('hyphenatorFor', () => {
  it('picks Liang patterns by language and none for unhyphenated scripts', () => {
    expect(hyphenModuleOf('en-GB')).toBe('en-gb')
    expect(hyphenModuleOf('en')).toBe('en-us')
    expect(hyphenModuleOf('ru-RU')).toBe('ru')
    expect(hyphenModuleOf('zh')).toBeNull()
    expect(hyphenModuleOf('ur')).toBeNull()
    expect(hyphenatorFor('ru')!('стратегическое')).toBe('стра\u00adте\u00adги\u00adче\u00adское')
    expect(hyphenatorFor('de')!('Zusammenarbeit')).toContain('\u00ad')
  })
})
