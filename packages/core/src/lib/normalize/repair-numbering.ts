/**
 * Questions are numbered 1..n in order. When the source's own numbers disagree (copying a web
 * list often loses its numbering: 1, 1, 3, 1, 1), the editor is told what was printed.
 */
import {messageAt} from '../messages.js'
import type {State} from './state.js'

/** Warn when the printed numbers are not 1..n; the model always numbers 1..n. */
export function repairNumbering(state: State): void {
  const printed = state.questions.map((q) => q.sourceNumber)
  if (printed.every((n) => n === null)) return
  const agrees = printed.every((n, index) => n !== null && Number(n) === index + 1)
  if (agrees) return
  const shown = printed.map((n) => n ?? '–').join(', ')
  state.warnings.push(
    messageAt(
      state.file,
      'structure/repaired-numbering',
      `questions were numbered ${shown} in the source; renumbered 1–${printed.length}`,
      state.questions[0]!.unit.line
    )
  )
}
