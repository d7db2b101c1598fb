/**
 * Question and answer letters of the page's language: Turkish "S: … / C: …", Italian "D: … / R: …",
 * Finnish "K: … / V: …", Swedish "F: … / S: …", Indonesian "T: … / J: …", Hindi "प्र: … / उ: …"
 * (`questionLetter`, `answerLetter` in languages/<lang>/lexicon.ts). A letter means question in
 * one language and answer or a speaker's initial in another (Swedish "S:" answers, Turkish "S:"
 * asks), so each page reads its own language's letters only: two questions or more, each
 * answered by the answer letter or by an unlabelled paragraph, and answers labelled at least every
 * other time unless every lettered question ends with a question mark.
 */
import {escapePhrase, phrases} from '../../languages/index.js'
import type {Unit} from '../unit.js'
import {endsWithQuestion} from './patterns.js'
import {emptyReading, mark, type Reading} from './reading.js'

const compiled = new Map<string, RegExp | null>()

/** "S: …", "D. …", "प्र: …": a letter of the language, a colon or full stop, then the text; group 1 the letter. */
function letterLabel(lang: string): RegExp | null {
  if (!compiled.has(lang)) {
    const letters = phrases(['questionLetter', 'answerLetter'], [lang])
    compiled.set(
      lang,
      letters.length === 0 ? null : new RegExp(`^(${letters.map(escapePhrase).join('|')})\\s?[:.：]\\s*(?=\\S)`, 'iu')
    )
  }
  return compiled.get(lang) ?? null
}

/** Questions are the units the language's question letter opens; answer letters are stripped. */
export function byLetter(units: Unit[], _all: Unit[], lang = 'en'): Reading {
  const code = lang.toLowerCase().split(/[-_]/u)[0] ?? 'en'
  const label = letterLabel(code)
  const strategy = 'question and answer letters'
  if (!label) return emptyReading(strategy)
  const asking = new Set(phrases('questionLetter', [code]).map((l) => l.toLowerCase()))
  const marked = units.flatMap((unit) => {
    const m = label.exec(unit.text)
    // A cased letter is printed as a capital ("S:", not "s:", which starts a sentence).
    if (!m || (/\p{Ll}/u.test(m[1]!) && /\p{Lu}/u.test(m[1]!.toUpperCase()))) return []
    // "A. Q. Khan": initials, not a label.
    if (/\.\s*$/u.test(m[0]) && /^\p{Lu}\.(?:\s|$)/u.test(unit.text.slice(m[0].length))) return []
    return [{unit, prefix: m[0].length, asks: asking.has(m[1]!.toLowerCase())}]
  })
  const questions = marked.filter((x) => x.asks)
  const answers = marked.filter((x) => !x.asks)
  // Answers are labelled at least every other time, or every labelled question asks ("D: …?").
  const asked = questions.every((q) => endsWithQuestion(q.unit.text))
  if (questions.length < 2 || (answers.length * 2 < questions.length && !asked)) return emptyReading(strategy)
  // Each question is followed by its answer: a labelled one or an unlabelled paragraph, never another question.
  const answered = questions.every((q) => {
    const next = units[units.indexOf(q.unit) + 1]
    return next !== undefined && !questions.some((x) => x.unit === next)
  })
  if (!answered) return emptyReading(strategy)
  return {
    strategy,
    questions: questions.map((q) => mark(q.unit, q.prefix, null, null)),
    answerPrefixes: new Map(answers.map((a) => [a.unit, a.prefix])),
    answerer: null,
    confident: questions.length >= 3 && answers.length >= questions.length - 1,
    continued: [],
    score: questions.length + answers.length
  }
}
