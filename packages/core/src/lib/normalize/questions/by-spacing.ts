/**
 * Questions set apart by space alone: magazines that print questions as statements ("Como nos
 * contaba…, se trata de una película contada desde la mirada del farero") give each one more
 * blank lines before it than the paragraphs of an answer get. Taken only when the rhythm is clear
 * (two or more such paragraphs, each followed by its answer) and always flagged for an editor.
 */
import type {Unit} from '../unit.js'
import {emptyReading, mark, type Reading} from './reading.js'

/** Blank lines before each unit, measured against every unit of the source (claimed or not). */
function gaps(all: Unit[]): Map<Unit, number> {
  const out = new Map<Unit, number>()
  for (const [index, unit] of all.entries()) out.set(unit, index === 0 ? 0 : unit.line - all[index - 1]!.endLine - 1)
  return out
}

/** Paragraphs after a double blank line, in a source whose paragraphs are otherwise one blank apart. */
export function bySpacing(units: Unit[], all: Unit[] = units): Reading {
  const gap = gaps(all)
  const wide = units.filter(
    (u) => (gap.get(u) ?? 0) >= 2 && u.tree.type === 'paragraph' && u.text.split(/\s+/).length <= 80
  )
  const single = units.filter((u) => gap.get(u) === 1).length
  if (wide.length < 2 || single < wide.length) return emptyReading('questions set apart by space')
  // Each question is followed by an answer one blank line below it.
  const answered = wide.every((q) => {
    const next = units[units.indexOf(q) + 1]
    return next !== undefined && gap.get(next) === 1
  })
  if (!answered) return emptyReading('questions set apart by space')
  const questions = wide.map((unit) => mark(unit, 0, null, null))
  return {
    strategy: 'questions set apart by blank lines',
    questions,
    answerPrefixes: new Map(),
    answerer: null,
    confident: false,
    continued: [],
    score: questions.length
  }
}
