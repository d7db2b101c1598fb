/**
 * An interview copied only up to its first question (issue 20, MISSES "a single labelled exchange,
 * or only the asker's label"): the page's one speaker label opens one of its last two units and
 * the copy stops there or just after. It is a question when a role word names the one who asks
 * ("金穗电视台记者", "Reporter:"), or when the page says it is an interview and the turn asks or its
 * label names someone the page introduced before (an outlet or host named in the intro). Always
 * weak: the caller warns.
 */
import type {Unit} from '../unit.js'
import {asksByName} from './asker.js'
import {hasInterviewCue} from './by-bare-question.js'
import {headOf} from './heads.js'
import {hasQuestionMark, notSpeaker, speakerOf} from './patterns.js'
import {emptyReading, extend, mark, type Reading} from './reading.js'

export const byCutTurnStrategy = 'a single labelled turn where the copy stops'

/** `units` are the units no step has claimed, `all` every unit. */
export function byCutTurn(units: Unit[], all: Unit[]): Reading {
  const empty = emptyReading(byCutTurnStrategy)
  const labelled = units.flatMap((unit, i) => {
    const label = speakerOf(unit.text)
    if (label) return [{unit, i, name: label.name, prefix: label.prefix, lone: label.rest === ''}]
    // A role word alone on its line ("金穗电视台记者") is a label without a colon.
    const head = headOf(unit.text)
    if (head && head.rest === '' && asksByName.test(head.name))
      return [{unit, i, name: head.name, prefix: head.prefix, lone: true}]
    return []
  })
  if (labelled.length !== 1) return empty
  const [turn] = labelled as [(typeof labelled)[number]]
  if (notSpeaker(turn.name) || turn.i < units.length - 2) return empty
  const next = units[turn.i + 1]
  const said = turn.lone ? (next?.text ?? '') : turn.unit.text.slice(turn.prefix)
  if (!said.trim()) return empty
  const before = units
    .slice(0, turn.i)
    .map((u) => u.text)
    .join('\n')
    .toLocaleLowerCase()
  const introduced = before.includes(turn.name.toLocaleLowerCase())
  if (!asksByName.test(turn.name) && !(hasInterviewCue(all) && (hasQuestionMark(said) || introduced))) return empty
  const question = mark(turn.unit, turn.prefix, null, turn.name)
  const continued: Unit[] = []
  if (turn.lone && next) {
    extend(question, next)
    continued.push(next)
  }
  return {...empty, questions: [question], continued, score: 1}
}
