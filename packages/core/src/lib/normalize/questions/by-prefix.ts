/** `Q:`/`A:` (and `Q.`, `Q -`, `Question:`, `Q1.`/`A1.`) prefixed interviews. */
import type {Unit} from '../unit.js'
import {qaPrefix, speakerOf} from './patterns.js'
import {mark, type Reading} from './reading.js'

/** Questions are the `Q` units; `A` prefixes are stripped from the answers. */
export function byPrefix(units: Unit[]): Reading {
  const questions: Reading['questions'] = []
  const answerPrefixes = new Map<Unit, number>()
  for (const unit of units) {
    const m = qaPrefix(unit.text)
    if (!m) continue
    // "Q (Tass):" asks for an outlet: the asker is the prefix word as printed, as a briefing's
    // "Q (Tass):" among speaker labels reads, so every format labels it "Q (Tass):", not "Tass:".
    if (m.kind === 'q') questions.push(mark(unit, m.prefix, m.number, m.affiliation ? m.word : null, m.affiliation))
    else answerPrefixes.set(unit, m.prefix)
  }
  // A lone "A." is more likely an initial than an answer: answers need questions.
  if (questions.length === 0) answerPrefixes.clear()
  // "Q. …" answered by "ADICHIE-BELLO: …": labels that open the answers are prefixes too, one speaker or several.
  const answerer = repeatedAnswerLabel(units, new Set(questions.map((q) => q.unit)))
  if (answerer) {
    for (const [index, unit] of units.entries()) {
      const speaker = speakerOf(unit.text)
      const question = questions.find((q) => q.unit === units[index - 1])
      if (!speaker || qaPrefix(unit.text) || !question) continue
      answerPrefixes.set(unit, speaker.prefix)
      question.answerer = speaker.name
      question.answererAffiliation = speaker.affiliation
    }
  }
  return {
    strategy: 'Q:/A: prefixes',
    questions,
    answerPrefixes,
    answerer: answerer?.name ?? null,
    confident: answerPrefixes.size > 0 || questions.length > 1,
    continued: [],
    score: questions.length + answerPrefixes.size
  }
}

/** The label that opens most answers (the unit right after each question), if one repeats. */
function repeatedAnswerLabel(units: Unit[], questionUnits: Set<Unit>): {name: string} | null {
  const counts = new Map<string, number>()
  units.forEach((unit, index) => {
    const previous = units[index - 1]
    if (!previous || !questionUnits.has(previous)) return
    const speaker = speakerOf(unit.text)
    if (speaker && !qaPrefix(unit.text)) counts.set(speaker.name, (counts.get(speaker.name) ?? 0) + 1)
  })
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]
  const labelled = [...counts.values()].reduce((a, b) => a + b, 0)
  return best && labelled >= 2 && labelled * 2 >= questionUnits.size ? {name: best[0]} : null
}
