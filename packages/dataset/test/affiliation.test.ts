/**
 * Who asked, and for whom (issue 22): what a speaker label says in brackets ("Luis Moreno (El País):",
 * "Reporter (Reuters):", "Q (Tass):", "Minister Okafor (Transport):") is in every file of the
 * dataset — `askerAffiliation`, `answererAffiliation` and each turn's `affiliation` in
 * `publications.json` and `qa.jsonl`, the same columns in `qa.csv`, the `affiliation` of each row of
 * the SQLite `turns` table — and both schemas validate it; it is no longer a part of the line the
 * ledger lists as removed. Fixtures: core's press conference where two ministers answer, the
 * briefing with "Reporter (…)" labels, and a briefing with "Q (Tass):". The qa rows are compared
 * with a reviewed golden file, read, never written here.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildCorpus, schemaVocabulary, type SourceInput} from '@dossier/core'
import {Ajv2020} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import {afterAll, describe, expect, it} from 'vitest'
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
const briefing = [
  'Press briefing by the spokesperson, 4 May 2024',
  'The spokesperson took questions from the press.',
  'Reporter (Reuters): Will the talks resume next week?',
  'Spokesperson: They will resume on Tuesday in Geneva.',
  'Q (Tass): Who will lead the delegation?',
  'Spokesperson: The deputy minister will lead it.',
  'Journalist (AFP): Is a joint statement planned?',
  'Minister Okafor (Transport): Not at this stage.'
].join('\n\n')
const corpus = buildCorpus({
  sources: [
    fixture('press-conference-two-answer-one-question'),
    fixture('press-conference-reporter-labels'),
    {path: 'briefing.txt', bytes: new TextEncoder().encode(briefing), meta: null}
  ],
  collection: null
})
const files = await render(corpus, {buildDate: '2025-03-12T00:00:00.000Z', paper: 'a4', attachments: [], assets})
const file = (name: string) => files.find((f) => f.path === name)!.contents
const text = (name: string) => String(file(name))

type Turn = {speaker: string | null; affiliation: string | null; paragraphs: number}
type Row = {
  publicationId: string
  questionId: string
  asker: string | null
  askerAffiliation: string | null
  answerer: string | null
  answererAffiliation: string | null
  turns: Turn[]
}
const rows = text('qa.jsonl')
  .trimEnd()
  .split('\n')
  .map((line) => JSON.parse(line) as Row)
const data = JSON.parse(text('publications.json')) as {
  publications: Array<{id: string; qa: Array<Row & {id: string}>; removed: Array<{rule: string}>}>
}
const ajv = new Ajv2020({allErrors: true, strict: true})
addFormats.default(ajv)
ajv.addVocabulary(schemaVocabulary)

const folder = mkdtempSync(path.join(tmpdir(), 'dossier-affiliation-'))
const database = path.join(folder, 'dossier.sqlite')
writeFileSync(database, file('dossier.sqlite') as Uint8Array)
afterAll(() => rmSync(folder, {recursive: true, force: true}))

/** A speaker and what their label says in brackets, as one golden line prints them. */
const who = (name: string | null, affiliation: string | null) =>
  `${name ?? '-'}${affiliation ? ` [${affiliation}]` : ''}`

describe('render (dataset) where reporters ask for their outlets', () => {
  it('gives every line of qa.jsonl the asker’s and each turn’s affiliation, as reviewed in golden/affiliation.qa.txt', () => {
    const lines = rows.map(
      (row) =>
        `${row.publicationId.slice(0, 10)} ${row.questionId} ${who(row.asker, row.askerAffiliation)} → ${row.turns
          .map((turn) => who(turn.speaker, turn.affiliation))
          .join(', ')}`
    )
    expect(`${lines.join('\n')}\n`).toBe(readFileSync(new URL('./golden/affiliation.qa.txt', import.meta.url), 'utf8'))
    for (const row of rows) expect(row.answererAffiliation).toBe(row.turns[0]!.affiliation)
  })

  it('gives publications.json the same, both schemas validate it, and the ledger no longer removes it', () => {
    const fields = ({asker, askerAffiliation, answerer, answererAffiliation, turns}: Row) => ({
      asker,
      askerAffiliation,
      answerer,
      answererAffiliation,
      turns
    })
    const records = new Map(data.publications.map((publication) => [publication.id, publication.qa]))
    expect(rows.map((row) => fields(records.get(row.publicationId)!.find((qa) => qa.id === row.questionId)!))).toEqual(
      rows.map(fields)
    )
    const publications = ajv.compile(JSON.parse(text('schema/publications.schema.json')))
    expect(publications(data) ? [] : publications.errors).toEqual([])
    const row = ajv.compile(JSON.parse(text('schema/qa-row.schema.json')))
    for (const line of rows) expect(row(line) ? [] : row.errors).toEqual([])
    // An affiliation is a name or null, never an empty string; each turn has one.
    expect(row({...rows[0], askerAffiliation: ''})).toBe(false)
    expect(row({...rows[0], turns: [{speaker: 'A', paragraphs: 1}]})).toBe(false)
    const rules = data.publications.flatMap((publication) => publication.removed.map((entry) => entry.rule))
    expect(rules).not.toContain('structure/label-affiliation')
  })

  it('writes the same columns in qa.csv, as its Table Schema declares', () => {
    const table = JSON.parse(text('schema/qa.tableschema.json')) as {fields: Array<{name: string}>}
    const names = table.fields.map((field) => field.name)
    expect(names.slice(names.indexOf('asker'), names.indexOf('answer'))).toEqual([
      'asker',
      'askerAffiliation',
      'question',
      'answerer',
      'answererAffiliation'
    ])
    const [header, ...records] = parseCsv(text('qa.csv'))
    expect(header).toEqual(names)
    const column = (name: string) => records.map((record) => record[header!.indexOf(name)] || null)
    expect(column('askerAffiliation')).toEqual(rows.map((row) => row.askerAffiliation))
    expect(column('answererAffiliation')).toEqual(rows.map((row) => row.answererAffiliation))
    expect(column('turns').map((cell) => JSON.parse(cell!))).toEqual(rows.map((row) => row.turns))
  })

  it('gives each row of the SQLite turns table its speaker’s affiliation', () => {
    const sql =
      "SELECT questionId, role, paragraph, speaker, affiliation FROM turns WHERE publicationId LIKE '2024-05-04-%' ORDER BY position"
    expect(JSON.parse(String(execFileSync('sqlite3', ['-json', database, sql])))).toEqual([
      {questionId: 'q1', role: 'asker', paragraph: 1, speaker: 'Reporter', affiliation: 'Reuters'},
      {questionId: 'q1', role: 'answerer', paragraph: 1, speaker: 'Spokesperson', affiliation: null},
      {questionId: 'q2', role: 'asker', paragraph: 1, speaker: 'Q', affiliation: 'Tass'},
      {questionId: 'q2', role: 'answerer', paragraph: 1, speaker: 'Spokesperson', affiliation: null},
      {questionId: 'q3', role: 'asker', paragraph: 1, speaker: 'Journalist', affiliation: 'AFP'},
      {questionId: 'q3', role: 'answerer', paragraph: 1, speaker: 'Minister Okafor', affiliation: 'Transport'}
    ])
  })
})
