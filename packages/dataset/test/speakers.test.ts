/**
 * Who asked and who answered (issue 22): `asker` and `answerer` on every question of
 * `publications.json`, every line of `qa.jsonl` and every row of `qa.csv`, under the same names,
 * null (an empty cell) where the source printed no label; the schemas document and validate them.
 * Fixtures: core's press conferences with two answerers, in French and in Persian, and an
 * interview without labels. The rows are a golden file.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {buildCorpus, type SourceInput, schemaVocabulary} from '@dossier/core'
import {Ajv2020} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import {describe, expect, it} from 'vitest'
import {render} from '../src/index.js'
import {assets} from './assets.js'
import {parseCsv} from './csv.js'

const fixture = (name: string): SourceInput => ({
  path: `${name}.txt`,
  bytes: new Uint8Array(
    readFileSync(fileURLToPath(new URL(`../../core/test/fixtures/${name}/input.txt`, import.meta.url)))
  ),
  meta: null
})
const corpus = buildCorpus({
  sources: [
    fixture('press-conference-two-answerers'),
    fixture('press-conference-french-colon'),
    fixture('press-conference-persian-speakers'),
    fixture('qa-prefixes')
  ],
  collection: null
})
const files = await render(corpus, {buildDate: '2024-05-22T00:00:00.000Z', paper: 'a4', attachments: [], assets})
const file = (name: string) => String(files.find((f) => f.path === name)!.contents)
const ajv = new Ajv2020({allErrors: true, strict: true})
addFormats.default(ajv)
ajv.addVocabulary(schemaVocabulary)
type Row = {publicationId: string; questionId: string; asker: string | null; answerer: string | null}
const rows = file('qa.jsonl')
  .trimEnd()
  .split('\n')
  .map((line) => JSON.parse(line) as Row)
const data = JSON.parse(file('publications.json')) as {
  publications: Array<{source: {path: string}; qa: Array<{asker: string | null; answerer: string | null}>}>
}
const qaOf = (path: string) => data.publications.find((p) => p.source.path === path)!.qa

describe('render (dataset) with speaker labels', () => {
  it('gives each question of publications.json its asker and answerer, null without a label', () => {
    expect(qaOf('press-conference-two-answerers.txt').map((q) => [q.asker, q.answerer])).toEqual([
      ['Anna Weber', 'Minister Okafor'],
      ['Luis Moreno', 'Minister Lindqvist'],
      ['Anna Weber', 'Minister Okafor'],
      ['Luis Moreno', 'Minister Lindqvist']
    ])
    expect(qaOf('press-conference-french-colon.txt')[0]).toMatchObject({
      asker: 'Claire Martin',
      answerer: 'Marc Fesneau'
    })
    expect(qaOf('press-conference-persian-speakers.txt')[0]).toMatchObject({answerer: 'ناصر کنعانی'})
    expect(qaOf('qa-prefixes.txt').every((q) => q.asker === null && q.answerer === null)).toBe(true)
  })

  it('validates against the schemas, which document both fields and reject an empty name', () => {
    const publications = ajv.compile(JSON.parse(file('schema/publications.schema.json')))
    expect(publications(data) ? [] : publications.errors).toEqual([])
    const row = ajv.compile(JSON.parse(file('schema/qa-row.schema.json')))
    for (const line of rows) expect(row(line) ? [] : row.errors).toEqual([])
    expect(row({...rows[0], answerer: ''})).toBe(false)
    const schema = JSON.parse(file('schema/qa-row.schema.json')) as {
      required: string[]
      properties: Record<string, {description?: string}>
    }
    expect(schema.required).toEqual(expect.arrayContaining(['asker', 'answerer']))
    expect(schema.properties['answerer']!.description).toMatch(/^Who answered, as the source labelled the turn/)
  })

  it('writes the same speakers in qa.jsonl and qa.csv, an empty cell where there is no label', () => {
    const table = JSON.parse(file('schema/qa.tableschema.json')) as {fields: Array<{name: string}>}
    const names = table.fields.map((field) => field.name)
    expect(names).toEqual(expect.arrayContaining(['asker', 'answerer']))
    const [header, ...records] = parseCsv(file('qa.csv'))
    expect(header).toEqual(names)
    const column = (name: string) => names.indexOf(name)
    expect(records.map((record) => [record[column('asker')], record[column('answerer')]])).toEqual(
      rows.map((row) => [row.asker ?? '', row.answerer ?? ''])
    )
  })

  it('writes the rows’ speakers as reviewed in golden/speakers.qa.txt', async () => {
    const lines = rows.map(
      (row) => `${row.publicationId.slice(0, 32)} ${row.questionId}: ${row.asker} → ${row.answerer}`
    )
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./golden/speakers.qa.txt')
  })
})
