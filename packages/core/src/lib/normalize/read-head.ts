/**
 * Find the head of the document, which pages print before the text in no fixed order: the title,
 * a date line, bylines, an editor's note. The head is the first few units before the first
 * question or the first long paragraph. A second copy of the title (the page title, often with the
 * site's name appended: "Title – The Diplomat") is removed with a reason, and the name is kept as
 * the site.
 */
import {findDate, parseDateLine} from '../text/dates.js'
import {isNote} from '../text/notes.js'
import {readByline} from './read-byline.js'
import type {State} from './state.js'
import {removeUnit} from './state.js'
import type {Unit} from './unit.js'
import {phrasingOf} from './unit.js'
import {isQuestionStart} from './questions/index.js'
import {endsWithQuestion} from './questions/patterns.js'

/** How many units the head may span. */
const headSize = 8

/** Claim title, date, bylines and notes at the start of the source. */
export function readHead(state: State): void {
  const head = state.units.filter((unit) => unit.role === null).slice(0, headSize)
  // An editor's title (front matter, sidecar) wins; the source's own headline is then a repeat.
  const editorTitle = state.overrides.title
  for (const [index, unit] of head.entries()) {
    if (isQuestionStart(unit.text)) break
    if (startsWithNote(unit.text) && unit.text.split(/\s+/).length <= 80) {
      unit.role = 'notes'
      state.notes.push(unit)
      continue
    }
    if (readByline(state, unit)) {
      // "By Kenji Watanabe | 21 May 2024" dates the piece too.
      const date = state.date ? null : findDate(unit.text)
      if (date) state.date = {value: date.value, precision: date.precision, source: 'inferred', evidence: `byline: "${unit.text}"`, line: unit.line}
      continue
    }
    if (!state.date && readDateLine(state, unit)) continue
    if (!state.title) {
      // The headline comes early; a short line further down is a heading or a question.
      // With an editor's title in front matter, only a level-one heading is the source's own headline.
      if (index < 4 && isTitleLike(unit, state.format, index) && !(editorTitle && state.format === 'md' && unit.heading !== 1)) {
        unit.role = 'title'
        state.title = {children: phrasingOf(unit.tree, unit.text), text: unit.text, line: unit.line}
      }
      continue
    }
    // After the title, a long paragraph is the text itself: the head is over.
    if (unit.text.split(/\s+/).length > 60) break
  }
  removeRepeatedTitle(state)
}

function readDateLine(state: State, unit: Unit): boolean {
  const parsed = parseDateLine(unit.text)
  if (!parsed) return false
  unit.role = 'date'
  state.date = {value: parsed.value, precision: parsed.precision, source: 'inferred', evidence: `date line: "${unit.text}"`, line: unit.line}
  return true
}

/** A headline: short, one line of prose, not a question of the interview. */
export function isTitleLike(unit: Unit, format: 'txt' | 'md', index = 0): boolean {
  if (format === 'md' && unit.heading === 1) return true
  if (unit.tree.type !== 'paragraph' && unit.tree.type !== 'heading') return false
  // In Markdown, a bold paragraph after the first is a question or a heading, not the title.
  if (format === 'md' && unit.tree.type === 'paragraph' && (unit.strong || index > 0)) return false
  const words = unit.text.split(/\s+/).length
  return words <= 30 && unit.text.length <= 250 && !/[.;,]$/.test(unit.text) && !isQuestionStart(unit.text) && !(index > 0 && endsWithQuestion(unit.text))
}

const sentences = new Intl.Segmenter('en', {granularity: 'sentence'})

/** True when a paragraph opens with an editorial note (its first sentence is one). */
export function startsWithNote(text: string): boolean {
  const first = sentences.segment(text)[Symbol.iterator]().next().value?.segment ?? text
  return isNote(first) || /^(?:editor['’]?s['’]? note|disclaimer|note)\s*[:.\-–—]/i.test(text)
}

const siteSuffix = /^(.{8,}?)\s+[|–—-]\s+([^|–—-]{2,60})$/

/**
 * Remove later units that repeat the title. When one copy carries the site's name ("Title – Site")
 * and the other does not, the clean copy is the title and the site is remembered.
 */
function removeRepeatedTitle(state: State): void {
  const title = state.title
  if (!title) return
  const titleUnit = state.units.find((u) => u.role === 'title')!
  for (const unit of state.units) {
    if (unit.role !== null && unit.role !== 'subtitle') continue
    if (comparable(unit.text) === comparable(title.text)) {
      removeUnit(state, unit, 'chrome/repeated-title', 'repeated title')
      continue
    }
    const suffixed = siteSuffix.exec(title.text)
    if (suffixed && comparable(suffixed[1]!) === comparable(unit.text)) {
      // The first copy was the page title with the site's name: keep the clean copy.
      removeUnit(state, titleUnit, 'chrome/page-title', `page title with the site's name ("${suffixed[2]}")`)
      unit.role = 'title'
      state.title = {children: phrasingOf(unit.tree, unit.text), text: unit.text, line: unit.line}
      state.site ??= {name: suffixed[2]!.trim(), line: titleUnit.line}
      return
    }
  }
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}
