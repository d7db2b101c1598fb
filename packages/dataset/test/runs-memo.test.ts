/**
 * The dataset's text files by runs of publications kept between builds (`job.memo`, issue 23): with
 * nothing changed no run is made again and no part is read for them; after one publication changes
 * only its run is made again; the files equal a render of the whole corpus, byte for byte. The
 * SQLite file is made whole each time, from each publication's table rows kept by the memo: only
 * the changed publication's part is read for it.
 */
import {type CollectionJob, type Corpus, contentKey, headOf, type OutputEntry, type Publication} from '@dossier/core'
import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {blocksOf, dataset, render} from '../src/index.js'
import {assets} from './assets.js'
import {corpus, options} from './collection.js'

/** 48 publications: the test collection's, copied under new ids. */
const many: Corpus = {
  ...corpus,
  publications: Array.from({length: 12}, (_, copy) =>
    corpus.publications.map((publication) => ({...publication, id: `${publication.id}-${copy}`}))
  ).flat()
}

const textFiles = ['publications.json', 'qa.jsonl', 'qa.csv']
/** Compared by sha256 (the database is binary). */
const compared = [...textFiles, 'dossier.sqlite']

async function text(entry: OutputEntry): Promise<string> {
  if ('contents' in entry)
    return typeof entry.contents === 'string' ? entry.contents : Buffer.from(entry.contents).toString()
  let joined = ''
  if ('chunks' in entry)
    for await (const chunk of entry.chunks) joined += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString()
  return joined
}

/** The text files of `corpus` through a memo keeping pieces in `kept`; counts the pieces made and the parts read. */
async function collect(corpus: Corpus, kept: Map<string, Uint8Array>) {
  const heads = corpus.publications.map(headOf)
  const parts: unknown[] = []
  for (const [index, publication] of corpus.publications.entries()) {
    const result = await dataset.renderPublication({
      ...options,
      collection: corpus.collection,
      report: () => {},
      publication,
      previous: heads[index - 1] ?? null,
      next: heads[index + 1] ?? null
    })
    parts.push(result.part)
  }
  const made: Record<string, number> = {}
  let read = 0
  const job: CollectionJob = {
    ...options,
    collection: corpus.collection,
    assets,
    report: () => {},
    heads,
    parts: async function* () {
      for (const [index, head] of heads.entries()) yield {head, part: parts[index]}
    },
    publication: async (id) => corpus.publications.find((publication) => publication.id === id) as Publication,
    part: async (index) => {
      read++
      return parts[index]
    },
    partKeys: parts.map((part) => contentKey(part)),
    ownFile: async (path) => {
      throw new Error(`no ${path}`)
    },
    memo: async (name, inputs, make) => {
      const key = contentKey(name, inputs)
      const stored = kept.get(key)
      if (stored) return stored
      made[name] = (made[name] ?? 0) + 1
      const bytes = await make()
      kept.set(key, bytes)
      return bytes
    }
  }
  const files: Record<string, string> = {}
  for await (const entry of dataset.renderCollection(job))
    if (compared.includes(entry.path)) files[entry.path] = await digest(entry)
  return {made, read, files}
}

/** A text file as itself, the database as its sha256. */
async function digest(entry: OutputEntry): Promise<string> {
  if (entry.path !== 'dossier.sqlite' || !('contents' in entry)) return text(entry)
  return createHash('sha256').update(entry.contents).digest('hex')
}

async function whole(corpus: Corpus): Promise<Record<string, string>> {
  const files = await render(corpus, options)
  return Object.fromEntries(
    await Promise.all(
      files.filter((file) => compared.includes(file.path)).map(async (file) => [file.path, await digest(file)])
    )
  )
}

describe('the dataset text files by runs (job.memo)', () => {
  it('makes again only the run of a changed publication, and equals a render of the whole corpus', async () => {
    const runs = blocksOf(many.publications.map((publication) => publication.id)).length
    expect(runs).toBeGreaterThan(1)
    const kept = new Map<string, Uint8Array>()
    const cold = await collect(many, kept)
    expect(cold.made).toEqual({
      'record-run': runs,
      'jsonl-run': runs,
      'csv-run': runs,
      'sqlite-rows': many.publications.length
    })
    expect(cold.files).toEqual(await whole(many))
    const again = await collect(many, kept)
    expect(again.made).toEqual({})
    expect(again.read).toBe(0)
    expect(again.files).toEqual(cold.files)

    const target = many.publications[20]!
    const changed: Corpus = {
      ...many,
      publications: many.publications.map((publication) =>
        publication === target
          ? {...publication, title: {text: 'A new title', children: [{type: 'text', value: 'A new title'}]}}
          : publication
      ) as Publication[]
    }
    const warm = await collect(changed, kept)
    expect(warm.made).toEqual({'record-run': 1, 'jsonl-run': 1, 'csv-run': 1, 'sqlite-rows': 1})
    const run = blocksOf(changed.publications.map((publication) => publication.id)).find(
      ([start, end]) => start <= 20 && 20 < end
    )!
    // The changed run's parts for the three text files (once each), and the changed part for the database.
    expect(warm.read).toBe(3 * (run[1] - run[0]) + 1)
    expect(warm.files['dossier.sqlite']).not.toEqual(cold.files['dossier.sqlite'])
    expect(warm.files).toEqual(await whole(changed))
    expect(warm.files).not.toEqual(cold.files)
  }, 60_000)

  it('cuts runs by id, so one publication added changes only the run it joins', () => {
    const ids = Array.from({length: 300}, (_, index) => `publication-${index}`)
    const before = blocksOf(ids)
    expect(before.at(-1)![1]).toBe(ids.length)
    const added = [...ids.slice(0, 150), 'a-new-one', ...ids.slice(150)]
    const runsOf = (list: string[], ranges: Array<[number, number]>) =>
      ranges.map(([start, end]) => list.slice(start, end).join(' '))
    const after = new Set(runsOf(added, blocksOf(added)))
    expect(runsOf(ids, before).filter((run) => !after.has(run))).toHaveLength(1)
  })
})
