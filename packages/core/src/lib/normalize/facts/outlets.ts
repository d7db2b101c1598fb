/**
 * Outlets read from decided roles (issue 20, point 5): candidates from every kind of evidence, then
 * one decision. Nothing here claims or changes a line.
 *
 * Candidates, strongest first:
 * 1. the single asking label that names no person (`outlet-labels.ts`);
 * 2. cues (`outlet-cues.ts`, in every language `languages/` lists) in the lines whose roles name
 *    outlets: the head above the first content (masthead, kicker, headline, byline, date line), the
 *    title, standfirst, intro, the first body paragraphs, notes, a short closing line ("Theo X"), and
 *    lines removed as furniture (captions, source fields);
 * 3. a source line "Name, date" / "Name date" (`source-line.ts`);
 * 4. the masthead (`masthead.ts`), when no site was read.
 *
 * Decision: a candidate is kept when it is shaped like a name (2–60 characters, at most six words,
 * not a date) and is no person the page names. Names compare folded; a shorter or longer form of one
 * already kept is the same outlet. Two cue readings that share their first words and then differ
 * ("النيل اليوم هشام …", "النيل اليوم تصوير") read one name, the words they share.
 * Roles: when a repost cue, a source field or a provenance sentence names the original, the masthead
 * (or the site) is the republisher; otherwise every outlet is an original.
 */
import {lexicon} from '../../languages/index.js'
import type {OutletRole} from '../../model/publication.js'
import {findDate} from '../../text/dates.js'
import type {State} from '../state.js'
import {personShaped, readMasthead} from './masthead.js'
import {type OutletCue, outletCues} from './outlet-cues.js'
import {labelOutlet} from './outlet-labels.js'
import {fold, hasOutletWord, isNewsroomWords, isSiteAddress} from './outlet-words.js'
import {sourceLineOutlet} from './source-line.js'

let presser: RegExp | null = null
let reporterLabel: RegExp | null = null

/** The lines whose decided roles may name an outlet. */
function factLines(state: State): string[] {
  const first = Math.min(
    ...[...state.intro, ...state.body, ...state.questions.map((q) => q.unit)].map((u) => u.line),
    Number.POSITIVE_INFINITY
  )
  // A saved web page's lines are markup: its head is read from the page's metadata instead.
  const head = html(state) ? [] : state.lines.slice(0, Math.min(first - 1, 12))
  const closing = [state.answers.at(-1)?.at(-1), state.body.at(-1)].filter(
    (u): u is NonNullable<typeof u> => u !== undefined && u.text.split(/\s+/u).length <= 8
  )
  return [
    ...head,
    state.title?.text ?? '',
    state.subtitle?.text ?? '',
    ...state.intro.map((u) => u.text),
    ...state.body.slice(0, 3).map((u) => u.text),
    ...state.notes.map((u) => u.text),
    ...closing.map((u) => u.text),
    ...state.removed.map((r) => r.text)
  ].filter((text) => text.trim() !== '')
}

