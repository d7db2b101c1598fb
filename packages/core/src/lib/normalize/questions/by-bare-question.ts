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

// A cue in any language, as the start of a word of its script ("Interview", "интервью", "wywiadzie"; anywhere in Chinese).
export const cue = new RegExp(lexicon('interviewCue', undefined, {words: 'start'}), 'iu')

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
  // Answers printed as speech, each wholly in quotes after an unquoted question: two are enough.
  const quoted =
    candidates.length >= 2 &&
    candidates.every((unit) => {
      const next = units[units.indexOf(unit) + 1]
      return next !== undefined && whollyQuoted(next.text)
    })
  if (candidates.length < (cued ? 1 : quoted ? 2 : 3)) return emptyReading('questions on their own lines')
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
  const asked = [...candidates, ...prompts(units, candidates)].sort((a, b) => a.line - b.line)
  const questions = asked.map((unit) => mark(unit, 0, null, null))
  return {
    strategy: 'questions on their own lines',
    questions,
    answerPrefixes: new Map(),
    answerer: null,
    confident: false,
    continued: [],
    score: asked.length
  }
}

const words = (unit: Unit) => unit.text.split(/\s+/).length

/** Opening and closing quote marks of any script's speech ("…", «…», „…“, ‘…’, 「…」). */
const opensQuote = /^[«»"“”„‘’‚'「『]/u
const closesQuote = /[«»"“”„‘’'」』][.!…。]?$/u

/** A paragraph that is one quotation from its first character to its last: speech, as an answer prints it. */
function whollyQuoted(text: string): boolean {
  const t = text.trim()
  return t.length > 2 && opensQuote.test(t) && closesQuote.test(t) && !endsWithQuestion(t)
}

/**
 * An imperative prompt among bare questions ("Tell us about your leadership style."): where
 * answers are one paragraph (runs of one, or of three that hide a prompt), an answer run of three paragraphs whose middle one is short — no longer
 * than the longest question (or twelve words) and under half of each neighbour — is a prompt and
 * its answer, not one answer.
 */
function prompts(units: Unit[], candidates: Unit[]): Unit[] {
  const at = candidates.map((unit) => units.indexOf(unit))
  const runs = at.map((i, k) => units.slice(i + 1, at[k + 1] ?? units.length))
  const singles = runs.filter((run) => run.length === 1).length
  const triples = runs.filter((run) => run.length === 3).length
  if (singles === 0 || singles < triples || runs.slice(0, -1).some((run) => run.length !== 1 && run.length !== 3))
    return []
  const longest = Math.max(12, ...candidates.map(words))
  return runs.flatMap((run) => {
    if (run.length !== 3) return []
    const [before, middle, after] = run as [Unit, Unit, Unit]
    const short = words(middle) <= longest && words(middle) * 2 < words(before) && words(middle) * 2 < words(after)
    return short && middle.tree.type === 'paragraph' ? [middle] : []
  })
}

/**
 * True when `unit` is one of two or more short paragraphs ending in "?" that are each followed by
 * a paragraph at least twice as long that does not ask: the page's question-and-answer rhythm, so
 * the first of them is a question, not a headline (a copy with no headline of its own).
 */
export function inQuestionRhythm(units: readonly Unit[], unit: Unit): boolean {
  const asks = (u: Unit, i: number) => {
    const next = units[i + 1]
    return (
      endsWithQuestion(u.text) &&
      words(u) <= 40 &&
      next !== undefined &&
      !endsWithQuestion(next.text) &&
      words(next) >= 2 * words(u)
    )
  }
  const prompts = units.filter(asks)
  return prompts.length >= 2 && prompts.includes(unit)
}
