/**
 * The search index in shards: each shard is written piece by piece from MiniSearch's live index (a
 * collection's index is hundreds of megabytes as one string), and its pieces must join to exactly
 * `JSON.stringify(index)`; the loader names the shards; a publication's shard depends on its id
 * alone; a shard is made through `job.memo` with inputs that change when, and only when, its bytes do.
 */
import {runInNewContext} from 'node:vm'
import type {Corpus, OutputFile} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {
  createSearchIndex,
  leadOf,
  searchIndexChunks,
  searchLeadLength,
  searchLoaderScript,
  searchRulesScript,
  searchShardCount,
  searchShardOf,
  searchShardPath,
  serializedIndex
} from '../src/lib/search-index.js'
import {render, searchDocuments, searchDocumentsOf} from '../src/index.js'
import {collectWithMemo, hostileSources, options, readCorpus, sourceOf, text} from './helpers.js'

interface IndexJson {
  documentIds: Record<string, string>
  index: Array<[string]>
}

/** What the browser gets from a rendered site's index scripts: the loader's globals and each shard's index. */
function loadIndex(files: OutputFile[]): {files: string[]; ids: string[]; shards: IndexJson[]; rules: unknown} {
  const window: Record<string, unknown> = {}
  const file = (path: string) => {
    const found = files.find((candidate) => candidate.path === path)
    if (!found) throw new Error(`no ${path}`)
    return text(found)
  }
  runInNewContext(file('assets/search-index.js'), {window})
  const listed = window.dossierSearchShards as {files: string[]; ids: string[]}
  for (const path of listed.files) runInNewContext(file(path), {window})
  const loaded = window.dossierSearch as string[]
  return {
    ...listed,
    shards: listed.files.map((_, shard) => JSON.parse(loaded[shard]!) as IndexJson),
    rules: window.dossierSearchRules
  }
}

/** The publications of the seeds and of `extra` sources, with a shard size in the collection. */
function corpusWith(searchShardSize: number, extra = hostileSources): Corpus {
  const corpus = readCorpus(extra)
  return {...corpus, collection: {...corpus.collection, searchShardSize}}
}

describe('a streamed search shard', () => {
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
      for await (const chunk of searchIndexChunks(index, 3, size)) script += chunk
      expect(script).toBe(`(window.dossierSearch = window.dossierSearch || [])[3] = ${JSON.stringify(whole)};\n`)
      const window: {dossierSearch?: string[]} = {}
      runInNewContext(script, {window})
      expect(window.dossierSearch?.[3]).toBe(whole)
    }
  })
})

describe('the shards of the search index', () => {
  it('are a power of two, about searchShardSize publications each, at least one', () => {
    expect(searchShardCount(0, 64)).toBe(1)
    expect(searchShardCount(64, 64)).toBe(1)
    expect(searchShardCount(65, 64)).toBe(2)
    expect(searchShardCount(1000, 64)).toBe(16)
    expect(searchShardCount(1024, 64)).toBe(16)
    expect(searchShardCount(1025, 64)).toBe(32)
    expect(searchShardCount(5, 2)).toBe(4)
    expect(searchShardCount(5, 0)).toBe(8)
  })

  it('hold a publication by its id alone, spread evenly, and split in two when the count doubles', () => {
    const ids = Array.from({length: 1000}, (_, n) => `interview-${n}`)
    const sizes = new Array<number>(16).fill(0)
    for (const id of ids) {
      const shard = searchShardOf(id, 16)
      expect(shard).toBe(searchShardOf(id, 16))
      sizes[shard]! += 1
      // Shard k of 16 becomes k or k + 16 of 32.
      expect(searchShardOf(id, 32) % 16).toBe(shard)
      expect(searchShardOf(id, 1)).toBe(0)
    }
    // 62.5 on average; a fair hash stays well within these bounds.
    for (const size of sizes) expect(size).toBeGreaterThan(35)
    for (const size of sizes) expect(size).toBeLessThan(95)
  })

  it('are listed by the loader after the rules, with the ids in the collection’s order', () => {
    const script = searchLoaderScript(2, ['b', 'a'])
    expect(script.startsWith(searchRulesScript)).toBe(true)
    const window: Record<string, unknown> = {}
    runInNewContext(script, {window})
    expect(window.dossierSearchShards).toEqual({files: [searchShardPath(0), searchShardPath(1)], ids: ['b', 'a']})
  })

  it('hold every document once, each publication in its own shard, in the collection’s order', async () => {
    const corpus = corpusWith(1)
    const count = searchShardCount(corpus.publications.length, 1)
    expect(count).toBe(4)
    const site = loadIndex(await render(corpus, options()))
    expect(site.files).toEqual(Array.from({length: count}, (_, shard) => searchShardPath(shard)))
    expect(site.ids).toEqual(corpus.publications.map((publication) => publication.id))
    const expected = Array.from({length: count}, () => [] as string[])
    for (const publication of corpus.publications)
      expected[searchShardOf(publication.id, count)]!.push(...searchDocumentsOf(publication).map((doc) => doc.id))
    expect(site.shards.map((shard) => Object.values(shard.documentIds))).toEqual(expected)
    // More than one shard holds documents, one holds two publications, and the whole index is split without loss.
    expect(expected.filter((ids) => ids.length > 0).length).toBeGreaterThan(1)
    expect(expected.some((ids) => new Set(ids.map((id) => id.split('#')[0])).size > 1)).toBe(true)
    expect(expected.flat().sort()).toEqual(
      searchDocuments(corpus.publications)
        .map((doc) => doc.id)
        .sort()
    )
  })

  it('change only where a publication is added, other shards keep their bytes', async () => {
    const filler = sourceOf('zz-boats.md', '---\ntitle: Boats of the lagoon\n---\n\n**1. Why boats?**\n\nThe lagoon.\n')
    const added = sourceOf(
      'zz-ferries.md',
      '---\ntitle: Ferries of the delta\n---\n\n**1. Why ferries?**\n\nThe river.\n'
    )
    const corpus = corpusWith(1, [...hostileSources, filler])
    const more = corpusWith(1, [...hostileSources, filler, added])
    expect(more.publications.length).toBe(corpus.publications.length + 1)
    const count = searchShardCount(more.publications.length, 1)
    // The test needs the count unchanged by the insertion.
    expect(searchShardCount(corpus.publications.length, 1)).toBe(count)
    const before = await render(corpus, options())
    const after = await render(more, options())
    const id = more.publications.find((publication) => publication.source.path === 'zz-ferries.md')!.id
    const home = searchShardOf(id, count)
    for (let shard = 0; shard < count; shard++) {
      const [old, now] = [before, after].map((files) =>
        text(files.find((file) => file.path === searchShardPath(shard)))
      )
      if (shard === home) expect(now).not.toBe(old)
      else expect(now, `shard ${shard}`).toBe(old)
    }
  })
})