/** Add the outlets the page names; the site (from a header or copyright line) is added by the caller. */
export function readOutlets(state: State): void {
  const lang = state.overrides.lang ?? state.language?.lang ?? 'en'
  const provenance = state.outlets.some((o) => o.role === 'original')
  const lines = factLines(state)
  presser ??= new RegExp(lexicon('pressConference'), 'iu')
  // At a press conference the reporters' outlets ask; none of them is the piece's ("俄通社记者:").
  const atPresser = [state.title?.text ?? '', ...state.intro.slice(0, 2).map((u) => u.text)].some((t) =>
    presser!.test(t)
  )
  const cues = shared(lines.flatMap((text) => outletCues(text.slice(0, 1500)))).filter(
    (c) => !(atPresser && c.kind === 'reporter')
  )
  const sources = lines.map((text) => sourceLineOutlet(text, lang)).filter((n): n is string => n !== null)
  const masthead = state.site || html(state) ? null : readMasthead(state, lang)
  // The site is added by the caller, in its role beside the others ("Welcome to X" names it too).
  const site = state.site ? fold(state.site.name) : null
  for (const cue of [...cues]) if (fold(cue.name) === site) cues.splice(cues.indexOf(cue), 1)
  const known = [...cues.map((c) => c.name), ...sources, masthead?.name ?? '', state.site?.name ?? '']
  const label = labelOutlet(state, known.filter(Boolean), lang)
  if (label) state.people = state.people.filter((p) => p.evidence !== `speaker label "${label.label}:"`)
  // The last resort of infer-people ("the first full name in the intro") yields to an outlet's evidence.
  const weak = (p: {evidence: string}) => p.evidence.startsWith('first person named')
  // "新华社记者" (a Xinhua reporter): a label of an outlet's reporter names the outlet, no person who would hide it.
  reporterLabel ??= new RegExp(`${lexicon('reporterWord')}$`, 'iu')
  const people = state.people.filter((p) => !weak(p) && !reporterLabel!.test(p.name)).map((p) => fold(p.name))
  if (label) add(state, label.name, 'original', `question label "${label.label}:"`, people)
  const reposted = cues.filter((c) => c.kind === 'repost' || c.kind === 'source')
  for (const cue of cues.filter((c) => c.kind === 'republisher'))
    add(state, cue.name, 'republisher', cue.evidence, people)
  for (const cue of [...reposted, ...cues.filter((c) => !reposted.includes(c))]) {
    // "En diálogo con X", "welcome to X": X may be a person; a person-shaped X needs an outlet word.
    if (cue.kind === 'lead' && personShaped(cue.name) && !hasOutletWord(cue.name, lang)) continue
    add(state, cue.name, 'original', cue.evidence, people)
  }
  for (const name of sources) add(state, name, 'original', `source line "${name}"`, people)
  for (const name of bylinePartners(state, lines.slice(0, 12), lang))
    add(state, name, 'original', `byline "${name}"`, people)
  state.people = state.people.filter((p) => !weak(p) || !state.outlets.some((o) => fold(o.name) === fold(p.name)))
  if (masthead) {
    const other =
      provenance || [...reposted.map((c) => c.name), ...sources].some((n) => fold(n) !== fold(masthead.name))
    add(state, masthead.name, other ? 'republisher' : 'original', `masthead on line ${masthead.line}`, people)
  }
}

const html = (state: State) => /\.html?$/iu.test(state.file)

/** The role the site takes beside the outlets found: the republisher when another is the original. */
export function siteRole(state: State): OutletRole {
  return state.outlets.some((o) => o.role === 'original') ? 'republisher' : 'original'
}

/**
 * "Bayu Prasetyo - kabarFinance", "Name | Outlet": beside a person the page names, on a head line,
 * one word, an outlet word or a site address is the outlet.
 */
function bylinePartners(state: State, head: readonly string[], lang: string): string[] {
  const people = new Set(state.people.map((p) => fold(p.name)))
  const found: string[] = []
  for (const line of head) {
    const parts = line.split(/\s+[-–—|•]\s+|\s*\/\s*/u).map((p) => p.trim())
    if (parts.length < 2 || parts.length > 3 || !parts.some((p) => people.has(fold(p)))) continue
    for (const part of parts) {
      if (people.has(fold(part)) || /\p{N}/u.test(part) || part.length < 2) continue
      if (!/\s/u.test(part) || hasOutletWord(part, lang) || isSiteAddress(part)) found.push(part)
    }
  }
  return found
}

/** Readings that share their first words and then differ are one name: the words they share. */
function shared(cues: OutletCue[]): OutletCue[] {
  return cues.map((cue) => {
    const words = cue.name.split(' ')
    for (const other of cues) {
      const theirs = other.name.split(' ')
      let n = 0
      while (n < words.length && n < theirs.length && words[n] === theirs[n]) n++
      if (n > 0 && n < words.length && n < theirs.length) return {...cue, name: words.slice(0, n).join(' ')}
    }
    return cue
  })
}

function add(state: State, raw: string, role: OutletRole, evidence: string, people: readonly string[]): void {
  const name = raw.replace(/\s+/gu, ' ').trim()
  if (!nameShaped(name)) return
  const key = fold(name)
  if (people.some((p) => p === key || p.includes(key) || key.includes(p))) return
  if (state.outlets.some((o) => fold(o.name) === key || fold(o.name).includes(key) || key.includes(fold(o.name))))
    return
  state.outlets.push({name, role, detail: null, url: null, source: 'inferred', evidence: evidence.slice(0, 200)})
}

function nameShaped(name: string): boolean {
  if (name.length < 2 || name.length > 60 || name.split(' ').length > 6) return false
  // A section's label ("NEWS DESK", "حوار", Interview) is the page's, not a publisher's name.
  if (!/\p{L}/u.test(name) || isNewsroomWords(name)) return false
  return findDate(name) === null
}
