/**
 * Page furniture below the last paragraph of prose (MISSES.md "template chrome outside the lists"):
 * short lines the role decoder reads as furniture are removed there as above the text, in any
 * wording; a question, a clause the copy cut off and a crosshead between paragraphs stay.
 */
import {describe, expect, it} from 'vitest'
import {normalizeSource, type RoleModel} from '../src/index.js'
import {handModel} from './helpers/role-model.js'

/** A model that calls a line without end punctuation furniture and a long one body text. */
function furnitureModel(): RoleModel {
  return handModel({'end.none': {removed: 4}, 'len.3': {body: 6}, 'len.4': {body: 6}, 'pos.first': {title: 10}})
}

const source = (text: string) => ({path: 'page.txt', bytes: new TextEncoder().encode(text), meta: null})
const sentence = 'The harbour board met on a grey morning and spent most of it on the ferry timetable.'
/** A paragraph of prose, long enough (over 60 words) to end the page's head. */
const prose = (n: number) =>
  `${sentence} ${sentence} Point ${n} came last, and nobody liked it. ${sentence} ${sentence}`

function read(lines: string[]) {
  const result = normalizeSource(source(lines.join('\n\n')), {lang: 'en', roleModel: furnitureModel()})
  if (!result.ok) throw new Error('not normalized')
  return result.publication
}

describe('furniture below the text', () => {
  it('removes short unlisted lines after the last paragraph, each naming the decoder', () => {
    // The last paragraph is short, so the footer rule (a last paragraph of 12 words or more) cannot tell.
    const last = 'Nobody came to the second meeting.'
    const p = read([
      'Ferries return to the north pier',
      prose(1),
      prose(2),
      last,
      'Tell us below »',
      'Tidewatch Weekly'
    ])
    const removed = p.removed.filter((r) => r.rule === 'chrome/decoded').map((r) => r.text)
    expect(removed).toEqual(['Tell us below »', 'Tidewatch Weekly'])
    expect(p.body.map((b) => b.text).at(-1)).toBe(last)
  })

  it('keeps a clause the copy cut off, and a last line that asks', () => {
    const p = read([
      'Ferries return to the north pier',
      prose(1),
      prose(2),
      'When the second boat came in, the crew said'
    ])
    expect(p.body.at(-1)?.text).toBe('When the second boat came in, the crew said')
    expect(p.truncated).toBe(true)
    const asked = read(['Ferries return to the north pier', prose(1), prose(2), 'Will the pier open in May?'])
    expect(asked.removed.some((r) => r.rule === 'chrome/decoded')).toBe(false)
  })

  it('keeps a credit below the text, in any language the lexicon holds, for the people it names', () => {
    const p = read(['Ferries return to the north pier', prose(1), prose(2), 'Беседовала Ирина Заречная'])
    expect(p.removed.some((r) => r.rule === 'chrome/decoded')).toBe(false)
  })

  it('keeps a short line between paragraphs of prose (a crosshead)', () => {
    const p = read(['Ferries return to the north pier', prose(1), 'The timetable', prose(2)])
    expect(p.removed.some((r) => r.text === 'The timetable')).toBe(false)
  })
})
