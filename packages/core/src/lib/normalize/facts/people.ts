/**
 * People read from decided roles (issue 20, point 5), after `infer-people.ts`' sentence patterns:
 *
 * 1. a field label in the head before a name: "الكاتب : سامر الخطيب" (author), "حوار: فيصل العتيبي"
 *    (interviewer), "লিখেছেন …", "Articol de …" (`writerLabel`, `interviewerLabel`, any language);
 * 2. the label every answer is printed with when the question reader kept none ("রফিকুল আলম: …"):
 *    the one interviewed;
 * 3. an interview's title, standfirst or first paragraph naming the one interviewed after a lead
 *    (`intervieweeLead`: "Quatro perguntas para X", "Wawancara dengan X"), else its headline shaped "Name: quote" ("Kamerlid Gerrit-Jan Molenkamp: ‘…’") or
 *    "Rubric: Name" ("Štafeta: Regína Šímová"): the one interviewed, when nothing named them;
 * 4. a role word taken for a name ("主持人:", "Host:") to the name printed beside that role word
 *    ("主持人 叶晴"), or to nobody; a lead left inside a name ("أجرى الحوار منى فكري") is dropped;
 * 5. an article's byline beside its date ("Farzana Qadir November 24, 2016"): the author;
 * 6. a name to its fullest form printed nearby: a surname, a first name or "Mr Whitaker" becomes
 *    "Jonah Whitaker" when the title, standfirst, intro, head or a caption prints the longer name
 *    ending (or, for a first name, starting) with it, else when the person's own speaker labels do
 *    ("Lindqvist" read from "Minister Lindqvist:" is "Minister Lindqvist", as "Minister Okafor" is).
 *
 * Only names the page prints; roles from the label or field, never guessed from position.
 */
import {lexicon} from '../../languages/index.js'
import type {Person, PersonRole} from '../../model/publication.js'
import {findDate, type ParsedDate} from '../../text/dates.js'
import {splitNames} from '../../text/names.js'
import type {State} from '../state.js'
import {inferredDate} from '../state.js'
import {bylineNames} from '../read-byline.js'
import {personShaped} from './masthead.js'
import {fold, hasOutletWord} from './outlet-words.js'
import {nameAfter, nameBefore} from './spans.js'

let fields: Array<{role: PersonRole; re: RegExp}> | null = null
let honorific: RegExp | null = null

export function readPeople(state: State): void {
  fields ??= [
    {role: 'interviewer', re: new RegExp(`^[\\[(]?${lexicon('interviewerLabel')}\\s*[:：|]\\s*`, 'iu')},
    {role: 'author', re: new RegExp(`^[\\[(]?${lexicon('writerLabel')}(?:\\s*[:：|]\\s*|\\s+)`, 'iu')}
  ]
  const interview = state.questions.length > 0
  for (const line of headLines(state)) {
    for (const {role, re} of fields) {
      const m = re.exec(line.trim())
      if (!m) continue
      // "লিখেছেন লিখেছেন NAME": a label printed twice.
      const rest = line.trim().slice(m[0].length)
      const name = nameAfter(re.exec(rest) ? rest.slice(re.exec(rest)![0].length) : rest)
      if (name && name.split(/\s+/u).length <= 4)
        add(state, name, role === 'author' && interview ? 'interviewer' : role, `field "${line.trim().slice(0, 80)}"`)
    }
  }
  if (interview && !state.people.some((p) => p.role === 'interviewee')) {
    const label = answerLabel(state)
    if (label) add(state, label, 'interviewee', `answer label "${label}:"`)
  }
  if (interview && !state.people.some((p) => p.role === 'interviewer'))
    for (const name of firstAskerLabels(state)) add(state, name, 'interviewer', `first question's label "${name}"`)
  if (!interview && !state.people.some((p) => p.role === 'author')) {
    const byline = datedByline(state)
    if (byline) add(state, byline.name, 'author', `byline "${byline.name}" beside the date`)
    // The byline's date is the piece's when no date line was read.
    if (byline && !state.date) state.date = inferredDate(byline.date, `byline: "${byline.date.match}"`, byline.line)
  }
  if (interview && !state.people.some((p) => p.role === 'interviewee')) {
    const named = intervieweeNamed(state)
    if (named) add(state, named.name, 'interviewee', named.evidence)
  }
  if (interview && !state.people.some((p) => p.role === 'interviewee')) {
    const name = headlineSpeaker(state.title?.text ?? '')
    // The name must be printed again below the headline (its last word, a surname): "Regional
    // Assembly: evening session" is a rubric, not a speaker.
    if (name && printedBelow(state, name))
      add(state, name, 'interviewee', `headline "${state.title!.text.slice(0, 80)}"`)
  }
  if (interview && !state.people.some((p) => p.role === 'interviewee')) {
    const name = quoteSpeaker(state.title?.text ?? '')
    if (name) add(state, name, 'interviewee', `headline quoting its speaker "${state.title!.text.slice(0, 80)}"`)
  }
  roleWords(state)
  fullest(state)
}

