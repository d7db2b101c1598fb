/**
 * The rows of the dataset's SQLite tables (issue 24), computed in core: people and outlet ids, who
 * spoke each turn, one row per question and answer paragraph, one ledger row per source line.
 */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {entityId, normalizeSource, type Publication, sqliteTables, toTableRows} from '../src/index.js'
import {readFixture} from './helpers/read-fixture.js'

const fixture = (name: string): Publication => {
  const result = normalizeSource(readFixture(path.join(import.meta.dirname, 'fixtures', name)))
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '))
  return result.publication
}
/** A table's rows as objects keyed by column name. */
const rowsOf = (publication: Publication, table: 'turns' | 'ledger') => {
  const columns = sqliteTables.find((t) => t.name === table)!.columns.map((c) => c.name)
  return toTableRows(publication)[table].map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])))
}

describe('entityId', () => {
  it("gives one id, the person page's slug, to a name in another case, spacing or Unicode form, and another to another spelling", () => {
    expect(entityId('Andrew  Korybko')).toBe(entityId('andrew korybko'))
    expect(entityId('Ｏｋａｆｏｒ')).toBe(entityId('Okafor'))
    expect(entityId('A. Korybko')).not.toBe(entityId('Andrew Korybko'))
    expect(entityId('Андрей Корыбко')).not.toBe(entityId('Andrey Korybko'))
    // The slug of the person's page on the site (core's people index), so the dataset and the site agree.
    expect(entityId('Andrew Korybko')).toBe('andrew-korybko')
    expect(entityId('张桂梅')).toMatch(/^name--[0-9a-f]{12}$/)
  })
})

describe('toTableRows', () => {
  const press = fixture('press-conference-two-answerers')

  it('gives a question one row and each answer paragraph one, positions in order', () => {
    const turns = rowsOf(press, 'turns')
    expect(turns.slice(0, 3).map((t) => [t['position'], t['questionId'], t['role'], t['paragraph']])).toEqual([
      [1, 'q1', 'asker', 1],
      [2, 'q1', 'answerer', 1],
      [3, 'q1', 'answerer', 2]
    ])
    expect(turns).toHaveLength(press.qa.length + press.qa.reduce((sum, q) => sum + q.answer.length, 0))
  })

  it('links a labelled speaker to the person the label names', () => {
    const turns = rowsOf(press, 'turns')
    expect(turns[0]).toMatchObject({speaker: 'Anna Weber', speakerId: entityId('Anna Weber')})
    expect(turns[1]).toMatchObject({speaker: 'Minister Okafor', speakerId: entityId('Minister Okafor')})
  })

  it('gives an unlabelled answer to the only interviewee, and no one when there are two', () => {
    const chinese = rowsOf(fixture('chinese-question-answer-marks'), 'turns')
    expect(chinese.find((t) => t['role'] === 'answerer')).toMatchObject({speaker: null, speakerId: entityId('张桂梅')})
    const unlabelled = {...press, qa: press.qa.map((q) => ({...q, asker: null, answerer: null}))}
    expect(rowsOf(unlabelled, 'turns').every((t) => t['speakerId'] === null)).toBe(true)
  })

  it('has one ledger row per source line, the removed ones with their reason and rule', () => {
    const ledger = rowsOf(press, 'ledger')
    expect(ledger.map((row) => row['line'])).toEqual(press.lines.map((_, index) => index + 1))
    for (const removed of press.removed.filter((r) => press.lines[r.line - 1] === 'removed'))
      expect(ledger[removed.line - 1]).toMatchObject({role: 'removed', reason: removed.reason, rule: removed.rule})
    // A line partly removed (what a speaker label says in brackets) keeps the role of what remains.
    const partly = press.removed.filter((r) => press.lines[r.line - 1] !== 'removed')
    for (const removed of partly) expect(ledger[removed.line - 1]?.['role']).toBe(press.lines[removed.line - 1])
  })
})
