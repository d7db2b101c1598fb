/**
 * Transcripts as transcription services and subtitle pages print them, turned into labelled turns
 * the speaker reader understands:
 *  - subtitle cues (SRT/WebVTT: a cue number, "00:00:05,240 --> 00:00:07,810", one or two
 *    hard-wrapped lines): numbers and timings are listed as removed, the cue text is joined and cut
 *    into turns where a speaker label ("Mr. Delacroix:") starts one, or a WebVTT voice span names
 *    another speaker ("<v Speaker 2>…" becomes "Speaker 2: …"; the cue's other tags are dropped);
 *  - "Speaker 1" and "00:05" on lines of their own before each segment: the label joins its text.
 * A date in the clip's file name ("File:04-23-15- … .webm", US order) dates the transcript.
 */
import {lexicon} from '../languages/index.js'
import {speakerOf} from './questions/patterns.js'
import type {State} from './state.js'
import type {Unit} from './unit.js'
import {textUnit} from './unit.js'

const cueTiming = /^\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s+-->\s+\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}/u
const cueNumber = /^\d{1,6}$/u
/** A timestamp alone on its line: "00:05", "[00:12:31]", "(12:31)". */
export const timestampLine = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?$/u
/** A generic speaker tag alone on its line: "Speaker 1", "SPEAKER_02", "Sprecher 2". */
export const speakerTag = new RegExp(`^${lexicon('speakerWord')}[\\s_]*\\d{1,2}$`, 'iu')

/** Rewrite the units of a transcript as labelled turns (no-op for other sources). */
export function readTranscript(state: State): void {
  if (state.format !== 'txt') return
  if (state.lines.filter((line) => cueTiming.test(line.trim())).length >= 3) readSubtitles(state)
  else joinSpeakerTags(state)
}

function readSubtitles(state: State): void {
  const {lines} = state
  const first = lines.findIndex((line) => cueTiming.test(line.trim()))
  const start = first > 0 && cueNumber.test(lines[first - 1]!.trim()) ? first - 1 : first
  const text: Array<{line: number; text: string}> = []
  for (let index = start; index < lines.length; index++) {
    const line = lines[index]!.trim()
    if (line === '') continue
    if (cueTiming.test(line) || (cueNumber.test(line) && cueTiming.test(lines[index + 1]?.trim() ?? ''))) {
      state.removed.push({
        line: index + 1,
        text: lines[index]!,
        reason: 'subtitle cue number or timing',
        rule: 'structure/subtitle-cue'
      })
      continue
    }
    text.push({line: index + 1, text: line})
  }
  // Cut the running text into turns where a label starts a line, or a WebVTT voice changes.
  const turns: Array<{line: number; endLine: number; parts: string[]}> = []
  let voice: string | null = null
  for (const piece of text) {
    const voiced = voiceSpan.exec(piece.text)
    const said = voiced ? stripCueTags(voiced[2]!) : stripCueTags(piece.text)
    const open = turns.at(-1)
    if (voiced && voiced[1]!.trim() !== voice) {
      // A new voice: "<v Speaker 2>Hi Tom" is the turn "Speaker 2: Hi Tom".
      voice = voiced[1]!.trim()
      turns.push({line: piece.line, endLine: piece.line, parts: [`${voice}: ${said}`]})
      continue
    }
    const label = voiced ? null : speakerOf(said)
    if (!open || (label && label.rest !== '')) {
      voice = null
      turns.push({line: piece.line, endLine: piece.line, parts: [said]})
    } else {
      open.parts.push(said)
      open.endLine = piece.line
    }
  }
  // "WEBVTT - Ask Us Anything": the file's signature is not text; what follows it on the line is its header.
  const signature = /^\uFEFF?WEBVTT(?:[ \t]+[-–—:|]?[ \t]*|$)/u.exec(lines[0] ?? '')
  const before = state.units.flatMap((unit) => {
    if (unit.endLine >= start + 1) return []
    if (!signature || unit.line !== 1) return [unit]
    state.removed.push({
      line: 1,
      text: signature[0].trim(),
      reason: 'WebVTT file signature',
      rule: 'structure/subtitle-cue'
    })
    const rest = unit.text.slice(unit.text.indexOf('WEBVTT') + 'WEBVTT'.length).replace(/^[ \t]*[-–—:|]?[ \t]*/u, '')
    return rest === '' ? [] : [textUnit(unit.line, unit.endLine, rest)]
  })
  state.units = [...before, ...turns.map((t) => textUnit(t.line, t.endLine, t.parts.join(' ')))]
  dateFromFileName(state, lines.slice(0, start))
}

