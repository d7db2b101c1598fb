/**
 * Dialogue dashes, as Russian, Ukrainian and other European presses print interviews:
 * "— Как вы оцениваете…?" / "— Я думаю…". Dashed paragraphs that ask are questions, the other
 * dashed paragraphs open answers; the dash is stripped from both.
 */
import type {Unit} from '../unit.js'
import {endsWithQuestion} from './patterns.js'
import {emptyReading, mark, type Reading} from './reading.js'

const dash = /^([—–―]\s+)\S/

/** Questions are the dashed paragraphs that end with a question mark. */
export function byDash(units: Unit[]): Reading {
  const dashed = units.filter((unit) => unit.tree.type === 'paragraph' && dash.test(unit.text))
  const asking = dashed.filter((unit) => endsWithQuestion(unit.text))
  if (dashed.length < 4 || asking.length < 2) return emptyReading('dialogue dashes')
  const answerPrefixes = new Map<Unit, number>()
  for (const unit of dashed) if (!asking.includes(unit)) answerPrefixes.set(unit, dash.exec(unit.text)![1]!.length)
  const questions = asking.map((unit) => mark(unit, dash.exec(unit.text)![1]!.length, null, null))
  return {strategy: 'dialogue dashes', questions, answerPrefixes, answerer: null, confident: answerPrefixes.size >= asking.length - 1, continued: [], score: dashed.length}
}
