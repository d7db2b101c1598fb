/**
 * Questions with no mark at all: a short paragraph ending in "?" on its own, followed by its
 * answer. Only taken when the whole text alternates like an interview (three or more such
 * questions, each followed by an answer), and always flagged for an editor: an essay's rhetorical
 * questions look the same.
 */
import {lexicon} from '../../languages/index.js'
import type {Unit} from '../unit.js'
import {endsWithQuestion, numbered, qaPrefix, speakerOf} from './patterns.js'
import {emptyReading, mark, type Reading} from './reading.js'

const isBare = (unit: Unit) =>
  unit.tree.type === 'paragraph' &&
  endsWithQuestion(unit.text) &&
  unit.text.split(/\s+/).length <= 90 &&
  !numbered.test(unit.text) &&
  !qaPrefix(unit.text) &&
  !speakerOf(unit.text)

// Latin and Cyrillic cues are whole words; the others are found anywhere.
export const cue = new RegExp(
  `\\b${lexicon('interviewCue', ['en', 'fr', 'es', 'de', 'it', 'tr', 'ru'])}\\b|${lexicon('interviewCue', ['zh', 'ja', 'ko', 'fa', 'ur', 'ar', 'hi'])}`,
  'iu'
)

/** True when the head or intro says the piece is an interview. */
export function hasInterviewCue(units: Unit[]): boolean {
  return units.slice(0, 12).some((unit) => cue.test(unit.text))
}

/** Short "?" paragraphs that alternate with answers. */
export function byBareQuestion(units: Unit[], all: Unit[] = units): Reading {
  const candidates = units.filter(isBare)
  // One is enough where the page says it is an interview (a copy cut after the first answer), and
  // every one is followed by an answer; three elsewhere.
  const cued = hasInterviewCue(all)
  if (candidates.length < (cued ? 1 : 3)) return emptyReading('questions on their own lines')
  const first = units.indexOf(candidates[0]!)
  // Every question is followed by an answer, and answers are short runs (an essay has long ones).
  const alternates = candidates.every((unit) => {
    const next = units[units.indexOf(unit) + 1]
    return next !== undefined && !isBare(next)
  })
  const rest = units.length - first
  // A single question must be followed by its answer alone (a few paragraphs), not an essay.
  const dense = candidates.length === 1 ? rest <= 8 : candidates.length * 4 >= rest
  if (!alternates || !dense) return emptyReading('questions on their own lines')
  const questions = candidates.map((unit) => mark(unit, 0, null, null))
  return {
    strategy: 'questions on their own lines',
    questions,
    answerPrefixes: new Map(),
    answerer: null,
    confident: false,
    continued: [],
    score: candidates.length
  }
}
