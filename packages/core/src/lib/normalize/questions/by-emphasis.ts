/**
 * Markdown questions set in bold or italics (a paragraph that is all `**…**` or `*…*`) or as
 * headings. When most such paragraphs ask, all of them are questions ("**Tell me about the
 * tools.**"); otherwise only the ones ending in `?`.
 */
import type {Unit} from '../unit.js'
import {endsWithQuestion, hasQuestionMark} from './patterns.js'
import {mark, type Reading} from './reading.js'

/** True for a Markdown paragraph whose only content is `*italic*`. */
function isItalic(unit: Unit): boolean {
  if (unit.tree.type !== 'paragraph' || unit.strong) return false
  const only = unit.tree.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  return only.length === 1 && only[0]!.type === 'emphasis'
}

const mostlyAsking = (list: Unit[]) =>
  list.length >= 2 && list.filter((u) => hasQuestionMark(u.text)).length * 2 >= list.length

/** Bold, italic or heading questions; each style is judged on its own (an italic dek is not a bold question). */
export function byEmphasis(units: Unit[]): Reading {
  const styles = [units.filter((u) => u.strong), units.filter(isItalic), units.filter((u) => u.heading >= 2)]
  const chosen = new Set(
    styles.flatMap((group) => (mostlyAsking(group) ? group : group.filter((u) => endsWithQuestion(u.text))))
  )
  const picked = units.filter((u) => chosen.has(u))
  // An emphatic closing line after the last question is a note, not a question ("*Responses have been condensed.*").
  while (
    picked.length > 0 &&
    !hasQuestionMark(picked.at(-1)!.text) &&
    units.indexOf(picked.at(-1)!) === units.length - 1
  )
    picked.pop()
  const questions = picked.map((unit) => mark(unit, 0, null, null))
  return {
    strategy: 'bold, italic or heading questions',
    questions,
    answerPrefixes: new Map(),
    answerer: null,
    confident: questions.length > 1,
    continued: [],
    score: questions.length
  }
}
