/**
 * The headline decided last (decided-title.ts; MISSES.md "furniture above the headline wins the
 * title"): after every step, the role decoder with the ledger's votes may replace the rules'
 * headline by a line it reads as the headline — only when it doubts the rules' choice, reads its
 * own line as the headline clearly, and that line is not a teaser of a paragraph. The line that was
 * the title stays in the ledger, removed with the reason.
 */
import {describe, expect, it} from 'vitest'
import {normalizeSource, type RoleModel} from '../src/index.js'
import {handModel} from './helpers/role-model.js'

/**
 * A votes model: a line the rules called the title reads as furniture, a line without end
 * punctuation as a headline, a sentence as body text.
 */
const doubting = (): RoleModel =>
  handModel({'rule.title': {removed: 6}, 'end.none': {title: 3}, 'end.sentence': {body: 6}})
/** The same, but the rules' title is a likely headline too (a headline with its standfirst). */
const agreeing = (): RoleModel => handModel({'end.none': {title: 3}, 'end.sentence': {body: 6}})
const none: RoleModel = {weights: {}, bias: [], transitions: [], start: []}

const sentence = 'The harbour board met on a grey morning and spent most of it on the ferry timetable.'
const prose = (n: number) => `${sentence} ${sentence} Point ${n} came last, and nobody liked it. ${sentence}`
const source = (lines: string[]) => ({
  path: 'page.txt',
  bytes: new TextEncoder().encode(lines.join('\n\n')),
  meta: null
})

function read(lines: string[], voteRoleModel: RoleModel) {
  const result = normalizeSource(source(lines), {lang: 'en', voteRoleModel})
  if (!result.ok) throw new Error('not normalized')
  return result.publication
}

describe('the headline decided last', () => {
  const blog = ['The harbour blog of Ana Ruiz', 'Ferry strike ends after nine days', prose(1), prose(2)]

  it('the rules alone take a blog name printed above the headline', () => {
    expect(read(blog, none).title.text).toBe('The harbour blog of Ana Ruiz')
  })

  it('gives the title to the line the decoder reads as the headline, and lists the blog name as removed with the reason', () => {
    const p = read(blog, doubting())
    expect(p.title.text).toBe('Ferry strike ends after nine days')
    expect(p.lines.slice(0, 3)).toEqual(['removed', 'blank', 'title'])
    const removed = p.removed.find((r) => r.line === 1)
    expect(removed?.rule).toBe('chrome/decoded-title')
    expect(removed?.reason).toMatch(/the line the role decoder reads as the headline is 3/)
    expect(p.inference.title).toMatch(/role decoder/)
    expect(p.body.map((b) => b.text)).toEqual([prose(1), prose(2)])
  })

  it('takes a tag line the rules read as the headline out of the title', () => {
    const p = read(['Posted in Harbour, Ferries', 'Ferry strike ends after nine days', prose(1), prose(2)], doubting())
    expect(p.title.text).toBe('Ferry strike ends after nine days')
  })

  it('keeps the rules’ headline when the decoder finds it a likely headline too', () => {
    expect(read(blog, agreeing()).title.text).toBe('The harbour blog of Ana Ruiz')
  })

  it('never takes a teaser that repeats the opening of a paragraph', () => {
    const teaser = 'The harbour board met on a grey morning'
    expect(read(['The harbour blog of Ana Ruiz', teaser, prose(1), prose(2)], doubting()).title.text).toBe(
      'The harbour blog of Ana Ruiz'
    )
  })

  it('never takes a line below the first question', () => {
    const p = read(
      [
        'The harbour blog of Ana Ruiz',
        'Q: Why did the ferry stop?',
        'A: The gearbox failed in December and the new one has not arrived.',
        'Gearbox news from the yard',
        'Q: When will it run again?',
        'A: Before Easter, if the part comes in time.'
      ],
      doubting()
    )
    expect(p.removed.some((r) => r.rule === 'chrome/decoded-title')).toBe(false)
  })
})
