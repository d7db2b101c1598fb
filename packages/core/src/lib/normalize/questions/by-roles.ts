/**
 * Questions read by the role decoder (issue 20), when no convention found any: an interview whose
 * questions carry no mark a rule knows (unmarked prompts that do not end in "?", a copy cut off
 * after the first exchange, labels in a shape no reader lists) still alternates like one, and the
 * decoder, fitted on labelled pages of many sites, sees that from the lines' shapes and neighbours.
 *
 * A unit is a question when the decoder gives its first line the role `question` (and, on its own,
 * at least even odds) and the next unit is decoded an answer; the reading needs three such
 * questions, at least one of which asks ("?" in any script), or one where the page calls itself an
 * interview, and they must be dense enough to be the page's structure (one per six units after the
 * first), not an essay's rhetorical questions. It is never confident: the caller warns.
 */
import {decodeRoles, type RoleModel, roleClasses} from '../roles/decode.js'
import {lineFeatures} from '../roles/features.js'
import type {Unit} from '../unit.js'
import {hasInterviewCue} from './by-bare-question.js'
import {endsWithQuestion} from './patterns.js'
import {emptyReading, mark, type Reading} from './reading.js'

export const byRolesStrategy = 'the role decoder'

/**
 * `units` are the units no step has claimed, `all` every unit, `lines` the cleaned source lines
 * (index 0 is line 1) and `model` the decoder's weights without ledger votes (`shapeRoleModel`).
 */
export function byRoles(units: Unit[], all: Unit[], lines: readonly string[], model: RoleModel): Reading {
  const empty = emptyReading(byRolesStrategy)
  if (units.length < 2 || Object.keys(model.weights).length === 0) return empty
  const decisions = decodeRoles(
    lineFeatures(lines, []),
    lines.map((line) => !line.trim()),
    model
  )
  const byLine = new Map(decisions.map((d) => [d.line, d]))
  const question = roleClasses.indexOf('question')
  // The line is a question in the decoded sequence and, on its own, more likely one than not.
  const isQuestion = (unit: Unit) => {
    const decision = byLine.get(unit.line)
    return decision?.role === 'question' && decision.probabilities[question]! >= 0.5
  }
  const questions = units.filter((unit, i) => {
    const next = units[i + 1]
    return isQuestion(unit) && next !== undefined && !isQuestion(next) && byLine.get(next.line)?.role === 'answer'
  })
  // One exchange is enough where the page says it is an interview; three elsewhere, and at least
  // one of them asks (an essay's short lines before long paragraphs look like prompts too).
  if (questions.length < (hasInterviewCue(all) ? 1 : 3)) return empty
  if (!questions.some((unit) => endsWithQuestion(unit.text))) return empty
  const after = units.length - units.indexOf(questions[0]!)
  if (questions.length * 6 < after) return empty
  return {
    ...empty,
    questions: questions.map((unit) => mark(unit, 0, null, null)),
    // Each question and the answer unit after it.
    score: questions.length * 2
  }
}
