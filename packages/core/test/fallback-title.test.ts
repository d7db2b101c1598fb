/** Titles derived from the content when a source gives none or an empty one (issue 12). */
import {describe, expect, it} from 'vitest'
import {normalizeSource} from '../src/index.js'
import {firstWords} from '../src/lib/normalize/fallback-title.js'

const encoder = new TextEncoder()
const normalize = (path: string, text: string) => {
  const result = normalizeSource({path, bytes: encoder.encode(text), meta: null})
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '))
  return result.publication
}

describe('firstWords', () => {
  it('keeps a short paragraph whole', () => {
    expect(firstWords('  Short   and sweet. ')).toBe('Short and sweet.')
  })
  it('cuts after eight words with an ellipsis', () => {
    expect(firstWords('one two three four five six seven eight nine ten')).toBe(
      'one two three four five six seven eight…'
    )
  })
  it('cuts at a word near sixty characters and drops a trailing comma', () => {
    const title = firstWords('Pneumonoultramicroscopic silicovolcanoconiosis, otherwise-known-as-a-long-word')
    expect(title).toBe('Pneumonoultramicroscopic silicovolcanoconiosis…')
  })
  it('cuts text written without spaces at a character, never inside a grapheme cluster', () => {
    const cjk = '张桂梅是云南丽江华坪女子高级中学校长本报记者日前专访了她'.repeat(3)
    expect(firstWords(cjk)).toBe(`${[...cjk].slice(0, 60).join('')}…`)
    const emoji = '👩‍👩‍👧‍👦'.repeat(70)
    expect(firstWords(emoji)).toBe(`${'👩‍👩‍👧‍👦'.repeat(60)}…`)
    const combining = 'e\u0301'.repeat(70)
    expect(firstWords(combining)).toBe(`${'e\u0301'.repeat(60)}…`)
  })
})

describe('deriveTitle through normalizeSource', () => {
  it('turns an empty Markdown heading into a removed line and titles the source by its first words', () => {
    const publication = normalize('s0.md', '#\nمرحبا بالعالم؟ هذا نص عربي.')
    expect(publication.title.text).toBe('مرحبا بالعالم؟ هذا نص عربي.')
    expect(publication.removed).toEqual([
      {line: 1, text: '#', reason: 'title line with no text', rule: 'metadata/empty-title'}
    ])
    expect(publication.lines).toEqual(['removed', 'body'])
    expect(publication.warnings.map((w) => [w.code, w.line])).toContainEqual(['metadata/derived-title', 2])
    expect(publication.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })
  it('derives the title when the front matter gives only spaces', () => {
    const publication = normalize(
      's1.md',
      "---\ntitle: '   '\n---\n\nThe harbour reopened on Monday after three weeks of repairs to the main quay.\n"
    )
    expect(publication.title.text).toBe('The harbour reopened on Monday after three weeks…')
    expect(publication.warnings.some((w) => w.code === 'metadata/derived-title')).toBe(true)
  })
  it('uses the file name when no paragraph has a word', () => {
    const publication = normalize('only-marks.txt', '#\n\n?!')
    expect(publication.title.text).toBe('only-marks')
    expect(publication.warnings.find((w) => w.code === 'metadata/derived-title')?.message).toMatch(/file name/)
  })
})
