/**
 * `dossier.sqlite` (issue 24) read with the `sqlite3` command-line tool: sound (integrity and
 * foreign key checks), the tables, keys and indexes core's `sqliteTables` declares, one row per
 * question and answer paragraph in `turns`, one per source line in `ledger`, people shared across
 * publications, and byte-identical when made again.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {sqliteTables} from '@dossier/core'
import {afterAll, describe, expect, it} from 'vitest'
import {render} from '../src/index.js'
import {corpus, files, options} from './collection.js'

const bytes = files.find((file) => file.path === 'dossier.sqlite')!.contents as Uint8Array
const folder = mkdtempSync(path.join(tmpdir(), 'dossier-sqlite-'))
const database = path.join(folder, 'dossier.sqlite')
writeFileSync(database, bytes)
afterAll(() => rmSync(folder, {recursive: true, force: true}))

/** The rows a query returns, as objects (`sqlite3 -json`). */
const query = <Row = Record<string, unknown>>(sql: string): Row[] => {
  const out = String(execFileSync('sqlite3', ['-json', '-bail', database, sql])).trim()
  return out ? (JSON.parse(out) as Row[]) : []
}
const jsonl = String(files.find((file) => file.path === 'qa.jsonl')!.contents)
  .trimEnd()
  .split('\n')
  .map((line) => JSON.parse(line) as {publicationId: string; questionNumber: number; answer: string[]})
const records = JSON.parse(String(files.find((file) => file.path === 'publications.json')!.contents)) as {
  publications: Array<{id: string; removed: Array<{line: number; reason: string}>}>
}

describe('dossier.sqlite', () => {
  it('passes SQLite’s integrity and foreign key checks', () => {
    expect(query('PRAGMA integrity_check')).toEqual([{integrity_check: 'ok'}])
    expect(query('PRAGMA foreign_key_check')).toEqual([])
  })

  it('has the tables, columns, declared foreign keys and indexes of sqliteTables', () => {
    const tables = query<{name: string}>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
    )
    expect(tables.map((t) => t.name)).toEqual(sqliteTables.map((t) => t.name))
    for (const table of sqliteTables) {
      const columns = query<{name: string; pk: number}>(`PRAGMA table_info("${table.name}")`)
      expect(columns.map((c) => c.name)).toEqual(table.columns.map((c) => c.name))
      const keys = query<{from: string; table: string; to: string}>(`PRAGMA foreign_key_list("${table.name}")`)
      expect(keys.map((k) => `${k.from}→${k.table}.${k.to}`).sort()).toEqual(
        table.columns
          .flatMap((c) =>
            'references' in c && c.references ? [`${c.name}→${c.references.table}.${c.references.column}`] : []
          )
          .sort()
      )
      const indexes = query<{name: string}>(`PRAGMA index_list("${table.name}")`).map((i) => i.name)
      for (const columns of table.indexes) expect(indexes).toContain(`${table.name}_${columns.join('_')}`)
    }
  })

  it('has one turn per question and per answer paragraph, numbered in order', () => {
    expect(query("SELECT COUNT(*) AS n FROM turns WHERE role = 'asker'")).toEqual([{n: jsonl.length}])
    const paragraphs = jsonl.reduce((sum, row) => sum + row.answer.length, 0)
    expect(query("SELECT COUNT(*) AS n FROM turns WHERE role = 'answerer'")).toEqual([{n: paragraphs}])
    const gaps = query('SELECT publicationId, COUNT(*) AS n, MAX(position) AS last FROM turns GROUP BY publicationId')
    for (const row of gaps) expect(row['n']).toBe(row['last'])
  })

  it('counts the words of a Chinese answer paragraph in words, not as one word', () => {
    const [turn] = query<{text: string; words: number}>(
      "SELECT text, words FROM turns WHERE lang = 'zh' AND role = 'answerer' ORDER BY position LIMIT 1"
    )
    expect(turn!.text).toMatch(/^因为我看到太多女孩子/)
    expect(turn!.words).toBeGreaterThan(10)
    expect(turn!.words).toBeLessThan(turn!.text.length)
  })

  it('names the speaker of a labelled turn and links it to the person', () => {
    const rows = query(
      "SELECT speaker, people.name AS person FROM turns LEFT JOIN people ON people.id = speakerId WHERE publicationId LIKE '%press-conference%' AND paragraph = 1 ORDER BY position LIMIT 2"
    )
    expect(rows).toEqual([
      {speaker: 'Anna Weber', person: 'Anna Weber'},
      {speaker: 'Minister Okafor', person: 'Minister Okafor'}
    ])
  })

  it('keeps one row per person across publications, linked to each with its role', () => {
    const rows = query(
      "SELECT publicationId, role FROM publicationPeople JOIN people ON people.id = personId WHERE people.name = 'Andrew Korybko' ORDER BY publicationId"
    )
    expect(rows.map((row) => row['role'])).toEqual(['interviewee', 'interviewee'])
    expect(query("SELECT COUNT(*) AS n FROM people WHERE name = 'Andrew Korybko'")).toEqual([{n: 1}])
  })

  it('lists every source line in the ledger, the removed ones with the reason publications.json gives', () => {
    for (const record of records.publications) {
      const removed = query<{line: number; reason: string}>(
        `SELECT line, reason FROM ledger WHERE publicationId = '${record.id}' AND reason IS NOT NULL ORDER BY line`
      )
      // One row a line: a line with two removed parts gives the last one's reason.
      const byLine = new Map(record.removed.map(({line, reason}) => [line, {line, reason}]))
      expect(removed).toEqual([...byLine.values()].sort((a, b) => a.line - b.line))
      const [wholly] = query<{n: number}>(
        `SELECT COUNT(*) AS n FROM ledger WHERE publicationId = '${record.id}' AND role = 'removed' AND reason IS NULL`
      )
      expect(wholly!.n).toBe(0)
      const [lines] = query<{n: number; last: number}>(
        `SELECT COUNT(*) AS n, MAX(line) AS last FROM ledger WHERE publicationId = '${record.id}'`
      )
      expect(lines!.n).toBe(lines!.last)
    }
  })

  it('is made by the patched sql.js, whose file system grows a file by half, not by an eighth', () => {
    // patches/sql.js@1.17.0.patch (see pnpm-workspace.yaml): growing the database file 12.5 % at a
    // time copied it whole some 25 times for 19 MB. The bytes of the file are the same either way.
    const source = readFileSync(createRequire(import.meta.url).resolve('sql.js'), 'utf8')
    expect(source).toContain('m<1048576?2:1.5')
    expect(source).not.toContain('m<1048576?2:1.125')
  })

  it('is byte-identical when made again from the same sources', async () => {
    const again = await render(corpus, options)
    const copy = again.find((file) => file.path === 'dossier.sqlite')!.contents as Uint8Array
    expect(Buffer.from(copy).equals(Buffer.from(bytes))).toBe(true)
  })
})
