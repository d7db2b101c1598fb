/**
 * Find the head of the document: its title, a date line and a byline, which pages print before
 * the text. A second copy of the title (scrapers often catch both the page title and the
 * headline) is removed with a reason.
 */
import {parseDateLine} from '../text/dates.js'
import {findNames} from '../text/names.js'
import type {State} from './state.js'
import {removeUnit} from './state.js'
import type {Unit} from './unit.js'
import {phrasingOf} from './unit.js'
import {isQuestionStart} from './detect-questions.js'

/** Claim title, date and byline units at the start of the source. */
export function readHead(state: State): void {
  for (const unit of state.units) {
    if (unit.role !== null) continue
    if (unit.line > headLimit(state)) break
    if (!state.date && readDateLine(state, unit)) continue
    if (readByline(state, unit)) continue
    if (!state.title && isTitleLike(unit, state.format)) {
      unit.role = 'title'
      state.title = {children: phrasingOf(unit.tree, unit.text), text: unit.text, line: unit.line}
      continue
    }
    break
  }
  removeRepeatedTitle(state)
}

/** The head is the first few units; a date in the middle of the text is not a date line. */
function headLimit(state: State): number {
  const open = state.units.filter((unit) => unit.role !== 'removed')
  return open[Math.min(open.length - 1, 5)]?.line ?? 0
}

function readDateLine(state: State, unit: Unit): boolean {
  const parsed = parseDateLine(unit.text)
  if (!parsed) return false
  unit.role = 'date'
  state.date = {value: parsed.value, precision: parsed.precision, source: 'inferred', evidence: `date line: "${unit.text}"`, line: unit.line}
  return true
}

function readByline(state: State, unit: Unit): boolean {
  const m = /^(?:by|written by|words by)\s+(.{3,120})$/i.exec(unit.text)
  if (!m) return false
  const names = findNames(m[1]!)
  if (names.length === 0) return false
  unit.role = 'byline'
  for (const name of names) {
    state.people.push({name, role: 'author', affiliation: null, source: 'inferred', evidence: `byline: "${unit.text}"`})
  }
  return true
}

/** A headline: short, one line of prose, not a question of the interview. */
export function isTitleLike(unit: Unit, format: 'txt' | 'md'): boolean {
  if (format === 'md' && unit.heading === 1) return true
  if (unit.tree.type !== 'paragraph' && unit.tree.type !== 'heading') return false
  const words = unit.text.split(/\s+/).length
  return words <= 30 && unit.text.length <= 250 && !/[.;,]$/.test(unit.text) && !isQuestionStart(unit.text)
}

/** Remove later units that repeat the title word for word. */
function removeRepeatedTitle(state: State): void {
  if (!state.title) return
  const title = comparable(state.title.text)
  for (const unit of state.units) {
    if (unit.role === null && comparable(unit.text) === title) {
      removeUnit(state, unit, 'chrome/repeated-title', 'repeated title')
    }
  }
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}
