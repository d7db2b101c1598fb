/** The dataset schema as the gate before any renderer (issue 12). */
import {describe, expect, it} from 'vitest'
import {buildCorpus, normalizeSource, type Publication, validatePublication} from '../src/index.js'

const encoder = new TextEncoder()
const source = (path: string, text: string) => ({path, bytes: encoder.encode(text), meta: null})

function publication(): Publication {
  const result = normalizeSource(source('good.txt', 'A good title\n\n1. Why now?\n\nBecause the harbour reopened.\n'))
  if (!result.ok) throw new Error('fixture did not normalize')
  return result.publication
}

describe('validatePublication', () => {
  it('accepts a normalized publication', () => {
    expect(validatePublication(publication())).toEqual([])
  })
  it('names the source file, the field and the line of an empty question', () => {
    const p = publication()
    p.qa[0]!.question = {text: '', children: []}
    const [message, ...rest] = validatePublication(p)
    expect(rest).toEqual([])
    expect(message).toMatchObject({file: 'good.txt', code: 'record/schema', severity: 'error', line: 3})
    expect(message!.message).toMatch(/^field "qa\[0\]\.question" of the publication is invalid/)
  })
  it('names an empty title and an id that is not URL-safe', () => {
    const p = publication()
    p.title = {text: '', children: []}
    p.id = 'Not An Id'
    expect(validatePublication(p).map((m) => m.message.split(' of ')[0])).toEqual(['field "id"', 'field "title"'])
  })
})

describe('buildCorpus', () => {
  it('reports a source whose record fails the schema and publishes the others', () => {
    const corpus = buildCorpus({
      sources: [
        source('a.md', "---\npeople:\n  - {name: ' ', role: author}\n---\n\n# A title\n\nSome words here.\n"),
        source('b.txt', 'Another title\n\nSome words there.\n')
      ],
      collection: null
    })
    expect(corpus.publications.map((p) => p.source.path)).toEqual(['b.txt'])
    expect(corpus.failures).toHaveLength(1)
    expect(corpus.failures[0]).toMatchObject({file: 'a.md', code: 'record/schema', severity: 'error'})
    expect(corpus.failures[0]!.message).toContain('field "people[0].name"')
  })
})
