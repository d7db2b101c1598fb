/**
 * Bylines in the forms pages print them: "By Jane Doe", "Jane Doe | Staff Writer",
 * "Jane Doe, Contributing Editor", "Interview by Jane Doe", "Propos recueillis par Jane Doe".
 * Whoever conducted an interview is its interviewer; a plain byline names an author.
 */
import {lexicon} from '../languages/index.js'
import type {PersonRole} from '../model/publication.js'
import {findNames} from '../text/names.js'
import {findDate} from '../text/dates.js'
import type {State} from './state.js'
import type {Unit} from './unit.js'

const interviewerLead = new RegExp(`^${lexicon('interviewerLead')}\\s*[:：]?\\s*[:\\-–—]?\\s*(.{3,120}?)\\.?$`, 'iu')
const authorLead = new RegExp(
  `^(?:(?:${lexicon('published', ['en', 'de', 'fr', 'es', 'it'])}|${lexicon('updated', ['en'])}|written|eingestellt)(?:\\s+on\\s+.{4,40}?)?\\s+${lexicon('byWord')}|${lexicon('byLead')})\\s*[:\\-–—]?\\s+(.{3,160})$`,
  'i'
)
const roleTail = new RegExp(
  `^(.{3,80}?)\\s*(?:[|,·•–—-])\\s*(?:${lexicon('staffRank')}\\s+)*${lexicon('staffRole')}(?:\\s+.{0,40})?$`,
  'i'
)

/** "chosen by Jane Doe": the one who picked the books (or the music) is the one interviewed. */
const chooserLead = new RegExp(`^${lexicon('chooserLead')}\\s+(.{3,80})$`, 'iu')

const atClock = new RegExp(
  `\\s+${lexicon('atTime', ['en', 'de', 'fr', 'es', 'it', 'pt'])}\\s+\\d{1,2}[:.h]\\d{2}.*$`,
  'iu'
)
const roleWord = new RegExp(lexicon('deskWord', undefined, {words: 'whole'}), 'iu')

/**
 * The names in a byline's tail: "Jane Doe | 21 May 2024" and "Emeka Obi, Business Day, 12 June
 * 2023" name one person (what follows a name before a date is the outlet or a role).
 */
function namesOf(tail: string): string[] {
  // "Eingestellt von Gartenliese um 19:42", "Posted by X at 7:42 PM": the time is not part of the name.
  const first = tail.split(/\s*[|·•]\s*/)[0]!.replace(atClock, '')
  const parts = first.split(/\s*,\s*/)
  const dated = parts.length > 1 && findDate(parts.at(-1)!) !== null
  return findNames(dated ? parts[0]! : first).filter((name) => !roleWord.test(name))
}

/** Mark `unit` as a byline naming `name` (once per name), with the line as evidence. */
export function claimByline(state: State, unit: Unit, name: string, role: PersonRole = 'author'): void {
  unit.role = 'byline'
  if (!state.people.some((p) => p.name === name))
    state.people.push({name, role, affiliation: null, source: 'inferred', evidence: `byline: "${unit.text}"`})
}

/** The people a byline line names, with their roles; empty when the line is not a byline. */
export function bylineNames(text: string): Array<{name: string; role: PersonRole}> {
  if (text.split(/\s+/).length > 20) return []
  // "By Karim Haddadin*": the star points to a bio, it is not part of the name.
  const line = text.replace(/\s*[*†]+$/u, '')
  for (const [re, role] of [
    [interviewerLead, 'interviewer'],
    [chooserLead, 'interviewee'],
    [authorLead, 'author'],
    [roleTail, 'author']
  ] as const) {
    const m = re.exec(line)
    const names = m ? namesOf(m[1]!) : []
    if (names.length > 0) return names.map((name) => ({name, role}))
  }
  return []
}

/** Claim a byline unit, adding its people; false when the unit is not a byline. */
export function readByline(state: State, unit: Unit): boolean {
  const found = bylineNames(unit.text)
  for (const {name, role} of found) claimByline(state, unit, name, role)
  return found.length > 0
}
