/** The dataset validates against its own published schemas (with ajv) and is deterministic. */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import {buildCorpus, schemaVocabulary} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {render} from '../src/index.js'
import {assets} from './assets.js'

const sourcesDir = path.join(import.meta.dirname, '../../../sources')
const read = (name: string) => ({
  path: name,
  bytes: new Uint8Array(readFileSync(path.join(sourcesDir, name))),
  meta: null
})
const corpus = buildCorpus({
  sources: [read('000_388b1c817c432ae6.txt'), read('002_63918c13af0e94a2.txt')],
  collection: {path: 'collection.yaml', text: readFileSync(path.join(sourcesDir, 'collection.yaml'), 'utf8')}
})
const options = {buildDate: '2024-05-22T00:00:00.000Z', paper: 'a4' as const, attachments: [], assets}
const files = await render(corpus, options)
const file = (name: string) => {
  const found = files.find((f) => f.path === name)
  if (!found) throw new Error(`missing ${name}`)
  return String(found.contents)
}
const ajv = new Ajv2020({allErrors: true, strict: true})
addFormats.default(ajv)
ajv.addVocabulary(schemaVocabulary)
const validatePublications = ajv.compile(JSON.parse(file('schema/publications.schema.json')))

describe('render (dataset)', () => {
  it('writes every file the data package lists', () => {
    const descriptor = JSON.parse(file('datapackage.json')) as {resources: Array<{path: string; bytes?: number}>}
    for (const resource of descriptor.resources) {
      const found = files.find((f) => f.path === resource.path)
      expect(found, resource.path).toBeDefined()
      if (resource.bytes !== undefined) expect(Buffer.byteLength(found!.contents)).toBe(resource.bytes)
    }
  })
  it('publications.json validates against publications.schema.json', () => {
    const validate = validatePublications
    const data = JSON.parse(file('publications.json'))
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true)
    expect(data.publications.map((p: {qa: unknown[]}) => p.qa.length)).toEqual([11, 5])
  })
  it('every qa.jsonl line validates against qa-row.schema.json', () => {
    const validate = ajv.compile(JSON.parse(file('schema/qa-row.schema.json')))
    const rows = file('qa.jsonl')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(rows).toHaveLength(16)
    for (const row of rows) expect(validate(row), JSON.stringify(validate.errors)).toBe(true)
  })
  it('qa.csv has the table schema columns and one row per question', () => {
    const table = JSON.parse(file('schema/qa.tableschema.json')) as {fields: Array<{name: string}>}
    const csv = file('qa.csv')
    expect(csv.split('\n')[0]).toBe(table.fields.map((f) => f.name).join(','))
    expect(csv).toContain('2017-07-pakistan-russia-bilateral-relations-comprehensive-review-by-russian-analyst,')
  })
  it('rejects a record that breaks the schema (the schema is not vacuous)', () => {
    const validate = validatePublications
    const data = JSON.parse(file('publications.json'))
    data.publications[0].kind = 'podcast'
    expect(validate(data)).toBe(false)
  })
  it('gives byte-identical files for the same model', async () => {
    const again = await render(corpus, options)
    expect(again).toEqual(files)
  })
})
