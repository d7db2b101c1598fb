/**
 * The JSON dataset: `publications.json`, `qa.jsonl`, `qa.csv`, their schemas and a Frictionless
 * Data Package descriptor (https://datapackage.org/standard/data-package/). Pure and
 * deterministic: the same model gives the same bytes.
 */
import type {OutputFile, RenderInput, RenderOptions} from '@dossier/core'
import {publicationsSchema, qaRowSchema, qaTableSchema, toRecord} from '@dossier/core'
import {stringify} from 'csv-stringify/sync'

export const format = 'json'
export const folder = 'dataset'
export const assetFiles: Record<string, string> = {}
export const needs: string[] = []

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

/** Render the dataset files. */
export async function render(input: RenderInput, options: RenderOptions): Promise<OutputFile[]> {
  const {collection, publications} = input
  const records = publications.map(toRecord)
  const rows = records.flatMap((p) =>
    p.qa.map((q) => ({
      publicationId: p.id,
      publicationTitle: p.title,
      publicationDate: p.date?.value ?? null,
      id: q.id,
      number: q.number,
      question: q.question,
      answer: q.answer
    }))
  )
  const csv = stringify(
    rows.map((r) => [
      r.publicationId,
      r.publicationTitle,
      r.publicationDate ?? '',
      r.id,
      r.number,
      r.question,
      r.answer.join('\n\n')
    ]),
    {header: true, columns: qaTableSchema.fields.map((f) => f.name), record_delimiter: 'unix', quoted_string: false}
  )
  const files: OutputFile[] = [
    {
      path: 'publications.json',
      contents: json({
        collection: {
          id: collection.id,
          title: collection.title,
          description: collection.description,
          publisher: collection.publisher,
          lang: collection.lang,
          rights: collection.rights,
          baseUrl: collection.baseUrl
        },
        edition: options.buildDate,
        publications: records
      })
    },
    {path: 'qa.jsonl', contents: rows.map((row) => JSON.stringify(row)).join('\n') + (rows.length ? '\n' : '')},
    {path: 'qa.csv', contents: csv},
    {path: 'schema/publications.schema.json', contents: json(publicationsSchema)},
    {path: 'schema/qa-row.schema.json', contents: json(qaRowSchema)},
    {path: 'schema/qa.tableschema.json', contents: json(qaTableSchema)}
  ]
  files.push({path: 'datapackage.json', contents: json(dataPackage(input, options, files))})
  return files
}

/** A Data Package descriptor listing every file with its schema and checksum. */
function dataPackage(input: RenderInput, options: RenderOptions, files: OutputFile[]) {
  const bytes = (path: string) => {
    const file = files.find((f) => f.path === path)!
    return typeof file.contents === 'string' ? Buffer.byteLength(file.contents) : file.contents.length
  }
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: input.collection.id,
    title: input.collection.title,
    description: input.collection.description,
    created: options.buildDate,
    licenses: [{name: 'other-closed', title: input.collection.rights}],
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
