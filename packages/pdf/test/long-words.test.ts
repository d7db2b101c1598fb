/**
 * Words longer than a line (issue 21, item 5): pdfkit's wrapper measured the rest of such a word again
 * for every line, so a 20 kB word took 95–174 s and 1.8 GB. Now long stretches get break opportunities
 * (clean-text.ts) and layout stays linear: a 100 kB word, and a 5 kB one in the title, take seconds
 * of CPU.
 */
import {join} from 'node:path'
import {buildCorpus} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {breakLongWords, maxUnbroken} from '../src/lib/clean-text.js'
import {graphemes} from '../src/lib/scripts.js'
import {bodyText, renderToDir, tool} from './support.js'

/**
 * Milliseconds of CPU this process has used (user + system, every thread): what is linear or not
 * shows in CPU time, which other work on a busy machine does not lengthen as it does wall time
 * (the 100 kB word took 66 s of wall at a load of 10 against a 60 s bound).
 */
const cpuMs = () => {
  const used = process.cpuUsage()
  return (used.user + used.system) / 1000
}

describe('breakLongWords', () => {
  it('leaves words and URLs up to the limit alone', () => {
    const url = `https://example.org/${'a'.repeat(maxUnbroken - 20)}`
    expect(breakLongWords(`see ${url} now`)).toBe(`see ${url} now`)
  })
  it('puts a zero-width space every 16 clusters into a longer stretch, never inside a cluster', () => {
    const word = 'e\u0301'.repeat(40) + '👩‍👩‍👧'.repeat(40)
    const broken = breakLongWords(word)
    expect(broken.replace(/\u200b/g, '')).toBe(word)
    const pieces = broken.split('\u200b')
    // Between two emoji UAX #14 breaks already (class ID): the count starts again there, no space is added.
    expect(pieces.length).toBe(3)
    for (const piece of pieces.slice(0, 2)) expect([...graphemes(piece)].length).toBe(16)
    expect(pieces[2]).toBe('e\u0301'.repeat(8) + '👩‍👩‍👧'.repeat(40))
  })
  it('adds no break to Chinese or Japanese, which UAX #14 breaks between characters (none before 。 or ！)', () => {
    const text = '国境の市場が二年ぶりに再開した！'.repeat(10)
    expect(breakLongWords(text)).toBe(text)
  })
  it('takes linear time over a 1 MB word', () => {
    const started = cpuMs()
    expect(breakLongWords('a'.repeat(1_000_000)).length).toBe(1_000_000 + 62_499)
    expect(cpuMs() - started).toBeLessThan(5_000)
  }, 30_000)
})

describe('graphemes', () => {
  it('segments a long text in windows exactly as one pass does', () => {
    const text =
      'Words e\u0301 \u{1f469}\u200d\u{1f467} \u{1f1eb}\u{1f1f7}\r\n\u0915\u094d\u0937\u093f \uac01, \u0639\u0631\u0628\u064a. '.repeat(
        300
      )
    // Each segment Node makes carries a fresh copy of the input: keep only what is compared.
    const whole: Array<{segment: string; index: number}> = []
    for (const {segment, index} of new Intl.Segmenter(undefined, {granularity: 'grapheme'}).segment(text))
      whole.push({segment, index})
    expect([...graphemes(text)]).toEqual(whole)
  }, 30_000)
  it('stays linear on text with no letter next to a letter, and loses nothing', () => {
    const text = 'e\u0301\u{1f469}\u200d\u{1f467}'.repeat(50_000)
    const started = cpuMs()
    expect([...graphemes(text)].map((g) => g.segment).join('')).toBe(text)
    expect(cpuMs() - started).toBeLessThan(10_000)
  }, 30_000)
})

describe('render with a very long word', () => {
  it('lays out a 100 kB word in the text and a 5 kB one in the title in seconds, keeping every letter', async () => {
    const body = `Some intro before the word. ${'a'.repeat(100_000)} and after it.`
    const source = `# Title ${'t'.repeat(5_000)}\n\n${body}\n`
    const corpus = buildCorpus({
      sources: [{path: 'long.md', bytes: new TextEncoder().encode(source), meta: null}],
      collection: null
    })
    expect(corpus.publications).toHaveLength(1)
    const started = cpuMs()
    const {dir} = await renderToDir(corpus, 'a4')
    expect(cpuMs() - started).toBeLessThan(60_000)
    const file = join(dir, `${corpus.publications[0]!.id}.pdf`)
    expect(tool('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors found')
    const text = bodyText(file).replace(/[\s\u200b]/g, '')
    expect(text).toContain(`Someintrobeforetheword.${'a'.repeat(100_000)}andafterit.`)
  }, 120_000)
})
