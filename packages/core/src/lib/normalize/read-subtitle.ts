/**
 * The standfirst (dek) is the short paragraph between headline and intro. It is only taken when
 * the evidence is clear: a short first paragraph followed by more intro, or one that ends with a
 * byline ("…, writes Jane Doe."), or a Markdown paragraph set entirely in italics.
 */
import {lexicon} from '../languages/index.js'
import type {State} from './state.js'
import {phrasingOf} from './unit.js'
import type {Unit} from './unit.js'
import {nameSource} from '../text/names.js'
import {parseDateLine} from '../text/dates.js'
import {startsWithNote} from './read-head.js'
import {endsWithQuestion} from './questions/patterns.js'

/** A byline, a credit or a date label is never a subtitle. */
const notSubtitle = new RegExp(`^${lexicon(['byName', 'photo', 'creditLabel', 'published'], ['en'])}\\b`, 'i')

const bylineEnd = new RegExp(`\\b(?:writes|says|reports|argues|explains)\\s+${nameSource}\\.?$`, 'u')

/** Move a dek from the start of the intro (or body) to `subtitle`. */
export function readSubtitle(state: State): void {
  const list = state.questions.length > 0 ? state.intro : state.body
  const first = list[0]
  if (first?.tree.type !== 'paragraph') return
  if (!isDek(first, list.length, state.questions.length > 0, state.format) && !isStandfirst(state, first)) return
  first.role = 'subtitle'
  list.shift()
  state.subtitle = {children: phrasingOf(first.tree, first.text), text: first.text, line: first.line}
}

/**
 * News layout: headline, standfirst, byline, date. A sentence or two right under the headline,
 * with a byline or a date line after it, is the standfirst of an article too.
 */
function isStandfirst(state: State, unit: Unit): boolean {
  const words = unit.text.split(/\s+/).length
  if (state.format !== 'txt' || words < 8 || words > 45 || !state.title || state.title.line === null) return false
  const index = state.units.indexOf(unit)
  const between = state.units.slice(0, index).filter((u) => u.line > state.title!.line! && u.role !== 'removed')
  if (between.length > 0) return false
  // Within the head: a paragraph of prose between them (a blog's "Posted by" under its last paragraph) ends the search.
  const prose = (u: Unit) => u.role !== 'removed' && u.text.split(/\s+/).length > 12
  for (const [offset, u] of state.units.slice(index + 1, index + 4).entries()) {
    // …and text follows them: the only paragraph of a short post is its body.
    if (u.role === 'byline' || u.role === 'date') return state.units.slice(index + 2 + offset).some(prose)
    if (prose(u)) return false
  }
  return false
}

function isDek(unit: Unit, count: number, interview: boolean, format: 'txt' | 'md'): boolean {
  const words = unit.text.split(/\s+/).length
  // A dek is a sentence or two: not a date, a byline, a credit or a note.
  if (
    words > 60 ||
    words < 8 ||
    parseDateLine(unit.text) ||
    startsWithNote(unit.text) ||
    notSubtitle.test(unit.text) ||
    endsWithQuestion(unit.text)
  )
    return false
  const italic =
    unit.tree.type === 'paragraph' && unit.tree.children.length === 1 && unit.tree.children[0]!.type === 'emphasis'
  if (italic && count > 1) return true
  if (bylineEnd.test(unit.text) && count > 1) return true
  // Markdown marks its dek (italics, or `subtitle`/`description` in front matter); plain text cannot.
  return format === 'txt' && interview && count > 1 && words <= 60
}
