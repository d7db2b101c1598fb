/**
 * Speaker labels (`Jane Doe: …`, `KHAN: …`, `AK: …`, `Interviewer: …`). The two most frequent
 * speakers are the interview; the one whose turns ask more is the interviewer. Labels of anyone
 * else (a quoted "Beijing: …") are left in the text.
 */
import type {Unit} from '../unit.js'
import {hasQuestionMark, speakerOf} from './patterns.js'
import {emptyReading, extend, mark, type Reading} from './reading.js'

const asksByName = /^(?:interviewer|host|q|moderator|question)$/i
const answersByName = /^(?:interviewee|guest|a|answer)$/i

/** Questions are the interviewer's turns; the interviewee's labels are stripped. */
export function bySpeaker(units: Unit[]): Reading {
  const turns = units.map((unit) => ({unit, speaker: speakerOf(unit.text)}))
  const stats = new Map<string, {turns: number; asks: number}>()
  for (const {unit, speaker} of turns) {
    if (!speaker) continue
    const entry = stats.get(speaker.name) ?? {turns: 0, asks: 0}
    entry.turns++
    if (hasQuestionMark(unit.text)) entry.asks++
    stats.set(speaker.name, entry)
  }
  const speakers = [...stats].filter(([, s]) => s.turns >= 2).sort((a, b) => b[1].turns - a[1].turns).slice(0, 2)
  if (speakers.length < 2) return emptyReading('speaker labels')
  const ratio = ([name, s]: [string, {turns: number; asks: number}]) => (asksByName.test(name) ? 2 : answersByName.test(name) ? -1 : s.asks / s.turns)
  speakers.sort((a, b) => ratio(b) - ratio(a))
  const asker = speakers[0]![0]
  const answerer = speakers[1]![0]
  const questions: Reading['questions'] = []
  const answerPrefixes = new Map<Unit, number>()
  const continued: Unit[] = []
  let previousWasQuestion = false
  let explained = 0
  for (const {unit, speaker} of turns) {
    if (speaker?.name === asker) {
      explained++
      const last = questions.at(-1)
      // A question spread over two labelled paragraphs is still one question.
      if (previousWasQuestion && last) {
        extend(last, unit, speaker.prefix)
        continued.push(unit)
      } else questions.push(mark(unit, speaker.prefix, null, asker))
      previousWasQuestion = true
    } else {
      if (speaker?.name === answerer) {
        answerPrefixes.set(unit, speaker.prefix)
        explained++
      }
      previousWasQuestion = false
    }
  }
  return {strategy: 'speaker labels', questions, answerPrefixes, answerer, confident: true, continued, score: explained}
}