/**
 * An article's byline printed with its date under the headline: "Farzana Qadir November 24, 2016",
 * "Jane Doe | 3 May 2021" — a person-shaped name (two or three capitalised words) and a date,
 * nothing else, on one of the four lines under the headline (a standfirst may come first).
 */
function datedByline(state: State): {name: string; date: ParsedDate; line: number} | null {
  const title = state.title?.line ?? 0
  const under = state.lines
    .map((text, i) => ({text, line: i + 1}))
    .filter(({text, line}) => line > title && text.trim() !== '')
    .slice(0, 4)
  for (const {text, line} of under) {
    const date = findDate(text)
    if (!date) continue
    const at = text.indexOf(date.match)
    const printed = text
      .slice(0, Math.max(at, 0))
      .replace(/[\s,|•·–—-]+$/u, '')
      .trim()
    // "By Tomasz Wójcik · 27 October 2025": the name without the byline's lead.
    const read = bylineNames(printed)
    const name = read.length === 1 ? read[0]!.name : printed
    if (at > 0 && !text.slice(at + date.match.length).trim() && personShaped(name)) return {name, date, line}
  }
  return null
}

let intervieweeLead: RegExp | null = null

/**
 * "Quatro perguntas para Ciro Lamarca, …", "Wawancara dengan Ihsan": one to three capitalised words
 * after an `intervieweeLead` in the title, standfirst or first intro paragraph (scripts with case).
 */
function intervieweeNamed(state: State): {name: string; evidence: string} | null {
  intervieweeLead ??= new RegExp(`(?<![\\p{L}\\p{M}])${lexicon('intervieweeLead')}\\s+`, 'iu')
  for (const text of [state.title?.text ?? '', state.subtitle?.text ?? '', state.intro[0]?.text ?? '']) {
    const m = intervieweeLead.exec(text)
    if (!m) continue
    const name = nameAfter(text.slice(m.index + m[0].length))
    if (!name || !/^[\p{Lu}\p{Lt}]/u.test(name)) continue
    const words = name.split(/\s+/u)
    if (words.length <= 3 && (words.length === 1 || personShaped(name))) return {name, evidence: m[0] + name}
  }
  return null
}

/** True when the last word of `name` is in a unit of the page other than its headline. */
function printedBelow(state: State, name: string): boolean {
  const last = name.split(/\s+/u).at(-1) ?? ''
  const line = state.title?.line ?? null
  return last.length > 1 && state.units.some((unit) => unit.line !== line && unit.text.includes(last))
}

/** "Name: quote" or "Rubric: Name": two or three capitalised words beside the headline's colon. */
function headlineSpeaker(title: string): string | null {
  const at = title.search(/[:：]\s/u)
  if (at <= 0) return null
  const rest = title.slice(at + 1).trim()
  if (personShaped(rest)) return rest
  const before = nameBefore(title.slice(0, at), 3)
  if (!before) return null
  const words = before.split(/\s+/u)
  const name = words.slice(-3).join(' ')
  return words.length >= 2 && personShaped(name) ? name : null
}

