/**
 * The dataset: `publications.json`, `qa.jsonl`, `qa.csv`, the SQLite file `dossier.sqlite`, their
 * schemas, a codebook and a Frictionless Data Package descriptor
 * (https://datapackage.org/standard/data-package/). One publication at a time: each publication's
 * part is its record, its question rows and its table rows, all computed by core; the collection
 * files are those parts concatenated (streamed chunk by chunk) or inserted into the database.
 * Pure and deterministic.
 */
import type {
  CollectionJob,
  FormatModule,
  OutputEntry,
  PublicationJob,
  PublicationResult,
  RenderInput,
  RenderOptions
} from '@dossier/core'
import {
  publicationsSchema,
  type QaRow,
  qaRowSchema,
  qaTableSchema,
  renderWhole,
  type TableRows,
  toCollectionRow,
  toQaRows,
  toRecord,
  toTableRows
} from '@dossier/core'
import {createHash} from 'node:crypto'
import {stringify} from 'csv-stringify/sync'
import {renderCodebook} from './codebook.js'
import {dataPackage} from './data-package.js'
import {renderSqlite} from './sqlite.js'
import {assetFiles, folder, format, needs} from '../declare.js'

export {assetFiles, folder, format, needs}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

/**
 * What the collection files need of one publication, already serialized so assembling is
 * concatenation: its record as it appears inside `publications.json` (indented four spaces), its
 * `qa.jsonl` lines and its `qa.csv` rows; and its rows of the SQLite tables, computed by core.
 */
export interface DatasetPart {
  record: string
  jsonl: string
  csv: string
  tables: TableRows
}

const csvOptions = {
  columns: qaTableSchema.fields.map((f) => f.name),
  record_delimiter: 'unix',
  quoted_string: false
} as const

/**
 * A CSV cell: null is empty, an answer's paragraphs are separated by a blank line, and the turns
 * (objects) are JSON, as the Table Schema's `array` type reads them.
 */
const csvCell = (value: QaRow[keyof QaRow]) =>
  value === null
    ? ''
    : Array.isArray(value)
      ? value.every((item) => typeof item === 'string')
        ? value.join('\n\n')
        : JSON.stringify(value)
      : value

/** A publication's record and rows; the dataset has no per-publication files. */
export async function renderPublication(job: PublicationJob): Promise<PublicationResult> {
  const record = toRecord(job.publication)
  const rows = toQaRows(job.publication)
  const part: DatasetPart = {
    record: `    ${JSON.stringify(record, null, 2).replace(/\n/g, '\n    ')}`,
    jsonl: rows.map((row) => `${JSON.stringify(row)}\n`).join(''),
    csv:
      rows.length === 0
        ? ''
        : stringify(
            rows.map((row) => csvOptions.columns.map((name) => csvCell(row[name]))),
            {...csvOptions, header: false}
          ),
    tables: toTableRows(job.publication)
  }
  return {files: [], part}
}

/**
 * The dataset files, streamed from the parts. `publications.json` is exactly
 * `JSON.stringify({collection, edition, publications}, null, 2)` + newline, written one record at a
 * time. The consumer must read each stream to its end before asking for the next entry (the Data
 * Package descriptor, last, gives every file's size in bytes). The SQLite file is made whole in
 * memory (sql.js holds the database there), one publication's rows at a time (`tableRows`).
 */
