/**
 * The browse, person and outlet pages kept between builds (`job.memo`, issue 23): with nothing
 * changed none is made again; after one publication's answer changes only the pages of the people
 * it names (and the browse pages, which show its length) are made again; the pages equal a cold
 * render's, byte for byte.
 */
import {type CollectionJob, type Corpus, contentKey, headOf, type OutputFile, type Publication} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {htmlFormat} from '../src/index.js'
import {hostileSources, loadAssets, options, readCorpus, text} from './helpers.js'

/** The collection files of `corpus`, with a memo keeping pieces in `kept`; counts the pieces made by name. */
async function collect(
  corpus: Corpus,
  kept: Map<string, Uint8Array>
): Promise<{made: Record<string, number>; files: OutputFile[]}> {
  const heads = corpus.publications.map(headOf)
  const context = {collection: corpus.collection, buildDate: options().buildDate, paper: 'a4' as const}
  const assets = loadAssets()
  const parts: unknown[] = []
  const own = new Map<string, Uint8Array>()
  for (const [index, publication] of corpus.publications.entries()) {
    const result = await htmlFormat.renderPublication({
      ...context,
      assets,
      report: () => {},
      publication,
      previous: heads[index - 1] ?? null,
      next: heads[index + 1] ?? null,
      attachments: []
    })
    parts.push(result.part)
    for (const file of result.files) if ('contents' in file) own.set(file.path, Buffer.from(file.contents))
  }
  const made: Record<string, number> = {}
  const job: CollectionJob = {
    ...context,
    assets,
    report: () => {},
    heads,
    attachments: [],
    parts: async function* () {
      for (const [index, head] of heads.entries()) yield {head, part: parts[index]}
    },
    publication: async (id) => corpus.publications.find((publication) => publication.id === id) as Publication,
    part: async (index) => parts[index],
    partKeys: parts.map((part) => contentKey(part)),
    ownFile: async (path) => {
      const file = own.get(path)
      if (!file) throw new Error(`no ${path}`)
      return file
    },
    // The CLI's memo: the context (collection, build date) is in its key too.
    memo: async (name, inputs, make) => {
      const key = contentKey(context, name, inputs)
      const stored = kept.get(key)
      if (stored) return stored
      made[name] = (made[name] ?? 0) + 1
      const bytes = await make()
      kept.set(key, bytes)
      return bytes
    }
  }
  const files: OutputFile[] = []
  for await (const entry of htmlFormat.renderCollection(job)) if ('contents' in entry) files.push(entry)
  return {made, files}
}

const pages = (files: OutputFile[]) =>
  files.filter((file) => /^(people|outlets)\/|^browse/.test(file.path)).map((file) => [file.path, text(file)] as const)

describe('the browse, person and outlet pages kept between builds (job.memo)', () => {
  it('are made again only for what changed, and equal the pages made cold', async () => {
    const corpus = readCorpus(hostileSources)
    const kept = new Map<string, Uint8Array>()
    const cold = await collect(corpus, kept)
    const people = cold.files.filter((file) => /^people\/(?!index)/.test(file.path)).length
    expect(people).toBeGreaterThan(3)
    expect(cold.made['person-page']).toBe(people)
    expect(cold.made['outlet-page']).toBeGreaterThan(0)
    expect(cold.made['browse-pages']).toBe(1)
    // Nothing changed: no page is made.
    const again = await collect(corpus, kept)
    expect(again.made['person-page'] ?? 0).toBe(0)
    expect(again.made['outlet-page'] ?? 0).toBe(0)
    expect(again.made['browse-pages'] ?? 0).toBe(0)
    expect(pages(again.files)).toEqual(pages(cold.files))

    // One publication's first answer starts anew (its excerpt changes): the pages of its people and the browse pages (its length).
    const target = corpus.publications.find(
      (publication) => publication.qa.length > 0 && publication.people.length > 0
    )!
    const changed: Corpus = {
      ...corpus,
      publications: corpus.publications.map((publication) =>
        publication === target
          ? {
              ...publication,
              qa: publication.qa.map((qa, n) =>
                n === 0 ? {...qa, answer: [{...qa.answer[0]!, text: `Zeppelins. ${qa.answer[0]!.text}`}]} : qa
              )
            }
          : publication
      )
    }
    const warm = await collect(changed, kept)
    expect(warm.made['person-page'] ?? 0).toBeGreaterThan(0)
    expect(warm.made['person-page'] ?? 0).toBeLessThanOrEqual(target.people.length)
    expect(warm.made['outlet-page'] ?? 0).toBeLessThan(cold.made['outlet-page']!)
    const fresh = await collect(changed, new Map())
    expect(pages(warm.files)).toEqual(pages(fresh.files))
    expect(pages(warm.files)).not.toEqual(pages(cold.files))
  }, 120_000)
})
