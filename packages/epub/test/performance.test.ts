/**
 * Prints how long a long source (about 5 MB of text) takes to become an EPUB, and the heap it
 * grows by. A figure for the issue, not a timed assertion: shared CI machines vary too much.
 */
import {buildCorpus, type SourceInput} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {renderBook} from './helpers.js'

/** A deterministic interview of about `bytes` bytes: numbered questions, several answer paragraphs each. */
export function syntheticInterview(bytes: number): string {
  const words = [
    'Russia',
    'Pakistan',
    'corridor',
    'multipolar',
    'relations',
    'strategic',
    'regional',
    'cooperation',
    'energy',
    'security',
    'trade',
    'connectivity',
    'analysts',
    'policy',
    'balance',
    'Eurasian'
  ]
  const sentence = (seed: number, length: number) => {
    const out: string[] = []
    for (let i = 0; i < length; i++) out.push(words[(seed * 7 + i * 13 + i * i) % words.length]!)
    return `${out.join(' ')}.`.replace(/^./, (c) => c.toUpperCase())
  }
  const lines = [
    'A very long interview on regional relations',
    '',
    'This interview was published in the March 2021 edition of The Synthetic Review.',
    ''
  ]
  let size = lines.join('\n').length
  for (let q = 1; size < bytes; q++) {
    const block = [`${q}. ${sentence(q, 14).replace(/\.$/, '?')}`, '']
    for (let p = 0; p < 4; p++)
      block.push(Array.from({length: 5}, (_, s) => sentence(q * 31 + p * 7 + s, 18)).join(' '), '')
    size += block.join('\n').length + 1
    lines.push(...block)
  }
  return lines.join('\n')
}

describe('renderPublication', () => {
  it('builds an EPUB from a 5 MB source and prints the time it took', async () => {
    const text = syntheticInterview(5 * 1024 * 1024)
    const source: SourceInput = {path: 'long.txt', bytes: new TextEncoder().encode(text), meta: null}
    const megabytes = source.bytes.length / (1024 * 1024)
    const startNormalize = performance.now()
    const corpus = buildCorpus({sources: [source], collection: null})
    const normalizeMs = performance.now() - startNormalize
    const publication = corpus.publications[0]!
    const heapBefore = process.memoryUsage().heapUsed
    const start = performance.now()
    const epub = await renderBook(publication, corpus.collection)
    const renderMs = performance.now() - start
    const heapAfter = process.memoryUsage().heapUsed
    console.log(
      `EPUB of a ${megabytes.toFixed(2)} MB source (${publication.qa.length} questions): render ${renderMs.toFixed(0)} ms ` +
        `(${(renderMs / megabytes).toFixed(0)} ms/MB), normalize ${normalizeMs.toFixed(0)} ms, ` +
        `EPUB ${(epub.length / (1024 * 1024)).toFixed(2)} MB, heap +${((heapAfter - heapBefore) / (1024 * 1024)).toFixed(0)} MB, ` +
        `rss ${(process.memoryUsage().rss / (1024 * 1024)).toFixed(0)} MB`
    )
    expect(publication.qa.length).toBeGreaterThan(1000)
    expect(epub.length).toBeGreaterThan(0)
  }, 300_000)
})
