/**
 * Find the questions of an interview in whichever convention the source uses. Each convention is
 * read on its own and the reading that explains most of the document wins (ties go to the more
 * explicit convention), so a numbered list inside an answer of a Q:/A: interview is not mistaken
 * for questions. Then two editorial clean-ups: a lead-in paragraph directly before a question
 * joins it, and closing thanks ("Thank you." / "My pleasure.") are not counted as a question.
 */
import {lexicon} from '../../languages/index.js'
import {toString} from 'mdast-util-to-string'
import {messageAt} from '../../messages.js'
import {stripLeading} from '../../text/strip-leading.js'
import {shapeRoleModel} from '../roles/weights.js'
import type {State} from '../state.js'
import {removeUnit} from '../state.js'
import type {Unit} from '../unit.js'
import {phrasingOf} from '../unit.js'
import {byBareQuestion, hasInterviewCue} from './by-bare-question.js'
import {byCutTurn} from './by-cut-turn.js'
import {byDash} from './by-dash.js'
import {byEmphasis} from './by-emphasis.js'
import {byNumber} from './by-number.js'
import {byLetter} from './by-letter.js'
import {byPrefix} from './by-prefix.js'
import {byRoles} from './by-roles.js'
import {bySpacing} from './by-spacing.js'
import {bySpeaker} from './by-speaker.js'
import {hasQuestionMark, isStamp, speakerOf} from './patterns.js'
import type {Reading} from './reading.js'

export {isQuestionStart, startsBlock} from './patterns.js'

const readers: Array<(units: Unit[], all: Unit[], lang: string) => Reading> = [
  byPrefix,
  byLetter,
  bySpeaker,
  byNumber,
  byEmphasis,
  byDash,
  byBareQuestion,
  bySpacing,
  byCutTurn
]
const thanks = new RegExp(
  `^(?:[\\p{L} .]{1,30},\\s*)?${lexicon('closingThanks', undefined, {words: 'whole'})}[^?]*$`,
  'iu'
)

/** Mark question units and strip answer prefixes; warn when the structure is uncertain. */
export function detectQuestions(state: State): void {
  const units = state.units.filter((unit) => unit.role === null)
  const lang = state.overrides.lang ?? state.language?.lang ?? 'en'
  const readings = readers.map((read) => read(units, state.units, lang))
  let best = readings.reduce((a, b) => (b.score > a.score ? b : a))
  // No convention found a question: the role decoder may still see an interview's alternation.
  if (best.questions.length === 0) {
    const decoded = byRoles(units, state.units, state.lines, state.roleModel ?? shapeRoleModel)
    if (decoded.questions.length > 0) best = decoded
  }
  const others = readings.filter((r) => r !== best && r.score > 0).map((r) => `${r.strategy} ${r.score}`)
  state.reasons.structure =
    best.questions.length === 0
      ? `no convention found questions${others.length ? ` (${others.join(', ')})` : ''}: an article`
      : `${best.strategy}: ${best.questions.length} question(s), ${best.confident ? 'confident' : 'weak'}, explains ${best.score} unit(s)${others.length ? `; other readings: ${others.join(', ')}` : ''}`
  if (best.questions.length === 0) {
    // The page says "interview" (or "Q&A", "entretien", "مصاحبه"…) but no convention found a question.
    if (hasInterviewCue(state.units)) {
      const cue = state.units.find((u) => hasInterviewCue([u]))
      state.warnings.push(
        messageAt(
          state.file,
          'structure/interview-without-questions',
          'the text says it is an interview, but no questions were recognised: published as an article; check the structure or set "kind"',
          cue?.line ?? null
        )
      )
    }
    return
  }
  // Two conventions that explain the text almost equally well: the choice may be wrong.
  const runnerUp = readings.filter((r) => r !== best && r.questions.length > 0).sort((a, b) => b.score - a.score)[0]
  if (
    runnerUp &&
    runnerUp.score >= best.score * 0.8 &&
    runnerUp.questions.map((q) => q.unit.line).join() !== best.questions.map((q) => q.unit.line).join()
  ) {
    state.warnings.push(
      messageAt(
        state.file,
        'structure/ambiguous',
        `two readings are close: ${best.strategy} (${best.score}) was chosen over ${runnerUp.strategy} (${runnerUp.score}); check the questions`,
        best.questions[0]!.unit.line
      )
    )
  }
  // Questions only in the last part of a long text: the first part may hold unrecognised ones.
  const before = units.filter((u) => u.line < best.questions[0]!.unit.line && u.text.split(/\s+/).length > 8).length
  if (before >= 6 && before > units.length / 2) {
    state.warnings.push(
      messageAt(
        state.file,
        'structure/partial',
        `the first question comes after ${before} paragraphs: questions were found in only part of the text`,
        best.questions[0]!.unit.line
      )
    )
  }

  mergeLeadIns(best, units)
  for (const question of best.questions) question.unit.role = 'question'
  for (const unit of best.continued) unit.role = 'question'
  for (const [unit, prefix] of best.answerPrefixes) {
    if (unit.role !== null) continue
    const children = stripLeading(phrasingOf(unit.tree, unit.text), prefix)
    if (unit.tree.type === 'paragraph') unit.tree = {...unit.tree, children}
    unit.text = unit.text.slice(prefix).trim()
  }
  // A label left alone (its turn below it, or nothing after it where the copy stops) is not content.
  for (const [unit] of best.answerPrefixes) {
    if (unit.role === null && unit.text === '')
      removeUnit(state, unit, 'structure/label', 'speaker label on a line of its own (its turn follows)')
  }
  best.questions = best.questions.filter((question) => {
    if (toString({type: 'paragraph', children: question.children}).trim() !== '') return true
    removeUnit(
      state,
      question.unit,
      'structure/dangling-label',
      'speaker label with nothing after it: the copy stops here'
    )
    state.truncated = true
    state.warnings.push(
      messageAt(
        state.file,
        'source/dangling-label',
        `the source ends on the speaker label "${question.unit.text}" with nothing after it: the text is incomplete`,
        question.unit.line
      )
    )
    return false
  })
  if (best.questions.length === 0) return
  state.questions = best.questions
  state.answerer = best.answerer
  state.answerers = best.answerers ?? (best.answerer ? [best.answerer] : [])
  state.turnStarts = best.turnStarts ?? new Map()
  listLabelStamps(state, [...best.questions.map((q) => q.unit), ...state.turnStarts.keys()])
  if (!best.confident) {
    state.warnings.push(
      messageAt(
        state.file,
        'structure/low-confidence',
        `questions found by ${best.strategy}, but the pattern is weak: check that every question was recognised`,
        best.questions[0]!.unit.line
      )
    )
  }
}