describe('a shard kept between builds (job.memo)', () => {
  /** The search-index files of a collection whose memo keeps pieces in `kept` (keyed by their own inputs); counts the shards made. */
  async function collect(
    corpus: Corpus,
    kept: Map<string, Uint8Array>,
    tamper?: (path: string, bytes: Uint8Array) => Uint8Array
  ): Promise<{made: number; files: OutputFile[]}> {
    // The search shards only (the browse, people and outlet pages are kept by memo too).
    const {made, files} = await collectWithMemo(corpus, kept, {contextInKey: false, ...(tamper ? {tamper} : {})})
    return {
      made: made['search-index-shard'] ?? 0,
      files: files.filter((file) => file.path.startsWith('assets/search-index'))
    }
  }

  it('is made again only when one of its members changed, and equals a shard made cold', async () => {
    const corpus = corpusWith(1)
    const count = searchShardCount(corpus.publications.length, 1)
    const kept = new Map<string, Uint8Array>()
    const cold = await collect(corpus, kept)
    expect(cold.made).toBe(count)
    expect((await collect(corpus, kept)).made).toBe(0)
    // One publication's answer changes: its shard alone is made again, and equals a cold build's.
    const target = corpus.publications[1]!
    const changed: Corpus = {
      ...corpus,
      publications: corpus.publications.map((publication) =>
        publication === target
          ? {
              ...publication,
              qa: publication.qa.map((qa, n) =>
                n === 0 ? {...qa, answer: [{...qa.answer[0]!, text: `${qa.answer[0]!.text} Zeppelins.`}]} : qa
              )
            }
          : publication
      )
    }
    const warm = await collect(changed, kept)
    expect(warm.made).toBe(1)
    const fresh = await collect(changed, new Map())
    expect(warm.files.map((file) => [file.path, text(file)])).toEqual(
      fresh.files.map((file) => [file.path, text(file)])
    )
    const shard = text(warm.files.find((file) => file.path === searchShardPath(searchShardOf(target.id, count))))
    expect(shard).toContain('zeppelins')
  })

  it('refuses a text script other than the one its publication’s part was made with', async () => {
    const corpus = corpusWith(64)
    // One character more in a text script than in the one the part was made with.
    const stale = (path: string, bytes: Uint8Array) =>
      path.startsWith('search/') ? Buffer.concat([bytes, Buffer.from(' ')]) : bytes
    await expect(collect(corpus, new Map(), stale)).rejects.toThrow(
      /is not the one its publication's part was made with/
    )
  })

  it('is made again when the index switches between full answers and leads', async () => {
    const corpus = corpusWith(64)
    const kept = new Map<string, Uint8Array>()
    expect((await collect(corpus, kept)).made).toBe(1)
    expect((await collect({...corpus, collection: {...corpus.collection, searchFullTexts: 1}}, kept)).made).toBe(1)
  })
})

describe('a collection above searchFullTexts', () => {
  /** The search index a render writes, as the terms of all its shards. */
  async function indexOf(searchFullTexts: number, reports: string[]) {
    const corpus = readCorpus()
    const files = await render(
      {collection: {...corpus.collection, searchFullTexts, searchShardSize: 1}, publications: corpus.publications},
      {...options(), report: (message) => reports.push(String(message))}
    )
    const index = loadIndex(files)
    expect(index.shards.length).toBeGreaterThan(1)
    const terms = new Set(index.shards.flatMap((shard) => shard.index.map(([term]) => term)))
    const size = files
      .filter((file) => file.path.startsWith('assets/search-index'))
      .reduce((sum, file) => sum + text(file).length, 0)
    return {terms, corpus, size}
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
