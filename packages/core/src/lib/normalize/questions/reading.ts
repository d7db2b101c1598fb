/** What each convention's reader returns, and helpers they share. */
import type {PhrasingContent} from 'mdast'
import {stripLeading} from '../../text/strip-leading.js'
import type {QuestionMark, TurnStart} from '../state.js'
import type {Unit} from '../unit.js'
import {phrasingOf} from '../unit.js'

export interface Reading {
  strategy: string
  questions: QuestionMark[]
  /** Units that open an answer with a prefix to strip, and how many characters. */
  answerPrefixes: Map<Unit, number>
  answerer: string | null
  /** Everyone who answered, when labels say (several for a panel). */
  answerers?: string[]
  /** Units where another speaker takes over an answer (a panel's second answerer), with that speaker. */
  turnStarts?: Map<Unit, TurnStart>
  confident: boolean
  /** Further paragraphs of a question (a question spread over several paragraphs). */
  continued: Unit[]
  /** How many units the reading explains: the best reading explains most of the document. */
  score: number
}

/** A question made from a unit, its prefix stripped. */
export function mark(
  unit: Unit,
  prefix: number,
  sourceNumber: string | null,
  asker: string | null,
  askerAffiliation: string | null = null
): QuestionMark {
  const children: PhrasingContent[] = stripLeading(phrasingOf(unit.tree, unit.text), prefix)
  return {unit, children, sourceNumber, asker, askerAffiliation}
}

/** Append a unit's content to a question (for questions over several paragraphs). */
export function extend(question: QuestionMark, unit: Unit, prefix = 0): void {
  // A label alone on its line leaves the question empty until its turn joins it: no space before.
  const empty = question.children.every((child) => child.type === 'text' && child.value.trim() === '')
  question.children = [
    ...(empty ? [] : [...question.children, {type: 'text', value: ' '} as const]),
    ...stripLeading(phrasingOf(unit.tree, unit.text), prefix)
  ]
}

export const emptyReading = (strategy: string): Reading => ({
  strategy,
  questions: [],
  answerPrefixes: new Map(),
  answerer: null,
  confident: false,
  continued: [],
  score: 0
})
