/** `Q:`/`A:` (and `Q.`, `Q -`, `Question:`, `Q1.`/`A1.`) prefixed interviews. */
import type {Unit} from '../unit.js'
import {qaPrefix} from './patterns.js'
import {mark, type Reading} from './reading.js'

/** Questions are the `Q` units; `A` prefixes are stripped from the answers. */
export function byPrefix(units: Unit[]): Reading {
  const questions: Reading['questions'] = []
  const answerPrefixes = new Map<Unit, number>()
  for (const unit of units) {
    const m = qaPrefix(unit.text)
    if (!m) continue
    if (m.kind === 'q') questions.push(mark(unit, m.prefix, m.number, null))
    else answerPrefixes.set(unit, m.prefix)
  }
  // A lone "A." is more likely an initial than an answer: answers need questions.
  if (questions.length === 0) answerPrefixes.clear()
  return {
    strategy: 'Q:/A: prefixes',
    questions,
    answerPrefixes,
    answerer: null,
    confident: answerPrefixes.size > 0 || questions.length > 1,
    continued: [],
    score: questions.length + answerPrefixes.size
  }
}
