/**
 * Find the questions of an interview in whichever convention the source uses:
 * numbered (`1.`, `1)`, `Q1.`, `Question 1:`), `Q:`/`A:` prefixes, speaker labels
 * (`Jane Doe: …`), or bold/heading questions in Markdown. Each convention is tried on its own and
 * the one that explains most of the document wins, so a numbered list inside an answer of a
 * Q:/A: interview is not mistaken for questions.
 */
import type {PhrasingContent} from 'mdast'
import {messageAt} from '../messages.js'
import {stripLeading} from '../text/strip-leading.js'
import type {QuestionMark, State} from './state.js'
import type {Unit} from './unit.js'
import {phrasingOf} from './unit.js'
import {matchChrome} from './strip-chrome.js'

const numbered = /^((?:Q(?:uestion)?\s*(?:No\.?\s*)?)?(\d{1,4})\s*[.):\-–—]\s*)(\S.*)$/i
const qaPrefix = /^((Q|Question|A|Ans|Answer)\s*[:.)\-–—]\s*)(\S.*)$/i
const label = /^((\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|bin|al|von|van|de|ul)){0,3})\s*:\s+)(\S.*)$/u
const notSpeakers = new Set(['note', 'notes', "editor's note", 'editor’s note', 'update', 'updated', 'source', 'sources', 'photo', 'image', 'video', 'watch', 'listen', 'credit', 'caption', 'disclaimer', 'correction', 'translation', 'warning', 'read more', 'related', 'also read', 'q', 'a', 'question', 'answer', 'ans', 'tags', 'category', 'topics', 'see also', 'example', 'for example', 'first', 'second', 'third', 'finally', 'conclusion', 'summary', 'background', 'context'])

