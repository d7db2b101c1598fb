/**
 * The Frictionless Data Package descriptor (https://datapackage.org/standard/data-package/): every
 * file of the dataset with its format, schema and size.
 */
import type {CollectionJob} from '@dossier/core'

/** A Data Package descriptor listing every file with its schema and size. */
export function dataPackage(job: CollectionJob, bytes: (path: string) => number) {
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
        name: 'dossier-sqlite',
        path: 'dossier.sqlite',
        format: 'sqlite',
        mediatype: 'application/vnd.sqlite3',
        bytes: bytes('dossier.sqlite'),
        description:
          'Every table of the dataset in one SQLite 3 database: publications, people, outlets, their links, turns (one row per question and per answer paragraph) and the ledger of every source line. Tables, keys and columns: CODEBOOK.md.'
      },
      {
        name: 'codebook',
        path: 'CODEBOOK.md',
        format: 'md',
        mediatype: 'text/markdown',
        encoding: 'utf-8',
        description: 'Every field of every file: meaning, type, units and provenance, made from the schemas.'
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
