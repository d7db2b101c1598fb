/**
 * The search index is written piece by piece from MiniSearch's live index (a collection's index is
 * hundreds of megabytes as one string): the pieces must join to exactly `JSON.stringify(index)`,
 * and the script around them must be the double-encoded literal the search page parses.
 */
import {describe, expect, it} from 'vitest'
import {createSearchIndex, searchIndexChunks, serializedIndex} from '../src/lib/search-index.js'
import {searchDocuments} from '../src/index.js'
import {hostileSources, readCorpus} from './helpers.js'

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
      expect(script).toBe(`window.dossierSearch = ${JSON.stringify(whole)};\n`)
    }
  })
})