const hasQuestionMark = (text: string) => /\?/.test(text)
const endsWithQuestion = (text: string) => /\?["”’)\]*_]*$/.test(text)

/** True when a line opens a question in any convention (used to split text and spot titles). */
export function isQuestionStart(text: string): boolean {
  const n = numbered.exec(text)
  if (n && hasQuestionMark(n[3]!)) return true
  const q = qaPrefix.exec(text)
  return Boolean(q && /^q/i.test(q[2]!))
}

/**
 * True when a plain-text line must begin a new unit: it opens a question, an answer or a speaker's
 * turn, is chrome, or follows a question line (the answer often starts on the very next line).
 */
export function startsBlock(text: string, previous = ''): boolean {
  if (numbered.test(text) || qaPrefix.test(text) || speakerOf(text) !== null || matchChrome(text) !== undefined) return true
  return endsWithQuestion(previous) && (numbered.test(previous) || qaPrefix.test(previous) || speakerOf(previous) !== null)
}

function speakerOf(text: string): {name: string; prefix: number} | null {
  const m = label.exec(text)
  if (!m) return null
  const name = m[2]!.replace(/[.]$/, '')
  if (notSpeakers.has(name.toLowerCase()) || name.split(/\s+/).length > 4) return null
  return {name, prefix: m[1]!.length}
}

interface Reading {
  strategy: string
  questions: QuestionMark[]
  /** Units that open an answer with a prefix to strip, and how many characters. */
  answerPrefixes: Map<Unit, number>
  answerer: string | null
  confident: boolean
  /** Further paragraphs of a question spread over several labelled turns. */
  continued: Unit[]
}

function mark(unit: Unit, prefix: number, sourceNumber: string | null, asker: string | null): QuestionMark {
  const children: PhrasingContent[] = stripLeading(phrasingOf(unit.tree, unit.text), prefix)
  return {unit, children, sourceNumber, asker}
}

function byPrefix(units: Unit[]): Reading {
  const questions: QuestionMark[] = []
  const answerPrefixes = new Map<Unit, number>()
  for (const unit of units) {
    const m = qaPrefix.exec(unit.text)
    if (!m) continue
    if (/^q/i.test(m[2]!)) questions.push(mark(unit, m[1]!.length, null, null))
    else answerPrefixes.set(unit, m[1]!.length)
  }
  return {strategy: 'Q:/A: prefixes', questions, answerPrefixes, answerer: null, confident: answerPrefixes.size > 0 || questions.length > 1, continued: []}
}

function byNumber(units: Unit[]): Reading {
  const questions: QuestionMark[] = []
  for (const unit of units) {
    if (unit.listNumber !== null && hasQuestionMark(unit.text)) {
      questions.push(mark(unit, 0, unit.listNumber, null))
      continue
    }
    const m = numbered.exec(unit.text)
    if (m && hasQuestionMark(m[3]!) && unit.text.split(/\s+/).length <= 150) {
      questions.push(mark(unit, m[1]!.length, m[2]!, null))
    }
  }
  const confident = questions.length > 1 && questions.every((q) => endsWithQuestion(q.unit.text))
  return {strategy: 'numbered questions', questions, answerPrefixes: new Map(), answerer: null, confident, continued: []}
}

function bySpeaker(units: Unit[]): Reading {
  const turns = units.map((unit) => ({unit, speaker: speakerOf(unit.text)}))
  const stats = new Map<string, {turns: number; asks: number}>()
  for (const {unit, speaker} of turns) {
    if (!speaker) continue
    const entry = stats.get(speaker.name) ?? {turns: 0, asks: 0}
    entry.turns++
    if (hasQuestionMark(unit.text)) entry.asks++
    stats.set(speaker.name, entry)
  }
  const speakers = [...stats].filter(([, s]) => s.turns >= 2)
  const empty: Reading = {strategy: 'speaker labels', questions: [], answerPrefixes: new Map(), answerer: null, confident: false, continued: []}
  if (speakers.length < 2) return empty
  speakers.sort((a, b) => b[1].asks / b[1].turns - a[1].asks / a[1].turns || b[1].turns - a[1].turns)
  const asker = speakers[0]![0]
  const answerer = speakers[1]![0]
  const questions: QuestionMark[] = []
  const answerPrefixes = new Map<Unit, number>()
  const continued: Unit[] = []
  let previousWasQuestion = false
  for (const {unit, speaker} of turns) {
    if (speaker?.name === asker) {
      const current = mark(unit, speaker.prefix, null, asker)
      const last = questions.at(-1)
      // A question spread over two labelled paragraphs is still one question.
      if (previousWasQuestion && last) {
        last.children = [...last.children, {type: 'text', value: ' '}, ...current.children]
        continued.push(unit)
      } else questions.push(current)
      previousWasQuestion = true
    } else {
      if (speaker && stats.has(speaker.name)) answerPrefixes.set(unit, speaker.prefix)
      previousWasQuestion = false
    }
  }
  return {strategy: 'speaker labels', questions, answerPrefixes, answerer, confident: speakers.length === 2, continued}
}

function byEmphasis(units: Unit[]): Reading {
  const strong = units.filter((unit) => unit.strong)
  const strongAreQuestions = strong.length >= 2 && strong.filter((u) => hasQuestionMark(u.text)).length * 2 >= strong.length
  const questions = units
    .filter((unit) => (unit.strong && (strongAreQuestions || endsWithQuestion(unit.text))) || (unit.heading >= 2 && endsWithQuestion(unit.text)))
    .map((unit) => mark(unit, 0, null, null))
  return {strategy: 'bold or heading questions', questions, answerPrefixes: new Map(), answerer: null, confident: questions.length > 1, continued: []}
}

/** Mark question units and strip answer prefixes; warn when the structure is uncertain. */
export function detectQuestions(state: State): void {
  const units = state.units.filter((unit) => unit.role === null)
  const readings = [byPrefix(units), bySpeaker(units), byNumber(units), byEmphasis(units)]
  const best = readings.reduce((a, b) => (b.questions.length > a.questions.length ? b : a))
  if (best.questions.length === 0) return

  for (const question of best.questions) question.unit.role = 'question'
  for (const unit of best.continued) unit.role = 'question'
  for (const [unit, prefix] of best.answerPrefixes) {
    if (unit.role !== null) continue
    const children = stripLeading(phrasingOf(unit.tree, unit.text), prefix)
    if (unit.tree.type === 'paragraph') unit.tree = {...unit.tree, children}
    unit.text = unit.text.slice(prefix).trim()
  }
  state.questions = best.questions
  state.answerer = best.answerer
  if (!best.confident) {
    state.warnings.push(
      messageAt(state.file, 'structure/low-confidence', `questions found by ${best.strategy}, but the pattern is weak: check that every question was recognised`, best.questions[0]!.unit.line)
    )
  }
}
