/**
 * The site of core's fixture holding every block kind and field cases 12 (a table) and 15 (notes),
 * built once per test run for block-kinds.test.ts and block-kinds-referees.test.ts (the test files
 * share one module cache: `isolate: false` in vitest.config.ts).
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {buildCorpus, type SourceInput} from '@dossier/core'
import {buildSite, text} from './helpers.js'

const read = (url: string) => readFileSync(fileURLToPath(new URL(url, import.meta.url)))
const sources: SourceInput[] = [
  {path: 'every-block-kind.md', bytes: read('../../core/test/fixtures/every-block-kind/input.md'), meta: null},
  {
    path: 'trade-figures.md',
    bytes: read('../../core/test/field-cases/12-markdown-table/sources/trade-figures.md'),
    meta: null
  },
  {path: 'wheat-deal.md', bytes: read('../../core/test/field-cases/15-footnotes/sources/wheat-deal.md'), meta: null},
  {
    path: 'gas-pipeline.txt',
    bytes: read('../../core/test/field-cases/15-footnotes/sources/gas-pipeline.txt'),
    meta: null
  }
]
export const corpus = buildCorpus({sources, collection: null})

let site: ReturnType<typeof buildSite> | undefined
/** The site of the fixtures, written to a temporary folder once per run. */
export const blockKindSite = () => {
  site ??= buildSite(corpus)
  return site
}

/** The page of the publication read from `source`. */
export const pageOf = (built: Awaited<ReturnType<typeof buildSite>>, source: string) => {
  const publication = corpus.publications.find((p) => p.source.path === source)!
  return text(built.files.find((file) => file.path === `${publication.id}.html`))
}
