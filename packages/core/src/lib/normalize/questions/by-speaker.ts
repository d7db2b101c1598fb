/**
 * Speaker labels (`Jane Doe: …`, `KHAN: …`, `AK: …`, `zsf: …`, `DAILY BRIEF : …`, `郑大使:…`,
 * `[00:12:31] Host: …`, a label alone on its line with the turn below it). Labels that name the
 * same speaker — in another case, by surname, by initials, or by an abbreviation the intro
 * defines ("Fang Meilin (CT)") — are one speaker. Speakers whose turns mostly ask are the
 * interviewers (a press conference has several); the others answer. Every label is stripped and
 * each question remembers who answered it; where another speaker takes over an answer (a panel),
 * the unit their turn starts at is recorded with their name (`turnStarts`, `QA.turns`). A single
 * exchange (one labelled question, one labelled answer) is read too, flagged as weak.
 */
import {lexicon} from '../../languages/index.js'
import type {TurnStart} from '../state.js'
import type {Unit} from '../unit.js'
import {asksByName, opener, pooled, ratio, type Stats, shorter} from './asker.js'
import {recurringHeads} from './heads.js'
import {hasQuestionMark, notSpeaker, sameSpeaker, speakerOf} from './patterns.js'
import {emptyReading, extend, mark, type Reading} from './reading.js'

interface Turn {
  unit: Unit
  speaker: string
  prefix: number
  /** The label stands alone; its turn is the units that follow. */
  lone: boolean
  /** What this label says in brackets ("El País"), a time stamp excepted: one reporter's outlet, not the speaker's for good. */
  affiliation: string | null
}

