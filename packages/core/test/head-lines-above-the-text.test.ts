/**
 * An article's head as the role decoder reads it (decoded-head.ts; MISSES.md "date and byline
 * lines in unlisted shapes", "furniture above the headline survives"): short unclaimed lines above
 * the first paragraph of prose that the decoder reads as not text leave the body — a date line
 * dates the piece, a byline stays a byline, anything else is removed with a reason; a short first
 * paragraph the decoder reads as text, and the head of an interview, are left alone.
 */
import {describe, expect, it} from 'vitest'
import {normalizeSource, type RoleModel} from '../src/index.js'
import {handModel} from './helpers/role-model.js'

/**
 * A model that calls a line with a clock a date line, one in lower case a byline, one without end
 * punctuation furniture or else a headline (neither alone as sure as chrome/decoded needs), a
 * long one text.
 */
function headModel(): RoleModel {
  return handModel({
    'has.clock': {date: 8},
    'case.lowerStart': {byline: 8},
    'end.none': {removed: 4, title: 3.6},
    'end.sentence': {body: 2},
    'len.3': {body: 6},
    'len.4': {body: 6},
    'pos.first': {title: 10}
  })
}

const source = (text: string) => ({path: 'page.txt', bytes: new TextEncoder().encode(text), meta: null})
const sentence = 'The harbour board met on a grey morning and spent most of it on the ferry timetable.'
/** A paragraph of prose (over 20 words: the article's text starts there). */
const prose = (n: number) => `${sentence} ${sentence} Point ${n} came last, and nobody liked it. ${sentence}`

function read(lines: string[]) {
  const result = normalizeSource(source(lines.join('\n\n')), {lang: 'en', roleModel: headModel()})
  if (!result.ok) throw new Error('not normalized')
  return result.publication
}

describe('the head of an article above the text', () => {
  it('removes a section label and a tagline the decoder reads as furniture, naming the rule', () => {
    const p = read(['Ferries return to the north pier', 'Own articles and recommended', prose(1), prose(2)])
    expect(p.body.map((b) => b.text)).toEqual([prose(1), prose(2)])
    expect(p.removed.find((r) => r.text === 'Own articles and recommended')?.rule).toBe('chrome/decoded-head')
  })

  it('reads a date line no pattern knows as the date line, and dates the piece with it when it can', () => {
    const p = read(['Ferries return to the north pier', 'Filed 14/05/2024 at 18:02', prose(1), prose(2)])
    expect(p.body.map((b) => b.text)).toEqual([prose(1), prose(2)])
    expect(p.date?.value).toBe('2024-05-14')
    expect(p.lines[2]).toBe('date')
  })

  it('keeps a byline it cannot read names in as a byline, out of the body', () => {
    const p = read(['Ferries return to the north pier', 'the desk, harbour bureau', prose(1), prose(2)])
    expect(p.body.map((b) => b.text)).toEqual([prose(1), prose(2)])
    expect(p.lines[2]).toBe('byline')
  })

  it('keeps a short first paragraph the decoder reads as text', () => {
    const first = 'Nobody came to the first meeting.'
    const p = read(['Ferries return to the north pier', first, prose(1), prose(2)])
    expect(p.body[0]?.text).toBe(first)
  })

  it('leaves the head of an interview alone', () => {
    const p = read([
      'Ferries return to the north pier',
      'Own articles and recommended',
      'Q: Why did the ferry stop?',
      'A: The gearbox failed in December and the new one has not arrived.',
      'Q: When will it run again?',
      'A: Before Easter, if the part comes in time.'
    ])
    expect(p.removed.some((r) => r.rule === 'chrome/decoded-head')).toBe(false)
  })
})