/** Quote marks a headline prints speech in, each opening mark with the marks that close it. */
const quoteMarks: ReadonlyArray<readonly [string, string]> = [
  ['«', '»'],
  ['»', '«'],
  ['“', '”'],
  ['„', '“”'],
  ['‘', '’'],
  ['‚', '‘’'],
  ['"', '"'],
  ['「', '」'],
  ['『', '』']
]
const capitalWord = /^[\p{Lu}\p{Lt}][\p{L}\p{M}'’.-]*$/u
let notName: RegExp | null = null

/**
 * The speaker of the quote an interview's headline prints, the convention of news headlines in
 * every script: "Kamerlid Gerrit-Jan Molenkamp: ‘…’", "Η Δήμητρα Κουτσού στο tvkosmos: «…»",
 * "앵커 한도윤 “…”", "«…»: Camilo Restrepo, productor". The quote (two words or more, or six
 * letters of an unspaced script) opens or closes the headline, and what stands beside it is at most
 * six words. The name is, in a script with case, the run of two to four capitalised words nearest
 * the quote (a one-letter article, a role word — `roleLabel`, `askingRole`, `answeringRole`,
 * `jobTitle` — or `notAName` before it left out); in Hangul the one word of two to four syllables
 * beside the quote; in Han the two to four characters before it; in other scripts without case the
 * whole phrase of two or three words. Null when nothing fits: "Il ministro: «…»" names a role only.
 */
export function quoteSpeaker(title: string): string | null {
  let open = -1
  let close = -1
  for (const [start, ends] of quoteMarks) {
    const at = title.indexOf(start)
    if (at < 0 || (open >= 0 && at >= open)) continue
    const end = Math.max(...[...ends].map((e) => title.lastIndexOf(e)))
    if (end <= at + 1) continue
    const said = title.slice(at + 1, end).trim()
    if (said.split(/\s+/u).length < 2 && [...said.replace(/[^\p{L}]/gu, '')].length < 6) continue
    open = at
    close = end
  }
  if (open < 0) return null
  const before = title.slice(0, open).replace(/[\s:：,，–—-]+$/u, '')
  const after = title
    .slice(close + 1)
    .replace(/\[[^\]]*\]|【[^】]*】|\([^)]*\)/gu, '')
    .replace(/^[\s:：,，–—-]+/u, '')
    .trim()
  if (before && after) return null
  const phrase = before || (after.split(/[,，;]|\s[–—-]\s/u)[0] ?? '').trim()
  const words = phrase.split(/\s+/u).filter(Boolean)
  if (words.length === 0 || words.length > 6 || /\p{N}/u.test(phrase)) return null
  notName ??= new RegExp(
    `^${lexicon(['roleLabel', 'askingRole', 'answeringRole', 'jobTitle', 'notAName', 'outletArticle'])}$`,
    'iu'
  )
  const nearest = <T>(list: T[]): T | undefined => (before ? list.at(-1) : list[0])
  if (/[\p{Lu}\p{Ll}]/u.test(phrase)) {
    const runs: string[][] = []
    let run: string[] = []
    const cleaned = words.map((w) => w.replace(/[,:;]+$/u, ''))
    for (const [i, word] of cleaned.entries()) {
      const capital = (w = '') => capitalWord.test(w) && [...w].length > 1 && !notName!.test(w)
      // A particle inside a name ("Joris ter Welle", "Ana de la Vega") joins two capitalised words.
      const small = (w = '') => /^\p{Ll}{1,3}$/u.test(w)
      const next = cleaned[i + 1]
      const particle = run.length > 0 && small(word) && (capital(next) || (small(next) && capital(cleaned[i + 2])))
      const part = capital(word) || particle
      if (part) run.push(word)
      else if (run.length) {
        runs.push(run)
        run = []
      }
    }
    if (run.length) runs.push(run)
    const name = nearest(runs)
    return name && name.length >= 2 && name.length <= 4 ? name.slice(-3).join(' ') : null
  }
  if (/\p{Script=Hangul}/u.test(phrase)) {
    const word = nearest(words)!.replace(/[^\p{L}]/gu, '')
    return /^\p{Script=Hangul}{2,4}$/u.test(word) && !notName.test(word) ? word : null
  }
  if (/\p{Script=Han}/u.test(phrase))
    return /^\p{Script=Han}{2,4}$/u.test(phrase) && !notName.test(phrase) ? phrase : null
  return words.length >= 2 && words.length <= 3 && !words.some((w) => notName!.test(w)) ? words.join(' ') : null
}