/** Abbreviations an intro defines for its labels: "reporter Fang Meilin (CT) spoke with Yerlan Abdikarimov (Abdikarimov)". */
function definedAliases(units: Unit[]): Map<string, string> {
  const aliases = new Map<string, string>()
  const re = /(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+\(([^()\s]{1,20})\)/gu
  for (const unit of units.slice(0, 12))
    for (const m of unit.text.matchAll(re)) aliases.set(m[2]!.toLocaleLowerCase(), m[1]!)
  return aliases
}

/** Group labels into speakers; the canonical name is the longest label (or the name an alias stands for). */
function canonicalNames(labels: string[], aliases: Map<string, string>): Map<string, string> {
  const canonical = new Map<string, string>()
  const groups: string[][] = []
  for (const label of labels) {
    const named = aliases.get(label.toLocaleLowerCase()) ?? label
    const group = groups.find((g) => g.some((other) => sameSpeaker(other, named) || sameSpeaker(other, label)))
    if (group) group.push(label, named)
    else groups.push([label, named])
  }
  for (const group of groups) {
    const best = [...group].sort((a, b) => b.length - a.length)[0]!
    for (const label of group) canonical.set(label, best)
  }
  return canonical
}

const greeting = new RegExp(
  `^(?:\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?,\\s*)?${lexicon('greeting', undefined, {words: 'whole'})}`,
  'iu'
)

/** A host's greeting or courtesy that asks nothing of substance. */
function isSmallTalk(text: string): boolean {
  const words = text.split(/\s+/).length
  return greeting.test(text.trim()) && (!hasQuestionMark(text) || words <= 8)
}

/** What a label says in brackets (`speakerOf`); a recurring head has no brackets. */
const affiliationOf = (label: {name: string; affiliation?: string | null}) => label.affiliation ?? null

/** Questions are the interviewers' turns. */
export function bySpeaker(units: Unit[]): Reading {
  const recurring = recurringHeads(units, notSpeaker)
  const raw = units.map((unit) => ({unit, label: speakerOf(unit.text) ?? recurring.get(unit) ?? null}))
  const labels = [...new Set(raw.flatMap((r) => (r.label ? [r.label.name] : [])))]
  if (labels.length < 2) return emptyReading('speaker labels')
  const canonical = canonicalNames(labels, definedAliases(units))
  const turns: Array<Turn | null> = raw.map(({unit, label}) =>
    label
      ? {
          unit,
          speaker: canonical.get(label.name)!,
          prefix: label.prefix,
          lone: label.rest === '',
          affiliation: affiliationOf(label)
        }
      : null
  )

  const stats = new Map<string, Stats>()
  turns.forEach((turn, index) => {
    if (!turn) return
    const entry = stats.get(turn.speaker) ?? {turns: 0, asks: 0, length: 0}
    entry.turns++
    const said = turn.lone ? (units[index + 1]?.text ?? '') : turn.unit.text
    if (hasQuestionMark(said)) entry.asks++
    entry.length += [...said].length - (turn.lone ? 0 : turn.prefix)
    stats.set(turn.speaker, entry)
  })
  // Speakers heard twice or more; and several voices heard once each (a press conference's
  // reporters, a panel's guests) once the conversation has begun: from the first turn of someone
  // heard twice, or from the very first label when it comes just before that turn.
  const labelled = turns.filter((t): t is Turn => t !== null)
  const start = labelled.findIndex((t) => stats.get(t.speaker)!.turns >= 2)
  const from = start === 1 ? 0 : start
  const inside = new Set(start < 0 ? [] : labelled.slice(from).map((t) => t.speaker))
  const once = [...stats].filter(([name, s]) => s.turns === 1 && inside.has(name))
  let speakers = [...stats].filter(([name, s]) => s.turns >= 2 || (once.length >= 2 && once.some(([n]) => n === name)))
  let confident = true
  const first = labelled[0]!
  const opening = first.lone ? (units[units.indexOf(first.unit) + 1]?.text ?? '') : first.unit.text.slice(first.prefix)
  const opens = opener(
    labelled.map((t) => t.speaker),
    opening
  )
  if (speakers.length < 2) {
    // One exchange: two speakers, and the asker speaks first and asks or welcomes the other, or a role word names them.
    const all = [...stats]
    const named = all.some(([name]) => asksByName.test(name))
    if (all.length !== 2 || (stats.get(first.speaker)!.asks === 0 && !named && !opens))
      return emptyReading('speaker labels')
    speakers = all
    confident = false
  }
  // Who asks: role words, then "?", then who speaks in clearly shorter turns, then who opens, then who speaks more.
  const opened = (name: string) => (name === opens ? 1 : 0)
  speakers.sort(
    (a, b) => ratio(b) - ratio(a) || shorter(a[1], b[1]) || opened(b[0]) - opened(a[0]) || b[1].turns - a[1].turns
  )
  // The most asking speaker asks; so does anyone who asks in most turns, unless that leaves nobody to answer.
  const askers = new Set([
    speakers[0]![0],
    ...speakers
      .slice(1)
      .filter((s) => ratio(s) > 0.5)
      .map(([name]) => name)
  ])
  if (askers.size === speakers.length) askers.delete(speakers.at(-1)![0])
  const answerers = speakers.map(([name]) => name).filter((name) => !askers.has(name))
  // Nobody asks with "?": the askers must be named by role, speak in clearly shorter turns or open the conversation.
  const unproven =
    [...askers].every((name) => stats.get(name)!.asks === 0) &&
    ![...askers].some((name) => asksByName.test(name)) &&
    (!confident || shorter(pooled(stats, askers), pooled(stats, answerers)) >= 0)
  if (unproven && !(opens !== null && askers.has(opens))) return emptyReading('speaker labels')
  // Only the opener's place says who asks: a weak reading.
  if (unproven) confident = false

  const questions: Reading['questions'] = []
  const answerPrefixes = new Map<Unit, number>()
  const continued: Unit[] = []
  let previousWasQuestion = false
  let explained = 0
  // Labels alone on their lines above an asker's turn: removed as labels, like an answerer's, so the
  // ledger accounts for the line; the question is the unit below.
  const loneLabels: Unit[] = []
  const claimed = new Set<Unit>()
  turns.forEach((turn, index) => {
    if (turn && askers.has(turn.speaker)) {
      explained++
      const last = questions.at(-1)
      const next = units[index + 1]
      const lone = turn.lone && next !== undefined && !turns[index + 1]
      if (lone) {
        loneLabels.push(turn.unit)
        claimed.add(next)
        // A question spread over two labelled paragraphs is still one question.
        if (previousWasQuestion && last) {
          extend(last, next)
          continued.push(next)
        } else questions.push(mark(next, 0, null, turn.speaker, turn.affiliation))
      } else if (previousWasQuestion && last) {
        extend(last, turn.unit, turn.prefix)
        continued.push(turn.unit)
      } else questions.push(mark(turn.unit, turn.prefix, null, turn.speaker, turn.affiliation))
      previousWasQuestion = true
      return
    }
    if (continued.includes(units[index]!) || claimed.has(units[index]!)) return
    // "And I don't" tagged to the guest between two of the host's segments is the host's, split off by the transcriber.
    const nextTurn = turns.slice(index + 1).find((t) => t !== null)
    const said = turn ? turn.unit.text.slice(turn.prefix) : ''
    if (
      turn &&
      previousWasQuestion &&
      nextTurn &&
      askers.has(nextTurn.speaker) &&
      said.split(/\s+/).length <= 4 &&
      !/[.!?…]$/u.test(said) &&
      /^\p{Ll}/u.test(nextTurn.unit.text.slice(nextTurn.prefix))
    ) {
      extend(questions.at(-1)!, turn.unit, turn.prefix)
      continued.push(turn.unit)
      return
    }
    if (turn && answerers.includes(turn.speaker)) {
      answerPrefixes.set(turn.unit, turn.prefix)
      const last = questions.at(-1)
      if (last && !last.answerer) {
        last.answerer = turn.speaker
        last.answererAffiliation = turn.affiliation
      }
      explained++
    }
    previousWasQuestion = false
  })
  // A panel: where another person takes over an answer, their turn starts there (`QA.turns`); its
  // label is stripped like the first answerer's. A label alone on its line starts the turn below it.
  const turnStarts = new Map<Unit, TurnStart>()
  questions.forEach((question, i) => {
    const from = question.unit.line
    const to = questions[i + 1]?.unit.line ?? Infinity
    const answering = [...answerPrefixes.keys()].filter((u) => u.line > from && u.line < to)
    let speaker = question.answerer ?? null
    for (const unit of answering.sort((a, b) => a.line - b.line)) {
      const index = units.indexOf(unit)
      const name = turns[index]?.speaker
      if (name === undefined || name === speaker) continue
      const affiliation = turns[index]!.affiliation
      // A heading is never a turn ("## Part 2: The storm" read as a label): it keeps its words.
      if (unit.tree.type === 'heading' && speaker !== null) {
        answerPrefixes.delete(unit)
        continue
      }
      const lone = turns[index]!.lone && units[index + 1] !== undefined && !turns[index + 1]
      turnStarts.set(lone ? units[index + 1]! : unit, {speaker: name, affiliation})
      speaker = name
    }
  })
  // Greetings before the first real question ("Hello, I'm…", "How are you?") belong to the intro, and
  // so does a host's narration there (sentences that do not ask, where the host's later turns do).
  const said = (q: (typeof questions)[number]) => q.unit.text.slice(turns[units.indexOf(q.unit)]?.prefix ?? 0)
  const narrates = (text: string) =>
    !hasQuestionMark(text) &&
    /[.!。]\s+\p{Lu}/u.test(text) &&
    questions.slice(1).filter((q) => hasQuestionMark(said(q))).length >= 0.6 * (questions.length - 1)
  while (questions.length > 1 && (isSmallTalk(said(questions[0]!)) || narrates(said(questions[0]!)))) {
    const dropped = questions.shift()!
    // The greeting stays in the intro without its label.
    answerPrefixes.set(dropped.unit, turns[units.indexOf(dropped.unit)]?.prefix ?? 0)
    for (const unit of continued.filter((u) => u.line <= (questions[0]?.unit.line ?? 0) && u.line > dropped.unit.line))
      continued.splice(continued.indexOf(unit), 1)
  }
  for (const label of loneLabels) answerPrefixes.set(label, label.text.length)
  return {
    strategy: 'speaker labels',
    questions,
    answerPrefixes,
    answerer: answerers.length === 1 ? answerers[0]! : null,
    answerers,
    turnStarts,
    confident,
    continued,
    score: explained
  }
}
