/**
 * The search index is written piece by piece from MiniSearch's live index (a collection's index is
 * hundreds of megabytes as one string): the pieces must join to exactly `JSON.stringify(index)`,
 * and the script around them must be the double-encoded literal the search page parses.
 */
import {describe, expect, it} from 'vitest'
import {
  createSearchIndex,
  leadOf,
  searchIndexChunks,
  searchRulesScript,
  searchLeadLength,
  serializedIndex
} from '../src/lib/search-index.js'
import {render, searchDocuments} from '../src/index.js'
import {hostileSources, options, readCorpus} from './helpers.js'

describe('the streamed search index', () => {
  it('joins to JSON.stringify(index), and its script to the double-encoded literal, at any chunk size', async () => {
    const corpus = readCorpus(hostileSources)
    const index = createSearchIndex()
    index.addAll(searchDocuments(corpus.publications))
    const whole = JSON.stringify(index)
    expect(whole.length).toBeGreaterThan(10_000)
    // The inverted index really is written one term at a time.
    const pieces = [...serializedIndex(index)]
    expect(pieces.length).toBeGreaterThan(100)
    expect(pieces.join('')).toBe(whole)
    for (const size of [1, 7, 4096, 1 << 16]) {
      let script = ''
      for await (const chunk of searchIndexChunks(index, size)) script += chunk
      expect(script).toBe(`${searchRulesScript}window.dossierSearch = ${JSON.stringify(whole)};\n`)
    }
  })
})

describe('a collection above searchFullTexts', () => {
  /** The search index a render writes, as the object the search page loads. */
  async function indexOf(searchFullTexts: number, reports: string[]) {
    const corpus = readCorpus()
    const files = await render(
      {collection: {...corpus.collection, searchFullTexts}, publications: corpus.publications},
      {...options(), report: (message) => reports.push(String(message))}
    )
    const script = String(files.find((file) => file.path === 'assets/search-index.js')!.contents)
    const json = JSON.parse(JSON.parse(script.slice(`${searchRulesScript}window.dossierSearch = `.length, -2))) as {
      index: Array<[string]>
    }
    return {terms: new Set(json.index.map(([term]) => term)), corpus, size: script.length}
  }

  it('indexes each answer by its lead only, and says so once', async () => {
    const fullReports: string[] = []
    const full = await indexOf(1000, fullReports)
    expect(fullReports.filter((r) => /search index holds/.test(r))).toEqual([])
    const reports: string[] = []
    const lead = await indexOf(1, reports)
    expect(
      reports.filter((r) => /search index holds titles, questions and the first 400 characters/.test(r))
    ).toHaveLength(1)
    expect(lead.size).toBeLessThan(full.size)
    // A word only in the second half of a long answer is found with full texts, not with leads.
    const answer = full.corpus.publications
      .flatMap((p) => p.qa)
      .find((q) => q.answer.map((b) => b.text).join(' ').length > 2000)!
    const text = answer.answer.map((b) => b.text).join('\n')
    const early = new Set(leadOf(text, searchLeadLength).toLowerCase().split(/\W+/))
    const late = text
      .slice(1500)
      .toLowerCase()
      .split(/\W+/)
      .find((word) => word.length > 7 && !early.has(word) && full.terms.has(word) && !lead.terms.has(word))
    expect(late, 'a word deep in a long answer').toBeTruthy()
    // Titles and questions stay searchable.
    for (const word of answer.question.text
      .toLowerCase()
      .split(/\W+/)
      .filter((w) => w.length > 6))
      expect(lead.terms.has(word), word).toBe(true)
  })
})