export async function* renderCollection(job: CollectionJob): AsyncGenerator<OutputEntry> {
  const sizes = new Map<string, number>()
  const counted = (path: string, chunks: () => AsyncIterable<string>): OutputEntry => ({
    path,
    chunks: (async function* () {
      let bytes = 0
      for await (const chunk of chunks()) {
        bytes += Buffer.byteLength(chunk)
        yield chunk
      }
      sizes.set(path, bytes)
    })()
  })
  const collection = {
    id: job.collection.id,
    title: job.collection.title,
    description: job.collection.description,
    publisher: job.collection.publisher,
    lang: job.collection.lang,
    rights: job.collection.rights,
    baseUrl: job.collection.baseUrl
  }
  const ranges = blocksOf(job.heads.map((head) => head.id))
  yield counted('publications.json', async function* () {
    const head = JSON.stringify({collection, edition: job.buildDate}, null, 2)
    yield `${head.slice(0, -2)},\n  "publications": [`
    yield* textBlocks(job, ranges, 'record', (part, index) => `${index === 0 ? '' : ','}\n${part.record}`)
    yield job.heads.length === 0 ? ']\n}\n' : '\n  ]\n}\n'
  })
  yield counted('qa.jsonl', async function* () {
    yield* textBlocks(job, ranges, 'jsonl', (part) => part.jsonl)
  })
  yield counted('qa.csv', async function* () {
    yield stringify([], {...csvOptions, header: true})
    yield* textBlocks(job, ranges, 'csv', (part) => part.csv)
  })
  const wasm = job.assets['sql-wasm.wasm']
  if (!wasm) throw new Error('Expected options.assets["sql-wasm.wasm"] (read from assetFiles by the CLI), got nothing')
  const sqlite = await renderSqlite({
    collection: toCollectionRow(job.collection, job.buildDate),
    tables: async function* () {
      for (const index of job.heads.keys()) yield await tableRows(job, index)
    },
    wasm
  })
  sizes.set('dossier.sqlite', sqlite.byteLength)
  yield {path: 'dossier.sqlite', contents: sqlite}
  const schemas = [
    {path: 'schema/publications.schema.json', contents: json(publicationsSchema)},
    {path: 'schema/qa-row.schema.json', contents: json(qaRowSchema)},
    {path: 'schema/qa.tableschema.json', contents: json(qaTableSchema)}
  ]
  yield* schemas
  yield {path: 'CODEBOOK.md', contents: renderCodebook()}
  yield {path: 'datapackage.json', contents: json(dataPackage(job, (path) => sizes.get(path) ?? 0))}
}

/**
 * The collection cut into runs of consecutive publications for `textBlocks`: a run ends after a
 * publication whose id's sha256 starts with a multiple of `blockEvery` (about one in that many), so
 * the runs follow the ids, not the positions: adding or removing a publication changes the run it
 * is in, never the others.
 */
export function blocksOf(ids: readonly string[], blockEvery = 32): Array<[start: number, end: number]> {
  const ranges: Array<[number, number]> = []
  let start = 0
  for (const [index, id] of ids.entries())
    if (createHash('sha256').update(id).digest().readUInt32BE(0) % blockEvery === 0 || index === ids.length - 1) {
      ranges.push([start, index + 1])
      start = index + 1
    }
  return ranges
}

/**
 * One text file's contents run by run (`blocksOf`), each run the concatenation of `text` over its
 * publications' parts, kept between builds through `job.memo`: a run's bytes depend on its parts
 * (their `partKeys`) and on whether it starts the collection (`text` is given the position), so a
 * run none of whose publications changed is read back as one piece instead of reading every part.
 */
async function* textBlocks(
  job: CollectionJob,
  ranges: Array<[number, number]>,
  name: 'record' | 'jsonl' | 'csv',
  text: (part: DatasetPart, index: number) => string
): AsyncGenerator<string> {
  for (const [start, end] of ranges) {
    const inputs = {first: start === 0, parts: job.partKeys.slice(start, end)}
    const bytes = await job.memo(`${name}-run`, inputs, async () => {
      let joined = ''
      for (let index = start; index < end; index++) joined += text((await job.part(index)) as DatasetPart, index)
      return new TextEncoder().encode(joined)
    })
    if (bytes.byteLength > 0) yield decoder.decode(bytes)
  }
}

const decoder = new TextDecoder()

/**
 * One publication's rows of the SQLite tables, kept between builds through `job.memo` by its part's
 * key: the database is made whole again when one publication changes (its pages depend on every
 * row before), but the others' rows are read back alone, without their whole part (about a quarter
 * of it: the record, `qa.jsonl` and `qa.csv` texts are the rest), issue 23.
 */
async function tableRows(job: CollectionJob, index: number): Promise<TableRows> {
  const bytes = await job.memo('sqlite-rows', job.partKeys[index], async () =>
    new TextEncoder().encode(JSON.stringify(((await job.part(index)) as DatasetPart).tables))
  )
  return JSON.parse(decoder.decode(bytes)) as TableRows
}

/** The dataset as a `FormatModule`. */
export const dataset: FormatModule = {format, folder, assetFiles, needs, renderPublication, renderCollection}

/** The whole dataset in memory (tests, and the reference the CLI's streamed build equals). */
export function render(input: RenderInput, options: RenderOptions) {
  return renderWhole(dataset, input, options)
}
