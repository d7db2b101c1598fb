/**
 * Never silent (issue 11, kind 12): every uncertain reading leaves a warning with a code and a line,
 * and `inference` says why the title and the structure were read as they were.
 */
import {describe, expect, it} from 'vitest'
import {buildCorpus, normalizeSource} from '../src/index.js'
import type {Publication} from '../src/index.js'

const read = (text: string, path = 'input.txt'): Publication => {
  const result = normalizeSource({path, bytes: new TextEncoder().encode(text), meta: null})
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '))
  return result.publication
}
const codes = (p: Publication) => p.warnings.map((w) => w.code)
const prose = (n: number) =>
  Array.from(
    {length: n},
    (_, i) =>
      `Paragraph ${i + 1} of the report describes the harbour, the ferries and the families who wait for them every evening.`
  ).join('\n\n')

describe('warnings for uncertain readings', () => {
  it('flags a text that says it is an interview but has no recognised questions', () => {
    const p = read(`Harbour pilots: an interview with Ilse Marwick\n\n${prose(3)}\n`)
    expect(p.kind).toBe('article')
    const warning = p.warnings.find((w) => w.code === 'structure/interview-without-questions')
    expect(warning?.line).toBe(1)
    expect(p.inference.structure).toMatch(/an article/)
  })

  it('flags questions found by a weak convention (short "?" paragraphs alone)', () => {
    const pairs = ['Where did you grow up?', 'What changed after the flood?', 'Will you stay?']
      .map((q, i) => `${q}\n\nAnswer number ${i + 1} is a plain sentence about the town and its river.`)
      .join('\n\n')
    const p = read(`Three questions for a ferry captain\n\n${pairs}\n`)
    expect(p.qa).toHaveLength(3)
    expect(codes(p)).toContain('structure/low-confidence')
    expect(p.inference.structure).toMatch(/weak/)
  })

  it('flags questions found in only the last part of a long text', () => {
    const p = read(
      `A long report\n\n${prose(8)}\n\nQ: Is the ferry safe?\n\nA: Yes, it was inspected in May.\n\nQ: And the pier?\n\nA: The pier is next.\n`
    )
    expect(p.qa).toHaveLength(2)
    expect(codes(p)).toContain('structure/partial')
  })

  it('says where a title came from when the text has none', () => {
    const p = read(`${prose(2)}\n`)
    expect(codes(p)).toContain('metadata/derived-title')
    expect(p.inference.title).toMatch(/derived/)
  })

  it('flags a copy that stops on a speaker label, and marks it truncated', () => {
    const p = read(
      'Talking tides\n\nMARA VELK: What do you measure first?\n\nIVO DANN: The height of the water, every hour.\n\nMARA VELK: And then?\n\nIVO DANN: The salt.\n\nMARA VELK:\n'
    )
    expect(p.qa).toHaveLength(2)
    expect(p.truncated).toBe(true)
    expect(codes(p)).toContain('source/dangling-label')
  })

  it('gives the reasons for the title, the structure and the language', () => {
    const p = read(
      'Ferries at dawn\n\nQ: Why so early?\n\nA: Because the tide is high at five.\n\nQ: Every day?\n\nA: Every day but Sunday.\n'
    )
    expect(p.inference.title).toMatch(/headline/)
    expect(p.inference.structure).toMatch(/Q:\/A: prefixes: 2 question/)
    expect(p.lang).toBe('en')
    expect(p.inference.language.evidence).toMatch(/Latin script/)
  })
})

describe('ids', () => {
  it('publishes two sources whose inferred ids collide, the later with a suffix and a warning', () => {
    const text = `Same headline on two pages\n\n${prose(2)}\n`
    const bytes = new TextEncoder().encode(text)
    const corpus = buildCorpus({
      collection: null,
      sources: [
        {path: 'a.txt', bytes, meta: null},
        {path: 'b.txt', bytes: new TextEncoder().encode(text.replace('harbour', 'airport')), meta: null}
      ]
    })
    expect(corpus.failures).toEqual([])
    expect(corpus.publications.map((p) => p.id)).toEqual(['same-headline-on-two-pages', 'same-headline-on-two-pages-2'])
    expect(corpus.publications[1]!.warnings.some((w) => w.code === 'id/renamed')).toBe(true)
  })
})