/**
 * A time stamp in a speaker label's brackets ("Speaker 1 (01:02):") is stripped with the label and
 * is not content: it is listed as removed from its line, with the reason, so the ledger accounts
 * for it (the rest of the line stays published). Any other bracket ("Luis Moreno (El País):") is
 * kept in the model as the speaker's affiliation (`QA.askerAffiliation`, `AnswerTurn.affiliation`).
 */
function listLabelStamps(state: State, units: readonly Unit[]): void {
  for (const unit of new Set(units)) {
    const label = speakerOf(unit.text)
    const bracket = label ? /\(([^)]{1,40})\)\s*[:：]?\s*$/u.exec(unit.text.slice(0, label.prefix)) : null
    if (!label || !bracket || !isStamp(bracket[1]!)) continue
    state.removed.push({
      line: unit.line,
      text: bracket[0].replace(/\s*[:：]?\s*$/u, ''),
      reason: `the time stamp of the speaker label "${label.name}"`,
      rule: 'structure/label-stamp'
    })
  }
}

/** A question that does not ask, directly followed by one that does, is its lead-in. */
function mergeLeadIns(reading: Reading, units: Unit[]): void {
  for (let i = reading.questions.length - 2; i >= 0; i--) {
    const lead = reading.questions[i]!
    const next = reading.questions[i + 1]!
    const between = units
      .slice(units.indexOf(lead.unit) + 1, units.indexOf(next.unit))
      .filter((u) => !reading.continued.includes(u))
    if (between.length > 0 || hasQuestionMark(lead.unit.text)) continue
    next.children = [...lead.children, {type: 'text', value: ' '}, ...next.children]
    next.sourceNumber ??= lead.sourceNumber
    next.unit.role = 'question'
    reading.continued.push(next.unit)
    // The merged question keeps the lead-in's unit as its anchor line.
    reading.questions.splice(i, 2, {...next, unit: lead.unit})
  }
}

/**
 * "Thank you." / "My pleasure." after the last answer is courtesy, not a question: it is listed as
 * removed (runs after the bio and notes are taken out of the last answer).
 */
export function dropClosingThanks(state: State): void {
  const last = state.questions.at(-1)
  const answer = state.answers.at(-1)
  if (!last || !answer || state.questions.length < 2) return
  if (!thanks.test(toString({type: 'paragraph', children: last.children}).trim())) return
  if (answer.length > 1 || answer.some((u) => u.text.split(/\s+/).length > 20 || hasQuestionMark(u.text))) return
  state.questions.pop()
  state.answers.pop()
  const continued = state.units.filter((u) => u.role === 'question' && u.line > last.unit.line && !answer.includes(u))
  for (const unit of [last.unit, ...continued, ...answer])
    removeUnit(state, unit, 'structure/closing-thanks', 'closing thanks, not a question')
}
