/**
 * Numbered questions (`1.`, `1)`, `Q1.`, `Question 1 –`, Markdown ordered lists of questions).
 * A numbered paragraph is a question when it asks (`?`), when it says so (`Q1`, `Question 1`), or
 * when its number fills the sequence of the asking ones ("3. Describe a typical day." between
 * 2 and 4). A numbered list inside an answer restarts its numbers and stays in the answer; an
 * essay's numbered points with a single `?` among them are not an interview.
 */
import {lexicon} from '../../languages/index.js'
import type {Unit} from '../unit.js'
import {endsWithQuestion, hasQuestionMark, numbered} from './patterns.js'
import {emptyReading, extend, mark, type Reading} from './reading.js'

const questionNumber = new RegExp(`^(?:[-–—•]\\s+)?${lexicon('questionNumberLead')}`, 'iu')

interface Candidate {
  unit: Unit
  index: number
  number: number
  printed: string
  prefix: number
  asks: boolean
  explicit: boolean
}

function candidate(unit: Unit, index: number): Candidate | null {
  if (unit.listNumber !== null) {
    return {
      unit,
      index,
      number: Number(unit.listNumber),
      printed: unit.listNumber,
      prefix: 0,
      asks: hasQuestionMark(unit.text),
      explicit: false
    }
  }
  const m = numbered.exec(unit.text)
  if (!m || unit.text.split(/\s+/).length > 150) return null
  const printed = m[2] ?? m[3] ?? m[4]!
  return {
    unit,
    index,
    number: Number(printed),
    printed,
    prefix: m[1]!.length,
    asks: hasQuestionMark(m[5]!),
    explicit: questionNumber.test(m[1]!)
  }
}

/** Numbered questions, with the sequence filling gaps left by questions without `?`. */
export function byNumber(units: Unit[]): Reading {
  const candidates = units.map(candidate).filter((c): c is Candidate => c !== null)
  const asking = candidates.filter((c) => c.asks || c.explicit)
  if (asking.length === 0) return emptyReading('numbered questions')
  // One asking item among several numbered points is an essay's list, not an interview.
  if (asking.length === 1 && candidates.length > 2 && !asking[0]!.explicit) return emptyReading('numbered questions')

  const accepted = new Set(asking)
  if (asking.length * 2 >= candidates.length) {
    let previous: Candidate | null = null
    for (const c of candidates) {
      if (accepted.has(c)) {
        previous = c
        continue
      }
      const next = asking.find((a) => a.index > c.index)
      const fits = previous ? c.number === previous.number + 1 : c.number === 1
      if (fits && (!next || c.number < next.number)) {
        accepted.add(c)
        previous = c
      }
    }
  }

  const chosen = candidates.filter((c) => accepted.has(c))
  const questions = chosen.map((c) => mark(c.unit, c.prefix, c.printed, null))
  // "Congratulations. How did you hear?" … then "2. …": the first question was left unnumbered.
  const first = chosen[0]
  if (first && first.number === 2) {
    const before = units.slice(0, first.index)
    const lead = before.findLastIndex(
      (u, i) =>
        i < before.length - 1 && endsWithQuestion(u.text) && u.text.split(/\s+/).length <= 60 && !numbered.test(u.text)
    )
    if (lead >= 0 && before.slice(lead + 1).every((u) => !endsWithQuestion(u.text)))
      questions.unshift(mark(before[lead]!, 0, null, null))
  }
  const continued: Unit[] = []
  // "2. Let me push back. Critics say…" + "How do you respond to that?": one question.
  chosen.forEach((c, i) => {
    if (c.asks || c.explicit) return
    const next = units[c.index + 1]
    if (
      next &&
      !candidates.some((o) => o.unit === next) &&
      endsWithQuestion(next.text) &&
      next.text.split(/\s+/).length <= 40
    ) {
      extend(questions[i]!, next)
      continued.push(next)
    }
  })
  const confident = questions.length > 1 && chosen.filter((c) => c.asks || c.explicit).length * 2 >= chosen.length
  return {
    strategy: 'numbered questions',
    questions,
    answerPrefixes: new Map(),
    answerer: null,
    confident,
    continued,
    score: questions.length
  }
}
