/** The pieces of `pnpm eval` that decide a figure: role comparison and the field of an expectation. */
import {describe, expect, it} from 'vitest'
import {parseRoleLabels} from '@dossier/core'
import {fieldOf, scoreRecords} from '../src/score.mjs'
import {compare} from '../src/sets.mjs'

describe('compare', () => {
  it('scores each labelled line against a reading, a label as the turn it opens, blanks not at all', () => {
    const {roles, unknown} = parseRoleLabels(
      '1\tchrome\n2\theadline\n3\tblank\n4\tlabel\n5\tanswer\n6\tlabel\n7\tfooter\n8\tsidebar\n'
    )
    expect(unknown).toEqual(['8: sidebar'])
    const reading = ['removed', 'intro', 'blank', 'question', 'answer', 'answer', 'answer', 'removed']
    const page = {roles, lines: ['a', 'b', '', 'c', 'd', 'e', 'f', 'g']}
    const counts = Object.fromEntries(compare(page, (i: number) => reading[i]))
    expect(counts.removed).toEqual({expected: 2, predicted: 1, right: 1})
    expect(counts.title).toEqual({expected: 1, predicted: 0, right: 0})
    expect(counts.intro).toEqual({expected: 0, predicted: 1, right: 0})
    expect(counts.question).toEqual({expected: 1, predicted: 1, right: 1})
    // Line 6 (a label read as answer) is right; line 7 (a footer read as answer) is not.
    expect(counts.answer).toEqual({expected: 2, predicted: 3, right: 2})
  })
})

describe('the scorer', () => {
  it('counts every expectation with its field, passes included', () => {
    const expected = {'a.txt': {kind: 'interview', qa: 2, title: 'A title', people: [['Ana Ruiz', 'interviewee']]}}
    const record = {
      source: {path: 'a.txt'},
      kind: 'interview',
      title: 'A title',
      qa: [{question: 'Why?', answer: ['Because.']}],
      people: [{name: 'Ana Ruiz', role: 'interviewee'}]
    }
    const [result] = scoreRecords(expected, [record])
    expect(result!.rows.map((r: {field: string; ok: boolean}) => [r.field, r.ok])).toEqual([
      ['kind', true],
      ['questions', false],
      ['title', true],
      ['people', true]
    ])
    expect(fieldOf('chrome removed: "Share"')).toBe('chrome')
    expect(fieldOf('outlet X (original)')).toBe('outlets')
  })
})
