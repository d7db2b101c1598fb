/**
 * Speaker labels (`Jane Doe: …`, `KHAN: …`, `AK: …`, `Interviewer: …`, `[00:12:31] Host: …`,
 * `Reporter (Reuters): …`). Speakers with at least two turns take part; those whose turns mostly
 * ask are the interviewers (a press conference has several), the others answer. With one answerer
 * the labels are stripped from the answers; with several they stay, so every answer keeps its
 * speaker. Labels of anyone else (a quoted "Beijing: …") are left in the text.
 */
import type {Unit} from '../unit.js'
import {hasQuestionMark, speakerOf} from './patterns.js'
import {emptyReading, extend, mark, type Reading} from './reading.js'

const asksByName = /^(?:interviewer|host|q|moderator|question|reporter|journalist|presenter|anchor)$/i
const answersByName = /^(?:interviewee|guest|a|answer|spokesperson|spokesman|spokeswoman|minister|speaker)$/i

/** Questions are the interviewers' turns. */
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
  const speakers = [...stats].filter(([, s]) => s.turns >= 2)
  if (speakers.length < 2) return emptyReading('speaker labels')
  const ratio = ([name, s]: [string, {turns: number; asks: number}]) => (asksByName.test(name) ? 2 : answersByName.test(name) ? -1 : s.asks / s.turns)
  speakers.sort((a, b) => ratio(b) - ratio(a) || b[1].turns - a[1].turns)
  // The most asking speaker asks; so does anyone who asks in most turns, unless that leaves nobody to answer.
  const askers = new Set([speakers[0]![0], ...speakers.slice(1).filter((s) => ratio(s) > 0.5).map(([name]) => name)])
  if (askers.size === speakers.length) askers.delete(speakers.at(-1)![0])
  const answerers = speakers.map(([name]) => name).filter((name) => !askers.has(name))

  const questions: Reading['questions'] = []
  const answerPrefixes = new Map<Unit, number>()
  const continued: Unit[] = []
  let previousWasQuestion = false
  let explained = 0
  for (const {unit, speaker} of turns) {
    if (speaker && askers.has(speaker.name)) {
      explained++
      const last = questions.at(-1)
      // A question spread over two labelled paragraphs is still one question.
      if (previousWasQuestion && last) {
        extend(last, unit, speaker.prefix)
        continued.push(unit)
      } else questions.push(mark(unit, speaker.prefix, null, speaker.name))
      previousWasQuestion = true
    } else {
      if (speaker && answerers.includes(speaker.name)) {
        if (answerers.length === 1) answerPrefixes.set(unit, speaker.prefix)
        explained++
      }
      previousWasQuestion = false
    }
  }
  return {strategy: 'speaker labels', questions, answerPrefixes, answerer: answerers.length === 1 ? answerers[0]! : null, answerers, confident: true, continued, score: explained}
}