/**
 * A WebVTT voice span opening a cue's text: "<v Speaker 1>Hello", "<v.loud Esme>Hi</v>" (W3C
 * WebVTT, §4.2.2 "WebVTT cue voice span"): group 1 the voice's name, group 2 the text.
 */
const voiceSpan = /^<v(?:\.[^\s>]+)?\s+([^>]+)>(.*)$/u
/** WebVTT's other cue markup: class, italic, bold, underline, ruby and language spans, cue timestamps ("<00:00:05.120>"). */
const cueTag = /<\/?(?:c|i|b|u|v|ruby|rt|lang)(?:[.\s][^>]*)?>|<\d{1,2}:\d{2}(?::\d{2})?\.\d{3}>/gu
const stripCueTags = (text: string) => text.replace(cueTag, '').replace(/\s+/gu, ' ').trim()

/** "File:04-23-15- Governor's Office Press Briefing.webm": month-day-year, as US agencies name clips. */
function dateFromFileName(state: State, head: string[]): void {
  for (const [index, line] of head.entries()) {
    const m = /File:\s*(\d{2})-(\d{2})-(\d{2,4})\b/iu.exec(line)
    if (!m) continue
    const [month, day, yy] = [+m[1]!, +m[2]!, +m[3]!]
    const year = yy < 100 ? 2000 + yy : yy
    const date = new Date(Date.UTC(year, month - 1, day))
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) continue
    const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    state.date = {
      value,
      precision: 'day',
      source: 'inferred',
      evidence: `clip file name, US order: "${m[0]}"`,
      line: index + 1
    }
    return
  }
}

/** "Desmond Harlow 00:00:03" alone on a line: a name with a timestamp before the turn below it. */
const namedStamp =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|speaker\s*\d{1,2})\s+[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?$/iu

/** "Speaker 1" / "00:00" / text (or "Name 00:00:03" / text) → one unit "Speaker 1: text", the timestamp listed as removed. */
function joinSpeakerTags(state: State): void {
  // "Name 00:00:03" lines become the tag and a timestamp of their own.
  // Short lines only: a paragraph is never a tag (and the pattern need not scan it).
  const short = (u: Unit) => u.text.length <= 60
  const stamped = state.units.filter((u) => short(u) && namedStamp.test(u.text)).length >= 3
  const tags = new Set<Unit>()
  for (const unit of state.units) {
    const m = short(unit) ? namedStamp.exec(unit.text) : null
    if (m && stamped) {
      tags.add(unit)
      state.removed.push({
        line: unit.line,
        text: unit.text.slice(m[1]!.length).trim(),
        reason: 'transcript timestamp',
        rule: 'structure/timestamp'
      })
      unit.text = m[1]!
    }
  }
  const isTag = (unit: Unit) => tags.has(unit) || (unit.text.length <= 60 && speakerTag.test(unit.text))
  const units = state.units
  if (units.filter((u) => isTag(u)).length < 2) return
  const out: Unit[] = []
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!
    if (!isTag(unit)) {
      out.push(unit)
      continue
    }
    let j = i + 1
    while (j < units.length && timestampLine.test(units[j]!.text)) {
      state.removed.push({
        line: units[j]!.line,
        text: units[j]!.text,
        reason: 'transcript timestamp',
        rule: 'structure/timestamp'
      })
      units[j]!.role = 'removed'
      j++
    }
    const said = units[j]
    if (!said || isTag(said)) {
      // A tag with no words after it: an empty turn.
      state.removed.push({
        line: unit.line,
        text: state.lines[unit.line - 1]!.trim(),
        reason: 'speaker tag with no words after it',
        rule: 'structure/empty-turn'
      })
      unit.role = 'removed'
      continue
    }
    out.push(textUnit(unit.line, said.endLine, `${unit.text}: ${said.text}`))
    i = j
  }
  state.units = out
}
