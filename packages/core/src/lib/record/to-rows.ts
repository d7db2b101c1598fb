/**
 * One publication as rows: its lines of `qa.jsonl` / `qa.csv` and its rows of each SQLite table
 * (`tables.ts`), in the tables' column order. Computed here, once, in core; the dataset renderer
 * keeps them in the publication's part and only serializes them.
 */
import {answerTurns} from '../model/answer-turns.js'
import {questionsFromPress, recordRoleOf} from '../presentation/byline.js'
import type {Collection, Person, Publication} from '../model/publication.js'
import {countWords} from '../text/stats.js'
import {speakerName} from '../text/speaker-name.js'
import {normalizeName, outletId, personId} from './entity-ids.js'
import {sqliteTables, type TableName} from './tables.js'
import {answererAffiliationOf, prose, texts, turnsOf} from './to-record.js'

/** A value of an SQLite column. */
export type CellValue = string | number | null

/** One line of `qa.jsonl` and one row of `qa.csv` (`qaRowSchema`, `qaTableSchema`). */
export interface QaRow {
  publicationId: string
  publicationTitle: string
  publicationDate: string | null
  publicationLang: string
  questionId: string
  questionNumber: number
  asker: string | null
  /** What the asker's label says in brackets (`QA.askerAffiliation`). */
  askerAffiliation: string | null
  question: string
  answerer: string | null
  /** What the first answerer's label says in brackets (the first turn's `affiliation`). */
  answererAffiliation: string | null
  answer: string[]
  /** Who spoke each turn of the answer, their label's affiliation and how many of its paragraphs (`turnsOf`). */
  turns: Array<{speaker: string | null; affiliation: string | null; paragraphs: number}>
}

/** A publication's rows of every table but `collection`, each row in its table's column order. */
export type TableRows = Record<Exclude<TableName, 'collection'>, CellValue[][]>

/** The qa rows of one publication. */
export function toQaRows(publication: Publication): QaRow[] {
  return publication.qa.map((q) => ({
    publicationId: publication.id,
    publicationTitle: publication.title.text,
    publicationDate: publication.date?.value ?? null,
    publicationLang: publication.lang,
    questionId: q.id,
    questionNumber: q.number,
    asker: speakerName(q.asker),
    askerAffiliation: q.askerAffiliation,
    question: q.question.text,
    answerer: speakerName(q.answerer),
    answererAffiliation: answererAffiliationOf(q),
    answer: texts(q.answer),
    turns: turnsOf(q)
  }))
}

/** The rows one publication adds to the SQLite tables. */
export function toTableRows(p: Publication): TableRows {
  const rows: TableRows = {
    publications: [],
    people: [],
    outlets: [],
    publicationPeople: [],
    publicationOutlets: [],
    turns: [],
    ledger: []
  }
  const add = (table: keyof TableRows, values: Record<string, CellValue>) => rows[table].push(inOrder(table, values))
  add('publications', {
    id: p.id,
    kind: p.kind,
    title: p.title.text,
    subtitle: p.subtitle?.text ?? null,
    date: p.date?.value ?? null,
    datePrecision: p.date?.precision ?? null,
    dateSource: p.date?.source ?? null,
    lang: p.lang,
    url: p.url,
    truncated: p.truncated ? 1 : 0,
    words: p.stats.words,
    readingMinutes: p.stats.readingMinutes,
    sourcePath: p.source.path,
    sourceSha256: p.source.sha256,
    sourceBytes: p.source.bytes,
    sourceFormat: p.source.format
  })
  const people = new Set<string>()
  const press = questionsFromPress(p)
  p.people.forEach((person, index) => {
    const id = personId(person.name)
    if (!people.has(id)) add('people', {id, name: person.name})
    people.add(id)
    const {affiliation, source, evidence} = person
    add('publicationPeople', {
      publicationId: p.id,
      position: index + 1,
      personId: id,
      role: recordRoleOf(person, press),
      affiliation,
      source,
      evidence
    })
  })
  const outlets = new Set<string>()
  p.outlets.forEach((outlet, index) => {
    const id = outletId(outlet.name)
    if (!outlets.has(id)) add('outlets', {id, name: outlet.name})
    outlets.add(id)
    const {role, detail, url, source, evidence} = outlet
    add('publicationOutlets', {
      publicationId: p.id,
      position: index + 1,
      outletId: id,
      role,
      detail,
      url,
      source,
      evidence
    })
  })
  let position = 0
  for (const q of p.qa) {
    const turn = {publicationId: p.id, questionId: q.id, questionNumber: q.number}
    const asker = speakerName(q.asker)
    add('turns', {
      ...turn,
      position: ++position,
      role: 'asker',
      paragraph: 1,
      speaker: asker,
      affiliation: q.askerAffiliation,
      speakerId: speakerIdOf(asker, 'interviewer', p.people),
      lang: p.lang,
      text: q.question.text,
      words: countWords(q.question.text)
    })
    // Each speaker's turn of the answer (several in a panel), its paragraphs numbered from 1.
    for (const answer of answerTurns(q)) {
      const speaker = speakerName(answer.speaker)
      const speakerId = speakerIdOf(speaker, 'interviewee', p.people)
      for (const [index, block] of prose(answer.blocks).entries())
        add('turns', {
          ...turn,
          position: ++position,
          role: 'answerer',
          paragraph: index + 1,
          speaker,
          affiliation: answer.affiliation,
          speakerId,
          lang: block.lang ?? p.lang,
          text: block.text,
          words: countWords(block.text)
        })
    }
  }
  const removed = new Map(p.removed.map((r) => [r.line, r]))
  p.lines.forEach((role, index) => {
    // A line partly removed (what a speaker label says in brackets) keeps its role and the reason.
    const gone = removed.get(index + 1)
    add('ledger', {
      publicationId: p.id,
      line: index + 1,
      role,
      reason: gone?.reason ?? null,
      rule: gone?.rule ?? null,
      text: gone?.text ?? null
    })
  })
  return rows
}

/** The one row of the `collection` table. */
export function toCollectionRow(collection: Collection, edition: string): CellValue[] {
  const {id, title, description, publisher, lang, rights, baseUrl} = collection
  return inOrder('collection', {id, title, description, publisher, lang, rights, baseUrl, edition})
}

/**
 * Who spoke a turn, among the publication's people: the one person the label names (the same name,
 * case and spacing aside, or the name after a title: "Minister Okafor" is Okafor), or without a
 * label the only person of the role; null when that is not one person.
 */
function speakerIdOf(label: string | null, role: Person['role'], people: Person[]): string | null {
  const candidates =
    label === null ? people.filter((person) => person.role === role) : people.filter((person) => names(label, person))
  const ids = new Set(candidates.map((person) => personId(person.name)))
  return ids.size === 1 ? [...ids][0]! : null
}

/** Whether a speaker's label is the person's name, or a title followed by it. */
function names(label: string, person: Person): boolean {
  const key = normalizeName(label)
  const name = normalizeName(person.name)
  return key === name || key.endsWith(` ${name}`)
}

/** A row's values in its table's column order; a missing column is a programmer error. */
function inOrder(table: TableName, values: Record<string, CellValue>): CellValue[] {
  const spec = sqliteTables.find((t) => t.name === table)!
  return spec.columns.map((column) => {
    const value = values[column.name]
    if (value === undefined) throw new Error(`Expected a value for ${table}.${column.name}, got none`)
    return value
  })
}
