/**
 * The head of an article, as the role decoder reads it (issue 20; MISSES.md "date and byline lines
 * in unlisted shapes", "furniture above the headline survives"): in a plain-text article (no
 * question was found), the one-line units above the first paragraph of prose that no step has
 * claimed are not its body when the decoder, fitted on labelled pages of many sites, reads them as
 * page furniture, a date line, a byline or a headline: section labels, taglines, date lines in a
 * language no calendar lists, image file names, a headline printed again or another item's.
 *
 * decoded-chrome.ts removes such a line only when `removed` alone has p ≥ 0.6; here, above the
 * text of an article, what counts is the decoder's probability that the line is not text at all
 * (removed + date + byline + title), with the same threshold, and the line's role in the decoded
 * sequence must be one of those four. What the line is then follows its most probable class: a
 * date line dates the piece (when nothing else did), a byline is read for names, a headline is the
 * title when none was found, anything else is removed with a reason. Short lines only, never one
 * that asks; a margin close to the threshold is warned (`structure/low-confidence`).
 *
 * Measured on corpus/train before writing the rule, each family decoded by weights fitted on the
 * others: of the unclaimed lines above the first paragraph of prose in articles, 29 pass these
 * tests; the editors call 25 of them furniture, a date line, a byline, a headline or a note, 3 a
 * crosshead or a standfirst, 1 a speaker label (an interview read as an article). Below 0.6 the
 * next line in would have been a short first paragraph.
 *
 * Not in interviews, measured and left out: the same rule above the first question met 25 more
 * expectations on corpus/train and missed 11 it met (interviewees named only in a head line such as
 * "Interview: NAME", intro sentences hard-wrapped into short lines, and a first intro paragraph the
 * standfirst rule then takes); facts must be read from head lines before they can go.
 */
import {messageAt} from '../messages.js'
import {findDate} from '../text/dates.js'
import {countWords} from '../text/stats.js'
import {decodedLines} from './decoded-chrome.js'
import {readByline} from './read-byline.js'
import {endsWithQuestion} from './questions/patterns.js'
import {type RoleClass, type RoleDecision, roleClasses} from './roles/decode.js'
import type {State} from './state.js'
import {inferredDate, removeUnit} from './state.js'
import type {Unit} from './unit.js'
import {phrasingOf} from './unit.js'

/** The classes that are not an article's text. */
const headClasses = ['removed', 'date', 'byline', 'title'] as const satisfies readonly RoleClass[]
type HeadClass = (typeof headClasses)[number]

/** Probability a line needs of not being text (as `chromeThreshold` in decoded-chrome.ts). */
export const headThreshold = 0.6
/** Below this probability the reading is warned as uncertain. */
const sureThreshold = 0.75
/** Longest unit, in words, read as head by shape alone (as in decoded-chrome.ts). */
const maxWords = 12
/** A unit longer than this, in words, is a paragraph of prose: the article's text starts there. */
const proseWords = 20
/** Lines past the first paragraph of prose the decoder still reads, so the head is decoded in context. */
const decodedBeyondProse = 40

/** The head class the decoder gives a one-line unit, with its probability of not being text; null when it is text. */
export function headReading(
  byLine: Map<number, RoleDecision>,
  unit: Unit
): {role: HeadClass; probability: number} | null {
  const decision = byLine.get(unit.line)
  if (!decision || unit.line !== unit.endLine || !(headClasses as readonly string[]).includes(decision.role))
    return null
  if (countWords(unit.text) > maxWords || endsWithQuestion(unit.text)) return null
  const p = (c: HeadClass) => decision.probabilities[roleClasses.indexOf(c)]!
  const probability = headClasses.reduce((sum, c) => sum + p(c), 0)
  if (probability < headThreshold) return null
  const role = headClasses.reduce((best, c) => (p(c) > p(best) ? c : best))
  return {role, probability}
}

/** Read the head lines of an article that the decoder tells from its text (see the module comment). */
export function readDecodedHead(state: State): void {
  if (state.questions.length > 0) return
  const open = state.units.filter((unit) => unit.role === null)
  const prose = open.find((unit) => countWords(unit.text) > proseWords)
  if (!prose) return
  const byLine = decodedLines(state, (index) => index < prose.line + decodedBeyondProse)
  if (byLine.size === 0) return
  for (const unit of open) {
    if (unit.line >= prose.line) break
    const reading = headReading(byLine, unit)
    if (!reading) continue
    readAs(state, unit, reading.role)
    if (reading.probability < sureThreshold)
      state.warnings.push(
        messageAt(
          state.file,
          'structure/low-confidence',
          `read as ${unit.role === 'removed' ? 'page furniture' : `a ${unit.role} line`} above the text by its shape, with p = ${reading.probability.toFixed(2)}: check it is not the article's first paragraph`,
          unit.line
        )
      )
  }
}

/** Give a head line its role: a fact where it states one, removed with a reason otherwise. */
function readAs(state: State, unit: Unit, role: HeadClass): void {
  const reason = `(role decoder; \`dossier check --why ${unit.line}\` says why)`
  // A furniture-shaped line that holds a date ("Name March 3, 2023") is the piece's date line.
  if (role === 'date' || role === 'removed') {
    const date = findDate(unit.text)
    if (date) {
      unit.role = 'date'
      state.date ??= inferredDate(date, `date line (by its shape): "${unit.text}"`, unit.line)
      return
    }
  }
  if (role === 'byline') {
    if (readByline(state, unit)) return
    // A byline whose names no pattern reads ("posted by: site admin") is still not the text.
    unit.role = 'byline'
    const date = state.date ? null : findDate(unit.text)
    if (date) state.date = inferredDate(date, `byline (by its shape): "${unit.text}"`, unit.line)
    return
  }
  if (role === 'title' && !state.title) {
    unit.role = 'title'
    state.title = {children: phrasingOf(unit.tree, unit.text), text: unit.text, line: unit.line}
    state.reasons.title = `the line the role decoder reads as the headline, above the text ${reason}`
    return
  }
  const what =
    role === 'title'
      ? 'a headline above the text: the title printed again, or another item’s'
      : role === 'date'
        ? 'a date line above the text in a form no calendar reads'
        : 'page furniture above the text'
  removeUnit(state, unit, 'chrome/decoded-head', `${what} ${reason}`)
}
