/** Properties that must hold for any input, checked with fast-check. */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {buildCorpus, idRe, normalizeSource} from '../src/index.js'
import {smarten} from '../src/lib/text/typography.js'

const encoder = new TextEncoder()
const line = fc.oneof(
  fc.string({unit: 'binary', maxLength: 80}),
  fc.constantFrom(
    '',
    'Read more: x',
    '| Welcome to X',
    '1. Why?',
    'Q: What?',
    'A: Because.',
    'Jane Doe: Why?',
    'John Roe: Yes.',
    '**Bold?**',
    '## Heading?',
    '<script>alert(1)</script>',
    '---',
    'Wednesday, May 22, 2024',
    '\u0000\u0007',
    '\ufeff',
    'مرحبا بالعالم؟',
    'e\u0301\u0301',
    '👩‍👩‍👧 emoji?'
  )
)
const document = fc.array(line, {maxLength: 40}).map((lines) => lines.join('\n'))

describe('normalizeSource', () => {
  it('never throws, whatever the text, as .txt or .md', () => {
    fc.assert(
      fc.property(document, fc.constantFrom('a.txt', 'a.md'), (text, path) => {
        const result = normalizeSource({path, bytes: encoder.encode(text), meta: null})
        if (result.ok) {
          expect(result.publication.id).toMatch(idRe)
          expect(result.publication.lines.length).toBeGreaterThan(0)
          for (const [index, q] of result.publication.qa.entries()) expect(q.number).toBe(index + 1)
        } else expect(result.errors.length).toBeGreaterThan(0)
      }),
      {numRuns: 300}
    )
  })
  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 400}), (bytes) => {
        normalizeSource({path: 'b.txt', bytes, meta: null})
      }),
      {numRuns: 300}
    )
  })
})

describe('buildCorpus', () => {
  it('gives unique, URL-safe ids to every published source', () => {
    fc.assert(
      fc.property(fc.array(document, {minLength: 1, maxLength: 6}), (texts) => {
        const corpus = buildCorpus({
          sources: texts.map((t, i) => ({path: `s${i}.txt`, bytes: encoder.encode(t), meta: null})),
          collection: null
        })
        const ids = corpus.publications.map((p) => p.id)
        expect(new Set(ids).size).toBe(ids.length)
        for (const id of ids) expect(id).toMatch(idRe)
      }),
      {numRuns: 100}
    )
  })
})

describe('smarten', () => {
  it('changes punctuation only, never a letter or digit of the NFC text, in any language', () => {
    const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '')
    const text = fc.oneof(
      fc.string({unit: 'grapheme', maxLength: 200}),
      fc
        .array(
          fc.constantFrom(
            "'",
            '"',
            'til',
            'em',
            '92',
            ' ',
            'n',
            'ab',
            'шар',
            '中文',
            'e\u0301',
            '.',
            '...',
            ' - ',
            '--'
          ),
          {maxLength: 40}
        )
        .map((parts) => parts.join(''))
    )
    fc.assert(
      fc.property(text, fc.constantFrom('en', 'de', 'fr', 'ru', 'es', 'zh', 'ja', 'ar', 'ur', 'xx'), (text, lang) => {
        expect(letters(smarten(text, lang))).toBe(letters(text.normalize('NFC')))
      }),
      {numRuns: 500}
    )
  })
})
