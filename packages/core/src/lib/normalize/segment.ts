/**
 * Divide the claimed-free units into the parts of a publication: the intro before the first
 * question, one run of units per answer, or the body of an article.
 */
import type {State} from './state.js'

/** Assign intro, answers and body from the question marks. */
export function segment(state: State): void {
  const questionUnits = new Set(state.questions.map((q) => q.unit))
  let current: number = -1
  state.answers = state.questions.map(() => [])
  for (const unit of state.units) {
    if (questionUnits.has(unit)) {
      current++
      continue
    }
    if (unit.role !== null) continue
    if (state.questions.length === 0) {
      unit.role = 'body'
      state.body.push(unit)
    } else if (current < 0) {
      unit.role = 'intro'
      state.intro.push(unit)
    } else {
      unit.role = 'answer'
      state.answers[current]!.push(unit)
    }
  }
}
