/**
 * Separate what follows the last answer (or an article's last paragraph) but is not part of it:
 * an author bio ("Jane Doe is a political analyst…", "— Jane Doe is…", "*Jane Doe is…*",
 * "About the author: …") and editorial notes or disclaimers. Copied pages often run both into one
 * paragraph, so a paragraph is split by sentence when it mixes them. Editor's notes in the intro
 * move to `notes` too.
 */
import {lexicon} from '../languages/index.js'
import {isNote} from '../text/notes.js'
import {startsWithNote} from './read-head.js'
import {readByline} from './read-byline.js'
import {nameSource} from '../text/names.js'
import type {State} from './state.js'
import type {Unit} from './unit.js'
import {textUnit} from './unit.js'

const aboutPrefix = new RegExp(`^(?:${lexicon('aboutHeading')}s?\\s*[:.\\-–—]?\\s*)`, 'i')
const lead = `^[—–\\-\\s*_]*(?:${lexicon('honorific', ['en'], {capitalized: true})}\\.?\\s+)?`
const verb = lexicon('bioVerb')
/** Words that make "X is a …" a bio rather than a statement about someone in the news. */
const roleWords = new RegExp(lexicon('bioRole', undefined, {words: 'start'}), 'iu')

const segmenter = new Intl.Segmenter('en', {granularity: 'sentence'})
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A bio opens with a person's name and says who they are. */
function isBio(text: string, names: string[]): boolean {
  if (aboutPrefix.test(text)) return true
  const known = names.flatMap((name) => [name, name.split(/\s+/).at(-1)!]).map(escape)
  if (known.length && new RegExp(`${lead}(?:${known.join('|')})\\s+${verb}\\b`, 'u').test(text)) return true
  const anyone = new RegExp(`${lead}${nameSource}(?:\\s+(?:and|&)\\s+${nameSource})?,?\\s+${verb}\\b`, 'u')
  return anyone.test(text) && roleWords.test(text) && text.split(/\s+/).length <= 90
}

/** Move trailing bio and notes out of the last answer (or body), and editor's notes out of the intro. */
export function readTrailer(state: State): void {
  const names = state.people.map((person) => person.name)
  const list = state.questions.length > 0 ? state.answers.at(-1) : state.body
  if (list) {
    const about: Unit[] = []
    const notes: Unit[] = []
    // Keep at least one paragraph of content.
    while (list.length > 1) {
      const last = list.at(-1)!
      // A closing credit ("Das Gespräch führte Jan Müller.", "Interview by …") names the interviewer.
      if (last.text.split(/\s+/).length <= 8 && readByline(state, last)) {
        list.pop()
        continue
      }
      const parts = splitTrailer(last, names)
      if (!parts) break
      list.pop()
      about.unshift(...parts.about)
      notes.unshift(...parts.notes)
    }
    state.about.push(...about)
    state.notes.push(...notes)
  }
  for (const unit of [...state.intro]) {
    if (startsWithNote(unit.text)) {
      unit.role = 'notes'
      state.intro.splice(state.intro.indexOf(unit), 1)
      state.notes.unshift(unit)
    }
  }
}

/** Split a trailing unit into bio and notes sentences, or null when it is ordinary content. */
function splitTrailer(unit: Unit, names: string[]): {about: Unit[]; notes: Unit[]} | null {
  if (unit.tree.type !== 'paragraph' && unit.tree.type !== 'blockquote') return null
  if (!isBio(unit.text, names)) {
    // After the last answer, a short paragraph with a note in it is a note.
    if (!startsWithNote(unit.text) && !(isNote(unit.text) && unit.text.split(/\s+/).length <= 40)) return null
    unit.role = 'notes'
    return {about: [], notes: [unit]}
  }
  const isPlain =
    unit.tree.type === 'paragraph' && unit.tree.children.length === 1 && unit.tree.children[0]!.type === 'text'
  const sentences = [...segmenter.segment(unit.text)].map((s) => s.segment.trim()).filter(Boolean)
  const firstNote = sentences.findIndex(isNote)
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
