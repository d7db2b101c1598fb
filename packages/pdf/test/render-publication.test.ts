/**
 * One publication at a time: a publication rendered alone gives the bytes of its file in a whole
 * render, and the briefing assembled from JSON round-tripped parts is the whole render's briefing.
 */
import {
  type CollectionJob,
  type Corpus,
  headOf,
  type OutputEntry,
  type PublicationJob,
  resolveBuildDate
} from '@dossier/core'
import {beforeAll, describe, expect, it} from 'vitest'
import {renderCollection, renderPublication} from '../src/index.js'
import {readAssets, renderSeedsA4} from './support.js'

let corpus: Corpus
let whole: Map<string, Uint8Array>
const assets = readAssets()

beforeAll(async () => {
  // The run's A4 render of the seeds (support.ts).
  const seeds = await renderSeedsA4()
  corpus = seeds.corpus
  expect(corpus.publications.length).toBeGreaterThan(1)
  const {files} = seeds
  whole = new Map(files.map((file) => [file.path, file.contents as Uint8Array]))
}, 120_000)

const context = () => ({
  collection: corpus.collection,
  buildDate: resolveBuildDate(corpus.publications, undefined),
  paper: 'a4' as const,
  assets,
  report: () => {}
})

/** Each publication alone, last first, so no state of an earlier render can help. */
async function renderEach(): Promise<Array<{path: string; bytes: Uint8Array; part: unknown}>> {
  const heads = corpus.publications.map(headOf)
  const out: Array<{path: string; bytes: Uint8Array; part: unknown}> = []
  for (const index of [...corpus.publications.keys()].reverse()) {
    const job: PublicationJob = {
      ...context(),
      publication: corpus.publications[index]!,
      previous: heads[index - 1] ?? null,
      next: heads[index + 1] ?? null,
      attachments: []
    }
    const {files, part} = await renderPublication(job)
    expect(files).toHaveLength(1)
    out.unshift({path: files[0]!.path, bytes: (files[0] as {contents: Uint8Array}).contents, part})
  }
  return out
}

async function bytesOf(entry: OutputEntry): Promise<Uint8Array> {
  if ('contents' in entry) return entry.contents as Uint8Array
  if ('copyOf' in entry) throw new Error(`unexpected copy ${entry.path}`)
  const chunks: Uint8Array[] = []
  for await (const chunk of entry.chunks) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return new Uint8Array(Buffer.concat(chunks))
}

describe('renderPublication', () => {
  it('gives each publication, rendered alone, the bytes of its file in a whole render', async () => {
    for (const {path, bytes} of await renderEach()) {
      expect(whole.has(path), path).toBe(true)
      expect(Buffer.compare(Buffer.from(bytes), Buffer.from(whole.get(path)!)), path).toBe(0)
    }
  }, 120_000)

  it('keeps a part that survives JSON, from which the same briefing is assembled', async () => {
    const rendered = await renderEach()
    const parts = rendered.map(({part}) => JSON.parse(JSON.stringify(part)) as unknown)
    for (const [index, part] of parts.entries()) expect(part).toEqual(rendered[index]!.part)
    // The part is small beside the model it came from.
    const sizes = corpus.publications.map((publication, index) => ({
      part: JSON.stringify(parts[index]).length,
      model: JSON.stringify(publication).length
    }))
    for (const size of sizes) expect(size.part).toBeLessThan(size.model / 2)
    const heads = corpus.publications.map(headOf)
    const byId = new Map(corpus.publications.map((publication) => [publication.id, publication]))
    const job: CollectionJob = {
      ...context(),
      heads,
      parts: async function* () {
        for (const [index, head] of heads.entries()) yield {head, part: parts[index]}
      },
      publication: async (id) => byId.get(id)!,
      attachments: [],
      part: async (index) => parts[index],
      partKeys: heads.map((head) => head.id),
      ownFile: (file) => Promise.reject(new Error(`the briefing reads no file of its own, asked ${file}`)),
      memo: (_name, _inputs, make) => make()
    }
    const entries: OutputEntry[] = []
    for await (const entry of renderCollection(job)) entries.push(entry)
    expect(entries.map((entry) => entry.path)).toEqual(['briefing.pdf'])
    const briefing = await bytesOf(entries[0]!)
    expect(Buffer.compare(Buffer.from(briefing), Buffer.from(whole.get('briefing.pdf')!))).toBe(0)
  }, 120_000)
})
