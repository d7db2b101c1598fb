/**
 * Separate what follows the last answer (or an article's last paragraph) but is not part of it:
 * an author bio ("Jane Doe is a political analyst…") and editorial notes or disclaimers
 * ("The views expressed… do not necessarily reflect…"). Copied pages often run both into one
 * paragraph, so a paragraph is split by sentence when it mixes them. Editor's notes in the intro
 * move to `notes` too.
 */
import type {State} from './state.js'
import type {Unit} from './unit.js'
import {textUnit} from './unit.js'

const disclaimer = [
  /\bviews (?:and opinions )?expressed\b/i,
  /\bdo(?:es)? not necessarily (?:reflect|represent)\b/i,
  /^(?:editor['’]s note|disclaimer|note from the editor)\s*[:.\-–—]/i,
  /^this (?:interview|article|conversation|transcript) (?:has been|was) (?:edited|condensed|translated|lightly edited)/i,
  /^(?:this|the) (?:interview|article|piece) (?:was )?(?:originally|first) (?:published|appeared)/i,
  /^\(?(?:this|the) (?:interview|article) has been (?:edited|condensed)/i
]
const aboutPrefix = /^(?:about the (?:author|interviewee|writer|contributor)s?\s*[:.\-–—]?\s*)/i

const segmenter = new Intl.Segmenter('en', {granularity: 'sentence'})

function isDisclaimer(text: string): boolean {
  return disclaimer.some((re) => re.test(text))
}

/** A bio opens with a known person's name and says who they are. */
function isBio(text: string, names: string[]): boolean {
  if (aboutPrefix.test(text)) return true
  return names.some((name) => new RegExp(`^${escape(name)}\\s+(?:is|was|has|,|–|—)`, 'u').test(text))
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Move trailing bio and notes out of the last answer (or body), and editor's notes out of the intro. */
export function readTrailer(state: State): void {
  const names = state.people.map((person) => person.name)
  const list = state.questions.length > 0 ? state.answers.at(-1) : state.body
  if (list) {
    const about: Unit[] = []
    const notes: Unit[] = []
    // Keep at least one paragraph of content.
    while (list.length > 1) {
      const unit = list.at(-1)!
      const parts = splitTrailer(unit, names)
      if (!parts) break
      list.pop()
      about.unshift(...parts.about)
      notes.unshift(...parts.notes)
    }
    state.about.push(...about)
    state.notes.push(...notes)
  }
  for (const unit of [...state.intro]) {
    if (isDisclaimer(unit.text)) {
      unit.role = 'notes'
      state.intro.splice(state.intro.indexOf(unit), 1)
      state.notes.unshift(unit)
    }
  }
}

/** Split a trailing unit into bio and notes sentences, or null when it is ordinary content. */
function splitTrailer(unit: Unit, names: string[]): {about: Unit[]; notes: Unit[]} | null {
  if (unit.tree.type !== 'paragraph') return null
  if (!isBio(unit.text, names)) {
    if (!isDisclaimer(unit.text)) return null
    unit.role = 'notes'
    return {about: [], notes: [unit]}
  }
  const isPlain = unit.tree.children.length === 1 && unit.tree.children[0]!.type === 'text'
  const sentences = [...segmenter.segment(unit.text)].map((s) => s.segment.trim()).filter(Boolean)
  const firstNote = sentences.findIndex(isDisclaimer)
  if (!isPlain || firstNote <= 0) {
    unit.role = 'about'
    return {about: [unit], notes: []}
  }
  const bio = textUnit(unit.line, unit.endLine, sentences.slice(0, firstNote).join(' '))
  const note = textUnit(unit.line, unit.endLine, sentences.slice(firstNote).join(' '))
  bio.role = 'about'
  note.role = 'notes'
  unit.role = 'about'
  return {about: [bio], notes: [note]}
}
