/**
 * Infer who was interviewed by whom from the sentences scraped interviews use to introduce
 * themselves ("… the interview that X gave to Y of Z", "X's responses to questions sent to him by
 * Y", "Y spoke to X", "in conversation with X"). Each person keeps the sentence it came from.
 */
import type {Person, PersonRole} from '../model/publication.js'
import {cleanName, nameSource} from '../text/names.js'
import type {State} from './state.js'

const N = `(${nameSource})`
const org = "((?:the\\s+)?\\p{Lu}[\\p{L}'’.&-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.&-]*|of|for|and|the|on|in|&))*(?:,\\s+\\p{Lu}[\\p{L}-]+)?(?:\\s+\\(\\p{Lu}{2,}\\))?)"

interface Pattern {
  re: RegExp
  /** Role of each captured name, in order; `org` marks an affiliation of the previous name. */
  roles: Array<PersonRole | 'org'>
}

const patterns: Pattern[] = [
  {re: new RegExp(`interview[^.]*?\\b(?:that|which)\\s+${N}\\s+gave\\s+(?:exclusively\\s+)?to\\s+${N}(?:\\s+of\\s+${org})?`, 'u'), roles: ['interviewee', 'interviewer', 'org']},
  {re: new RegExp(`${N}['’]s?\\s+(?:responses|answers|replies)\\s+to\\s+[^.]*?questions\\s+(?:sent|put|posed|asked)\\s+(?:to\\s+(?:him|her|them)\\s+)?by\\s+${N}(?:\\s+of\\s+${org})?`, 'u'), roles: ['interviewee', 'interviewer', 'org']},
  {re: new RegExp(`${N}(?:\\s+of\\s+${org})?,?\\s+(?:spoke|talked)\\s+(?:to|with)\\s+${N}`, 'u'), roles: ['interviewer', 'org', 'interviewee']},
  {re: new RegExp(`${N}(?:\\s+of\\s+${org})?,?\\s+interview(?:ed|s)\\s+${N}`, 'u'), roles: ['interviewer', 'org', 'interviewee']},
  {re: new RegExp(`\\b(?:interview|conversation|Q&A)\\s+with\\s+${N}`, 'u'), roles: ['interviewee']},
  {re: new RegExp(`\\basked\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}${N}\\s+(?:about|whether|how|why|what|for)\\b`, 'u'), roles: ['interviewee']},
  {re: new RegExp(`\\b(?:interviewed|questioned)\\s+by\\s+${N}`, 'u'), roles: ['interviewer']},
  {re: new RegExp(`\\bwrites\\s+${N}\\.?$`, 'u'), roles: ['author']}
]

/** Add the people named by the head, intro and speaker labels. */
export function inferPeople(state: State): void {
  const sources = [state.subtitle, ...state.intro].filter(Boolean) as Array<{text: string}>
  for (const {text} of sources) {
    for (const pattern of patterns) {
      const m = pattern.re.exec(text)
      if (!m) continue
      let last: Person | null = null
      pattern.roles.forEach((role, index) => {
        const value = m[index + 1]
        if (!value) return
        if (role === 'org') {
          if (last && !last.affiliation) last.affiliation = value.replace(/^the\s+/, '').trim()
          return
        }
        last = addPerson(state, cleanName(value), role, m[0])
      })
    }
  }
  // Speaker labels that are names tell us the roles too.
  const asker = state.questions[0]?.asker
  if (asker && isFullName(asker)) addPerson(state, asker, 'interviewer', `speaker label "${asker}:"`)
  if (state.answerer && isFullName(state.answerer)) addPerson(state, state.answerer, 'interviewee', `speaker label "${state.answerer}:"`)
  // The "writes X" of an interview's dek is its interviewee, not a second author.
  if (state.questions.length > 0) {
    state.people = state.people.filter((p) => p.role !== 'author' || !state.people.some((o) => o.name === p.name && o.role === 'interviewee'))
  }
}

function isFullName(label: string): boolean {
  return new RegExp(`^${nameSource}$`, 'u').test(label) && !/^(?:Interviewer|Interviewee|Host|Guest)$/i.test(label)
}

/** Add a person once per name; an interview role outranks "author". */
function addPerson(state: State, name: string, role: PersonRole, evidence: string): Person {
  const existing = state.people.find((person) => person.name === name)
  if (existing) {
    if (existing.role === 'author' && role !== 'author') existing.role = role
    return existing
  }
  const person: Person = {name, role, affiliation: null, source: 'inferred', evidence: evidence.trim()}
  state.people.push(person)
  return person
}
