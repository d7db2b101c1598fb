/**
 * Who answered each turn (issue 22): where two or more people answer one question in turn,
 * `publications.json`, `qa.jsonl`, `qa.csv` and `dossier.sqlite` carry the speaker of every turn of
 * the answer (`turns [{speaker, paragraphs}]`; in SQLite, each answer paragraph's `speaker`), the
 * schemas validate them with ajv. Fixture: core's press conference where two ministers answer one
 * question. The rows' turns are compared with a reviewed golden file, read, never written here.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildCorpus, schemaVocabulary} from '@dossier/core'
import {Ajv2020} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import {afterAll, describe, expect, it} from 'vitest'
import {render} from '../src/index.js'
import {assets} from './assets.js'
import {parseCsv} from './csv.js'

const name = 'press-conference-two-answer-one-question'
const input = fileURLToPath(new URL(`../../core/test/fixtures/${name}/input.txt`, import.meta.url))
const corpus = buildCorpus({
  sources: [{path: `${name}.txt`, bytes: new Uint8Array(readFileSync(input)), meta: null}],
  collection: null
})
const files = await render(corpus, {buildDate: '2025-03-12T00:00:00.000Z', paper: 'a4', attachments: [], assets})
const file = (path: string) => files.find((f) => f.path === path)!.contents
const text = (path: string) => String(file(path))

type Turn = {speaker: string | null; paragraphs: number}
type Row = {questionId: string; asker: string | null; answerer: string | null; answer: string[]; turns: Turn[]}
const rows = text('qa.jsonl')
  .trimEnd()
  .split('\n')
  .map((line) => JSON.parse(line) as Row)
const data = JSON.parse(text('publications.json')) as {publications: Array<{qa: Row[]}>}
const ajv = new Ajv2020({allErrors: true, strict: true})
addFormats.default(ajv)
ajv.addVocabulary(schemaVocabulary)

const folder = mkdtempSync(path.join(tmpdir(), 'dossier-turns-'))
const database = path.join(folder, 'dossier.sqlite')
writeFileSync(database, file('dossier.sqlite') as Uint8Array)
afterAll(() => rmSync(folder, {recursive: true, force: true}))

describe('render (dataset) where two people answer one question', () => {
  it('gives every line of qa.jsonl the speaker of each turn of its answer, as reviewed in golden/answer-turns.qa.txt', () => {
    const lines = rows.map(
      (row) =>
        `${row.questionId} ${row.asker} → ${row.turns.map((turn) => `${turn.speaker} (${turn.paragraphs})`).join(', ')}`
    )
    expect(`${lines.join('\n')}\n`).toBe(readFileSync(new URL('./golden/answer-turns.qa.txt', import.meta.url), 'utf8'))
    // The turns hold the answer's paragraphs, in order; `answerer` is the first turn's speaker.
    for (const row of rows) {
      expect(row.turns.reduce((sum, turn) => sum + turn.paragraphs, 0)).toBe(row.answer.length)
      expect(row.answerer).toBe(row.turns[0]!.speaker)
    }
  })

  it('gives each question of publications.json the same turns, and both schemas validate them', () => {
    expect(data.publications[0]!.qa.map((qa) => qa.turns.length)).toEqual([2, 1, 3, 2])
    expect(data.publications[0]!.qa.map((qa) => qa.turns)).toEqual(rows.map((row) => row.turns))
    const publications = ajv.compile(JSON.parse(text('schema/publications.schema.json')))
    expect(publications(data) ? [] : publications.errors).toEqual([])
    const row = ajv.compile(JSON.parse(text('schema/qa-row.schema.json')))
    for (const line of rows) expect(row(line) ? [] : row.errors).toEqual([])
    // A turn without its speaker field, or with an empty name, is not a turn.
    expect(row({...rows[0], turns: [{paragraphs: 1}]})).toBe(false)
    expect(row({...rows[0], turns: [{speaker: '', paragraphs: 1}]})).toBe(false)
    expect(row({...rows[0], turns: []})).toBe(false)
  })

  it('writes the turns in qa.csv as a JSON array column, as its Table Schema declares', () => {
    const table = JSON.parse(text('schema/qa.tableschema.json')) as {fields: Array<{name: string; type: string}>}
    expect(table.fields.find((field) => field.name === 'turns')).toMatchObject({type: 'array'})
    const [header, ...records] = parseCsv(text('qa.csv'))
    const column = header!.indexOf('turns')
    expect(records.map((record) => JSON.parse(record[column]!))).toEqual(rows.map((row) => row.turns))
  })

  it('gives each answer paragraph of dossier.sqlite its own speaker, each turn’s paragraphs from 1', () => {
    const sql =
      "SELECT paragraph, speaker, speakerId, text FROM turns WHERE questionId = 'q1' AND role = 'answerer' ORDER BY position"
    expect(JSON.parse(String(execFileSync('sqlite3', ['-json', database, sql])))).toEqual([
      {
        paragraph: 1,
        speaker: 'Minister Okafor',
        speakerId: 'minister-okafor',
        text: 'The toll stays for two years. It pays for the maintenance contract.'
      },
      {
        paragraph: 1,
        speaker: 'Minister Lindqvist',
        speakerId: 'minister-lindqvist',
        text: 'We will ask for residents to be exempt from the first month.'
      },
      {
        paragraph: 2,
        speaker: 'Minister Lindqvist',
        speakerId: 'minister-lindqvist',
        text: 'We have written to the ministry this morning.'
      }
    ])
  })
})
