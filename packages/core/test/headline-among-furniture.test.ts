/**
 * A headline candidate the role decoder reads as page furniture (MISSES.md "furniture above the
 * headline") gives way to a later line that reads as a headline, but only when the reading is
 * corroborated: furniture beside it, or the decoder reading the later line as the headline. On a
 * short page the real headline, printed first and alone, is often read as furniture: it stays.
 */
import {describe, expect, it} from 'vitest'
import {normalizeSource, type RoleModel} from '../src/index.js'
import {handModel} from './helpers/role-model.js'

/** A model that calls a line of 5–9 words furniture, one of 10–25 words a headline, longer ones body text. */
function model(): RoleModel {
  return handModel({'words.2': {removed: 5}, 'words.3': {title: 5}, 'len.4': {body: 8}, 'len.5': {body: 8}})
}

const source = (text: string) => ({path: 'page.txt', bytes: new TextEncoder().encode(text), meta: null})
const sentence = 'The harbour board met on a grey morning and spent most of it on the ferry timetable.'
const prose = `${sentence} ${sentence} Nobody liked the result. ${sentence} ${sentence}`

function titleOf(lines: string[]) {
  const result = normalizeSource(source(lines.join('\n\n')), {lang: 'en', roleModel: model()})
  if (!result.ok) throw new Error('not normalized')
  return result.publication.title?.text
}

describe('headline among furniture', () => {
  it('passes over a masthead the decoder reads as furniture when the decoder reads a later line as the headline', () => {
    expect(
      titleOf([
        'Tidewatch Weekly Coastal Edition Online Today',
        'Ferries return to the north pier after the longest winter the islands remember',
        prose
      ])
    ).toBe('Ferries return to the north pier after the longest winter the islands remember')
  })

  it('keeps a headline printed first and alone, though the decoder reads it as furniture', () => {
    expect(titleOf(['Ferries return to the north pier', 'By Ana Ruiz', prose])).toBe('Ferries return to the north pier')
  })
})
