/**
 * Turn markers at the start of a paragraph: dialogue dashes as Russian and other European presses
 * print interviews ("— Как вы оцениваете…?" / "— Я думаю…"), the Japanese "──" before questions,
 * "*" questions with "-" answers in Arabic supplements, "■" questions. Three conventions:
 *  - one marker for both sides: the marked paragraphs that ask are questions, the others answers;
 *  - two markers: the one whose paragraphs mostly ask marks questions, the other answers;
 *  - a marker on questions only, answers unmarked.
 * Markers are stripped; an em dash inside a sentence is never a turn.
 */
import type {Unit} from '../unit.js'
import {endsWithQuestion, hasQuestionMark} from './patterns.js'
import {emptyReading, mark, type Reading} from './reading.js'

/** The marker and its length, or null. "──" and "——" need no space; single dashes, stars and squares do. */
function markerOf(unit: Unit): {marker: string; length: number} | null {
  if (unit.tree.type !== 'paragraph') return null
  // "-8년 전 서점을 열게 된 계기는." — a hyphen glued to the text marks a question too, but not a negative number.
  const m = /^(──|——|――|[—–―]\s*(?=\S)|[-*■●▶►]\s+(?=\S)|-(?=[\p{L}¿¡«"“„]|\d+\p{Lo}))/u.exec(unit.text)
  if (!m) return null
  // "──『…』──": a line wrapped in dashes is a heading, not a turn.
  if (/(?:──|——|――)\s*$/u.test(unit.text)) return null
  const marker = m[1]!.trim().replace(/^[—–―]$/u, '—')
  return {marker, length: m[0].length}
}

/**
 * Questions in statement form (Korean "…계기는.", Japanese "…について。") marked by a dash of their
 * own: every marked paragraph is short and followed by an unmarked one (its answer).
 */
function markedQuestionsOnly(marked: Unit[], units: Unit[]): boolean {
  if (!marked.every((unit) => words(unit) <= 40) || !answeredEach(marked, units, false)) return false
  // The prompt-and-answer rhythm: a topic prompt is short beside its answer. A dash before quoted
  // speech in an article (Finnish, Swedish, Norwegian news: "– Näin ei saa käydä, X sanoo.") is as
  // long as the paragraphs around it.
  const answers = marked.map((unit) => words(units[units.indexOf(unit) + 1]!))
  return median(marked.map(words)) * 2 <= median(answers)
}

const words = (unit: Unit) => unit.text.split(/\s+/).length
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

/**
 * Answers alone are marked (Finnish and Scandinavian interviews: a bare question, then "– answer"):
 * no marked paragraph asks, and each run of marked paragraphs follows an unmarked one that ends
 * with a question mark. Returns those questions, or null.
 */
function markedAnswersOnly(marked: Unit[], units: Unit[]): Unit[] | null {
  if (marked.some((unit) => hasQuestionMark(unit.text))) return null
  const set = new Set(marked)
  const questions: Unit[] = []
  for (const unit of marked) {
    const previous = units[units.indexOf(unit) - 1]
    if (previous !== undefined && set.has(previous)) continue
    if (previous === undefined || !endsWithQuestion(previous.text) || markerOf(previous) !== null) return null
    questions.push(previous)
  }
  return questions.length >= 2 ? questions : null
}

/**
 * Every marked paragraph is followed by an unmarked one (its answer), the last one possibly ending
 * the copy when `cut` (questions that ask; a statement must show its answer): turns, not a
 * bulleted list (whose items follow each other).
 */
function answeredEach(marked: Unit[], units: Unit[], cut = true): boolean {
  return marked.every((unit, i) => {
    const next = units[units.indexOf(unit) + 1]
    return next === undefined ? cut && i === marked.length - 1 : markerOf(next) === null
  })
}

/** Questions are the marked paragraphs that ask, or those with the asking marker. */
export function byDash(units: Unit[]): Reading {
  const marked = units
    .map((unit) => ({unit, m: markerOf(unit)}))
    .filter((x): x is {unit: Unit; m: {marker: string; length: number}} => x.m !== null)
  if (marked.length < 2) return emptyReading('dialogue dashes')
  const byMarker = new Map<string, typeof marked>()
  for (const x of marked) byMarker.set(x.m.marker, [...(byMarker.get(x.m.marker) ?? []), x])
  const asks = (xs: typeof marked) => xs.filter((x) => hasQuestionMark(x.unit.text)).length / xs.length
  const ranked = [...byMarker].sort((a, b) => asks(b[1]) - asks(a[1]) || b[1].length - a[1].length)
  const [qMarker, qUnits] = ranked[0]!
  const answerPrefixes = new Map<Unit, number>()
  let questions: Reading['questions']
  let confident: boolean
  if (ranked.length >= 2 && ranked[1]![1].length >= 1 && asks(qUnits) > asks(ranked[1]![1])) {
    // Two markers: "*" asks, "-" answers.
    questions = qUnits.map((x) => mark(x.unit, x.m.length, null, null))
    for (const x of ranked[1]![1]) answerPrefixes.set(x.unit, x.m.length)
    confident = qUnits.length >= 2
  } else if (
    qUnits.length >= 2 &&
    (asks(qUnits) >= 0.6
      ? !['-', '*'].includes(qMarker) ||
        answeredEach(
          qUnits.map((x) => x.unit),
          units
        )
      : markedQuestionsOnly(
          qUnits.map((x) => x.unit),
          units
        ))
  ) {
    // Questions alone are marked ("──本作は…?"); answers follow unmarked.
    questions = qUnits.map((x) => mark(x.unit, x.m.length, null, null))
    confident = qUnits.length >= 3
  } else if (
    ranked.length === 1 &&
    markedAnswersOnly(
      qUnits.map((x) => x.unit),
      units
    )
  ) {
    // Bare questions, answers after a dash: the dash is stripped from each answer paragraph.
    questions = markedAnswersOnly(
      qUnits.map((x) => x.unit),
      units
    )!.map((unit) => mark(unit, 0, null, null))
    for (const x of qUnits) answerPrefixes.set(x.unit, x.m.length)
    confident = questions.length >= 3
  } else if (['—', '–', '―'].includes(qMarker)) {
    // Dialogue dashes on both sides: the ones that ask are questions.
    const asking = qUnits.filter((x) => endsWithQuestion(x.unit.text))
    if (asking.length === 0 || !endsWithQuestion(qUnits[0]!.unit.text)) return emptyReading('dialogue dashes')
    questions = asking.map((x) => mark(x.unit, x.m.length, null, null))
    for (const x of qUnits) if (!asking.includes(x)) answerPrefixes.set(x.unit, x.m.length)
    confident = asking.length >= 2 && answerPrefixes.size >= asking.length - 1
  } else return emptyReading('dialogue dashes')
  return {
    strategy: `turn markers (${qMarker})`,
    questions,
    answerPrefixes,
    answerer: null,
    confident,
    continued: [],
    score: questions.length + answerPrefixes.size
  }
}