let roleWord: RegExp | null = null
let roles: RegExp | null = null
let leads: RegExp | null = null
let roleLead: RegExp | null = null

/** Role words to the names beside them; leads out of names. */
function roleWords(state: State): void {
  roles ??= new RegExp(`^${lexicon(['roleLabel', 'askingRole', 'answeringRole'])}$`, 'iu')
  leads ??= new RegExp(`^${lexicon(['interviewerLead', 'interviewerLabel', 'writerLabel'])}\\s+(?=\\S)`, 'iu')
  const texts = [
    state.title?.text ?? '',
    state.subtitle?.text ?? '',
    ...state.intro.slice(0, 6).map((u) => u.text),
    ...headLines(state)
  ]
  roleLead ??= new RegExp(`^${lexicon(['roleLabel', 'askingRole', 'answeringRole'])}\\s+(?=\\S)`, 'iu')
  for (const person of [...state.people]) {
    person.name = person.name.replace(leads, '').replace(roleLead, '')
    if (!roles.test(person.name.trim())) continue
    const word = person.name.trim()
    let found: string | null = null
    for (const text of texts) {
      for (let at = text.indexOf(word); at >= 0 && !found; at = text.indexOf(word, at + 1)) {
        const name = nameAfter(text.slice(at + word.length).replace(/^\s*[:：]?\s*/u, ''))
        if (name && !roles.test(name) && name.split(/\s+/u).length <= 4) found = name
      }
      if (found) break
    }
    if (found && !state.people.some((p) => fold(p.name) === fold(found!))) person.name = found
    else state.people.splice(state.people.indexOf(person), 1)
  }
}

/** Lines above the first content, the intro's first two, and lines removed as furniture: where bylines are printed. */
function headLines(state: State): string[] {
  if (/\.html?$/iu.test(state.file)) return []
  const first = Math.min(
    ...[...state.intro, ...state.body, ...state.questions.map((q) => q.unit)].map((u) => u.line),
    Number.POSITIVE_INFINITY
  )
  // The byline may open the intro when nothing marked it ("حوار: …" under the headline).
  const opening = state.intro.slice(0, 2).map((u) => u.text)
  // A section label ("حوار | مياه", "Interview | Water") names no one: "حوار" is the kind, not a field.
  const crumbs = new Set(state.removed.filter((r) => r.rule === 'chrome/breadcrumb').map((r) => r.text.trim()))
  return [...state.lines.slice(0, Math.min(first - 1, 12)), ...opening, ...state.removed.map((r) => r.text)].filter(
    (line) => Boolean(line) && !crumbs.has(line.trim())
  )
}

/** "Name:" opening the first paragraph of two or more answers, always the same, at most four words. */
function answerLabel(state: State): string | null {
  const labels = state.answers
    .filter((a) => a.length > 0)
    .map((a) => /^([^:：\n]{2,40}?)\s*[:：]\s/u.exec(a[0]!.text)?.[1]?.trim() ?? null)
  const first = labels[0]
  if (!first || labels.length < 2 || first.split(/\s+/u).length > 4 || /\p{N}/u.test(first)) return null
  if (labels.every((l) => l === first)) return first
  // The first turn alone labelled with the speaker's name, the others bare ("Andrzej Sowiński: Oczywiście. …").
  return labels.slice(1).every((l) => l === null) && personShaped(first) ? first : null
}

