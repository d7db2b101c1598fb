/**
 * The JSON dataset: `publications.json`, `qa.jsonl`, `qa.csv`, their schemas and a Frictionless
 * Data Package descriptor (https://datapackage.org/standard/data-package/). One publication at a
 * time: each publication's part is its record and its question rows; the collection files are
 * those parts concatenated, streamed chunk by chunk. Pure and deterministic.
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
import {publicationsSchema, qaRowSchema, qaTableSchema, renderWhole, toRecord} from '@dossier/core'
import {stringify} from 'csv-stringify/sync'

export const format = 'json'
export const folder = 'dataset'
export const assetFiles: Record<string, string> = {}
export const needs: string[] = []

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

/** One row of `qa.jsonl` and `qa.csv` (`qaRowSchema`). */
interface QaRow {
  publicationId: string
  publicationTitle: string
  publicationDate: string | null
  id: string
  number: number
  /** Who asked and who answered, as the source labelled the turn; null without a label. */
  asker: string | null
  question: string
  answerer: string | null
  answer: string[]
}

/**
 * What the collection files need of one publication, already serialized so assembling is
 * concatenation: its record as it appears inside `publications.json` (indented four spaces), its
 * `qa.jsonl` lines and its `qa.csv` rows.
 */
export interface DatasetPart {
  record: string
  jsonl: string
  csv: string
}

const csvOptions = {
  columns: qaTableSchema.fields.map((f) => f.name),
  record_delimiter: 'unix',
  quoted_string: false
} as const

/** A publication's record and rows; the dataset has no per-publication files. */
export async function renderPublication(job: PublicationJob): Promise<PublicationResult> {
  const record = toRecord(job.publication)
  const rows: QaRow[] = record.qa.map((q) => ({
    publicationId: record.id,
    publicationTitle: record.title,
    publicationDate: record.date?.value ?? null,
    id: q.id,
    number: q.number,
    asker: q.asker,
    question: q.question,
    answerer: q.answerer,
    answer: q.answer
  }))
  const part: DatasetPart = {
    record: `    ${JSON.stringify(record, null, 2).replace(/\n/g, '\n    ')}`,
    jsonl: rows.map((row) => `${JSON.stringify(row)}\n`).join(''),
    csv:
      rows.length === 0
        ? ''
        : stringify(
            rows.map((r) => [
              r.publicationId,
              r.publicationTitle,
              r.publicationDate ?? '',
              r.id,
              r.number,
              r.asker ?? '',
              r.question,
              r.answerer ?? '',
              r.answer.join('\n\n')
            ]),
            {...csvOptions, header: false}
          )
  }
  return {files: [], part}
}

/**
 * The dataset files, streamed from the parts. `publications.json` is exactly
 * `JSON.stringify({collection, edition, publications}, null, 2)` + newline, written one record at a
 * time. The consumer must read each stream to its end before asking for the next entry (the Data
 * Package descriptor, last, gives every file's size in bytes).
 */
export async function* renderCollection(job: CollectionJob): AsyncGenerator<OutputEntry> {
  const parts = job.parts as () => AsyncIterable<{part: DatasetPart}>
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
  yield counted('publications.json', async function* () {
    const head = JSON.stringify({collection, edition: job.buildDate}, null, 2)
    yield `${head.slice(0, -2)},\n  "publications": [`
    let first = true
    for await (const {part} of parts()) {
      yield `${first ? '' : ','}\n${part.record}`
      first = false
    }
    yield first ? ']\n}\n' : '\n  ]\n}\n'
  })
  yield counted('qa.jsonl', async function* () {
    for await (const {part} of parts()) if (part.jsonl) yield part.jsonl
  })
  yield counted('qa.csv', async function* () {
    yield stringify([], {...csvOptions, header: true})
    for await (const {part} of parts()) if (part.csv) yield part.csv
  })
  const schemas = [
    {path: 'schema/publications.schema.json', contents: json(publicationsSchema)},
    {path: 'schema/qa-row.schema.json', contents: json(qaRowSchema)},
    {path: 'schema/qa.tableschema.json', contents: json(qaTableSchema)}
  ]
  yield* schemas
  yield {path: 'datapackage.json', contents: json(dataPackage(job, (path) => sizes.get(path) ?? 0))}
}

/** The dataset as a `FormatModule`. */
export const dataset: FormatModule = {format, folder, assetFiles, needs, renderPublication, renderCollection}

/** The whole dataset in memory (tests, and the reference the CLI's streamed build equals). */
export function render(input: RenderInput, options: RenderOptions) {
  return renderWhole(dataset, input, options)
}

/** A Data Package descriptor listing every file with its schema and size. */
function dataPackage(job: CollectionJob, bytes: (path: string) => number) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: job.collection.id,
    title: job.collection.title,
    description: job.collection.description,
    created: job.buildDate,
    licenses: [{name: 'other-closed', title: job.collection.rights}],
    resources: [
      {
        name: 'publications',
        path: 'publications.json',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        bytes: bytes('publications.json'),
        jsonSchema: 'schema/publications.schema.json'
      },
      {
        name: 'qa-jsonl',
        path: 'qa.jsonl',
        format: 'jsonl',
        mediatype: 'application/jsonl',
        encoding: 'utf-8',
        bytes: bytes('qa.jsonl'),
        jsonSchema: 'schema/qa-row.schema.json'
      },
      {
        name: 'qa',
        type: 'table',
        path: 'qa.csv',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: bytes('qa.csv'),
        dialect: {header: true, delimiter: ',', lineTerminator: '\n'},
        schema: 'schema/qa.tableschema.json'
      },
      {
        name: 'publications-schema',
        path: 'schema/publications.schema.json',
        format: 'json',
        mediatype: 'application/schema+json'
      },
      {name: 'qa-row-schema', path: 'schema/qa-row.schema.json', format: 'json', mediatype: 'application/schema+json'},
      {name: 'qa-table-schema', path: 'schema/qa.tableschema.json', format: 'json', mediatype: 'application/json'}
    ]
  }
}
