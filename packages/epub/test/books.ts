/**
 * The books the EPUB tests look at, each set rendered once per test run: the test files share one
 * module cache (`isolate: false` in vitest.config.ts), so every file asking for a set gets the same
 * render. The sets: the seeds (`sources/`), the hostile fixtures, core's script fixtures, the
 * fixture with every block kind with the field cases holding a table and notes, and core's press
 * conferences with speaker labels (two answerers, French, Persian).
 */
import {buildCorpus, type Corpus, type OutputFile, type SourceInput} from '@dossier/core'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {render} from '../src/index.js'
import {hostileCollection, hostileSources} from './fixtures/hostile.js'
import {readCorpus, renderOptions} from './helpers.js'

/** A corpus and what `render` made of it: one book per publication, then the collection's. */
export interface BookSet {
  name: string
  corpus: Corpus
  files: OutputFile[]
  /** What the renderer reported (nothing, for every set). */
  reports: string[]
}

const scriptsDir = fileURLToPath(new URL('../../core/test/scripts/', import.meta.url))
const fieldDir = fileURLToPath(new URL('../../core/test/field-cases/', import.meta.url))

/** Core's script fixtures, as `<name>.txt` sources. */
export const scriptNames = readdirSync(scriptsDir).sort()
export const scriptSources = (): SourceInput[] =>
  scriptNames.map((name) => ({
    path: `${name}.txt`,
    bytes: readFileSync(join(scriptsDir, name, 'input.txt')),
    meta: null
  }))

/** Core's fixture holding every block kind, and field cases 12 (a table) and 15 (notes). */
const blockKindSources = (): SourceInput[] => [
  {
    path: 'every-block-kind.md',
    bytes: readFileSync(fileURLToPath(new URL('../../core/test/fixtures/every-block-kind/input.md', import.meta.url))),
    meta: null
  },
  ...[
    '12-markdown-table/sources/trade-figures.md',
    '15-footnotes/sources/wheat-deal.md',
    '15-footnotes/sources/gas-pipeline.txt'
  ].map((path) => ({path: path.split('/').pop()!, bytes: readFileSync(join(fieldDir, path)), meta: null}))
]

/** Core's press conferences whose turns are labelled with their speakers, one where two people answer one question (issue 22). */
export const speakerFixtures = [
  'press-conference-two-answerers',
  'press-conference-french-colon',
  'press-conference-persian-speakers',
  'press-conference-two-answer-one-question'
]
const speakerSources = (): SourceInput[] =>
  speakerFixtures.map((name) => ({
    path: `${name}.txt`,
    bytes: readFileSync(fileURLToPath(new URL(`../../core/test/fixtures/${name}/input.txt`, import.meta.url))),
    meta: null
  }))

function once(name: string, corpus: () => Corpus): () => Promise<BookSet> {
  let set: Promise<BookSet> | undefined
  return () => {
    set ??= (async () => {
      const reports: string[] = []
      const built = corpus()
      return {name, corpus: built, files: await render(built, renderOptions(reports)), reports}
    })()
    return set
  }
}

export const seedBooks = once('seeds', () => readCorpus())
export const hostileBooks = once('hostile', () => buildCorpus({sources: hostileSources, collection: hostileCollection}))
export const scriptBooks = once('scripts', () => buildCorpus({sources: scriptSources(), collection: null}))
export const blockKindBooks = once('block kinds', () => buildCorpus({sources: blockKindSources(), collection: null}))
export const speakerBooks = once('speakers', () => buildCorpus({sources: speakerSources(), collection: null}))

/** Every set, in this order. */
export const allSets = (): Promise<BookSet[]> =>
  Promise.all([seedBooks(), hostileBooks(), scriptBooks(), blockKindBooks(), speakerBooks()])

/** A book's bytes. */
export const bytesOf = (file: OutputFile): Uint8Array => file.contents as Uint8Array