/**
 * The askers the first question alone names in its label, when no other question carries one
 * ("Tomasz Lipski, Marek Zawada: Czy pan …", then bare questions): each a person-shaped name.
 */
function firstAskerLabels(state: State): string[] {
  const label = (text: string) => /^([^:：\n?？]{2,80}?)\s*[:：]\s/u.exec(text)?.[1]?.trim() ?? null
  const [first, ...rest] = state.questions.map((q) => label(q.unit.text))
  if (!first || rest.length === 0 || rest.some((l) => l !== null)) return []
  const names = splitNames(first)
  return names.length <= 3 && names.every(personShaped) ? names : []
}

/** A single-word name (or a title and a surname) to the longest form the page prints of it. */
function fullest(state: State): void {
  const texts = [
    state.title?.text ?? '',
    state.subtitle?.text ?? '',
    ...state.intro.slice(0, 6).map((u) => u.text),
    ...headLines(state)
  ].join('\n')
  for (const person of state.people) {
    const words = person.name.split(/\s+/u)
    const last = words.at(-1)!
    honorific ??= new RegExp(`^${lexicon('honorific')}\\.?$`, 'iu')
    if (words.length > 2 || (words.length === 2 && !honorific.test(words[0]!))) continue
    // The person's own speaker labels print their name too ("Minister Lindqvist:" before each turn):
    // read after the head, so each of two speakers gets the fullest form printed, not only the one whose label the head lists.
    const found = longer([texts, ...(person.labels ?? [])].join('\n'), last)
    if (found && !state.people.some((p) => p !== person && fold(p.name) === fold(found))) person.name = found
  }
}

/** Two or three words ending with `surname` (or starting with a first name), as printed in `text`. */
function longer(text: string, word: string): string | null {
  if (word.length < 2) return null
  const cased = /[\p{Lu}\p{Ll}]/u.test(word)
  for (const line of text.split('\n')) {
    const tokens = line.split(/[\s,;:()«»"“”„—–]+/u).filter(Boolean)
    for (let i = 0; i < tokens.length; i++) {
      if (fold(tokens[i]!.replace(/[.'’]+$/u, '')) !== fold(word)) continue
      // A surname: the capitalised words before it ("Jonah Whitaker"); in a script without case, the word before.
      const before = tokens.slice(Math.max(0, i - (cased ? 2 : 1)), i)
      // In a script without case the word before may be a role, not a given name ("앵커 한도윤": anchor).
      roleWord ??= new RegExp(`^${lexicon(['roleLabel', 'askingRole', 'answeringRole', 'jobTitle'])}$`, 'iu')
      const run = cased
        ? before.filter((_, k, all) => all.slice(k).every((t) => /^\p{Lu}\p{Ll}/u.test(t)))
        : before.filter((t) => !roleWord!.test(t))
      if (run.length > 0) {
        const name = [...run, tokens[i]!.replace(/[.'’]+$/u, '')].join(' ')
        if (!cased || personShaped(name)) return name
      }
    }
  }
  return null
}

function add(state: State, raw: string, role: PersonRole, evidence: string): void {
  const name = raw.replace(/\s+/gu, ' ').trim()
  if (name.length < 2 || !/\p{L}/u.test(name)) return
  const key = fold(name)
  // "auteur: Collectif La Clef": a name with an outlet word is an organisation's.
  if (hasOutletWord(name, state.overrides.lang ?? state.language?.lang ?? 'en')) return
  if (state.outlets.some((o) => fold(o.name) === key) || (state.site && fold(state.site.name) === key)) return
  const existing = state.people.find((p) => fold(p.name) === key || fold(p.name).endsWith(` ${key}`))
  if (existing) return
  const person: Person = {name, role, affiliation: null, source: 'inferred', evidence}
  state.people.push(person)
}
