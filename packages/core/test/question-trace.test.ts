/**
 * A question's trace (issue 24, "Trace"): the source lines its turn came from, by role, with the
 * removed lines' text and reasons, read from the ledger.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {type LineRole, normalizeSource, type QA, questionTraces} from '../src/index.js'

const turn = (id: string, line: number) => ({id, line}) as QA

describe('questionTraces', () => {
  it('runs from each question to the next, leaves blanks out, keeps each removed line with its reason', () => {
    const lines: LineRole[] = [
      'title',
      'blank',
      'question',
      'blank',
      'answer',
      'answer',
      'blank',
      'removed',
      'answer',
      'question',
      'answer',
      'blank',
      'about',
      'about'
    ]
    const traces = questionTraces({
      qa: [turn('q1', 3), turn('q2', 10)],
      lines,
      removed: [{line: 8, text: 'Read more: elsewhere', reason: '"Read more" link', rule: 'chrome/read-more'}]
    })
    expect(traces).toEqual([
      {
        id: 'q1',
        from: 3,
        to: 9,
        spans: [
          {from: 3, to: 3, role: 'question'},
          {from: 5, to: 6, role: 'answer'},
          {
            from: 8,
            to: 8,
            role: 'removed',
            removed: {text: 'Read more: elsewhere', reason: '"Read more" link', rule: 'chrome/read-more'}
          },
          {from: 9, to: 9, role: 'answer'}
        ]
      },
      // The last turn stops where the about section starts.
      {
        id: 'q2',
        from: 10,
        to: 11,
        spans: [
          {from: 10, to: 10, role: 'question'},
          {from: 11, to: 11, role: 'answer'}
        ]
      }
    ])
  })

  it('covers every line of the seed interview from its first question to its last answer', () => {
    const file = '002_63918c13af0e94a2.txt'
    const bytes = readFileSync(path.join(import.meta.dirname, '../../../sources', file))
    const result = normalizeSource({path: file, bytes, meta: null})
    if (!result.ok) throw new Error('the seed did not normalize')
    const {publication} = result
    const traces = questionTraces(publication)
    expect(traces.map((trace) => trace.id)).toEqual(publication.qa.map((qa) => qa.id))
    // Every answer block starts on a line its trace names as an answer line.
    publication.qa.forEach((qa, index) => {
      const answerLines = traces[index]!.spans.filter((s) => s.role === 'answer')
      for (const block of qa.answer)
        expect(
          answerLines.some((s) => s.from <= block.line! && block.line! <= s.to),
          `${qa.id} line ${block.line}`
        ).toBe(true)
    })
    // The "Read more" line inside the first answer is there, struck with its reason.
    const removed = traces.flatMap((trace) => trace.spans.filter((s) => s.removed))
    expect(removed.map((s) => s.removed!.text)).toContain(
      publication.removed.find((line) => line.rule.includes('read-more'))!.text
    )
  })
})
