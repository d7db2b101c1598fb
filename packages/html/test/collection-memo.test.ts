/**
 * The browse, person and outlet pages kept between builds (`job.memo`, issue 23): with nothing
 * changed none is made again; after one publication's answer changes only the pages of the people
 * it names (and the browse pages, which show its length) are made again; the pages equal a cold
 * render's, byte for byte.
 */
import type {Corpus, OutputFile} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {collectWithMemo, hostileSources, readCorpus, text} from './helpers.js'

const collect = (corpus: Corpus, kept: Map<string, Uint8Array>) => collectWithMemo(corpus, kept)

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
