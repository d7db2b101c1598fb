/**
 * Who talked to whom, and who the text is by. The byline sentence follows the people's roles:
 *
 * - interviewees and interviewers: "A interviewed by B" (`interviewedBy`); but where the press put
 *   the questions (`questionsFromPress`: a press conference), "A, with questions from B (Reuters)
 *   and C (El País)" (`withQuestionsFrom`), each asker with the outlet their label names;
 * - interviewees only: "Interview with A" (`interviewWith`), or "A, with questions from Reuters and
 *   Tass" when only the labels' outlets name the askers ("Reporter (Reuters):", "Q (Tass):");
 * - otherwise authors: "By A" (`by`);
 * - otherwise interviewers only: "Interviewer: B" ("Interviewers: B and C"), or "Questions from B
 *   (Reuters) and C" (`questionsFrom`) where the press put the questions;
 * - nobody: no byline, or "Questions from Reuters and Tass" when the labels name outlets.
 *
 * The roles decide, not the kind: an interview whose only person is an `author` (a byline over a
 * write-up) reads "By A", not "Interview with A". Authors next to interviewees stay in the credits
 * rows and among the creators, not in the sentence. Credits follow core's author rule
 * (`creditsOf`): interviewees and authors are the creators, interviewers contributors.
 */
import type {TermKey, Words} from '../i18n/index.js'
import {creditsOf, relatorCodes} from '../model/credits.js'
import type {Collection, Person, PersonRole, Publication} from '../model/publication.js'
import {speakerName} from '../text/speaker-name.js'
import {nameSlug} from './people/names.js'
import {ownerOf} from './people/owners.js'
import {colonOf, langOfAll, list, type TextKey, term, textIn} from './words.js'
import type {Byline, PresentedCredits, PresentedPerson, RoleGroup, LangText} from './types.js'

const plurals = {interviewee: 'interviewees', interviewer: 'interviewers', author: 'authors'} as const

/**
 * The word of a person's role: a press conference's askers are `reporter`s and those who answer
 * `speaker`s (`questionsFromPress`), every other person's word is their role's.
 */
function roleTerm(role: PersonRole, press: boolean, plural: boolean): TextKey {
  if (press && role === 'interviewer') return plural ? 'reporters' : 'reporter'
  if (press && role === 'interviewee') return plural ? 'speakers' : 'speaker'
  return plural ? plurals[role] : role
}

/** A person with their relator code, affiliation and role word (`press`: the askers of a press conference). */
export function presentPerson(person: Person, words: Words, press = false): PresentedPerson {
  return {
    name: person.name,
    role: person.role,
    relator: relatorCodes[person.role],
    affiliation: person.affiliation,
    nameWithAffiliation: person.affiliation ? `${person.name} (${person.affiliation})` : person.name,
    roleLabel: term(words, roleTerm(person.role, press, false)),
    slug: nameSlug(person.name)
  }
}

/**
 * The term of a publication's kind, as its kicker and facts print it: `pressConference` for an
 * interview where the press put the questions (`questionsFromPress`), else the kind's own
 * (`interview`, `article`).
 */
export function kindTermOf(publication: Pick<Publication, 'qa' | 'people' | 'kind'>): TextKey {
  return questionsFromPress(publication) ? 'pressConference' : publication.kind
}

/**
 * The role a person has in the dataset's record: `reporter` for an asker of a press conference
 * (`questionsFromPress`; the model keeps them as `interviewer`, the one asking role), else the model's.
 */
export function recordRoleOf(person: Person, press: boolean): PersonRole | 'reporter' {
  return press && person.role === 'interviewer' ? 'reporter' : person.role
}

/**
 * True when the press put the questions, not interviewers: askers of two or more outlets (a press
 * conference's reporters, each labelled with a name and an outlet), three or more askers, or an
 * asker whose label names nobody but gives an outlet ("Reporter (Reuters):", "Q (Tass):").
 * Reporters at a press conference ask questions; they do not interview. Two named askers without
 * outlets are a newspaper's two interviewers ("A interviewed by B and C"). Askers are told apart by
 * the label and its outlet, as printed.
 */
export function questionsFromPress(publication: Pick<Publication, 'qa' | 'people' | 'kind'>): boolean {
  if (publication.kind !== 'interview') return false
  const asking = publication.qa.filter((qa) => speakerName(qa.asker) !== null || qa.askerAffiliation !== null)
  const askers = new Set(asking.map((qa) => `${speakerName(qa.asker) ?? ''}\u0000${qa.askerAffiliation ?? ''}`))
  const outlets = new Set(asking.flatMap((qa) => (qa.askerAffiliation === null ? [] : [qa.askerAffiliation])))
  return outlets.size > 1 || askers.size > 2 || pressOutlets(publication).length > 0
}

/** The outlets of questions whose label names nobody of the people ("Reporter (Reuters):" → Reuters), in order. */
function pressOutlets(publication: Pick<Publication, 'qa' | 'people' | 'kind'>): string[] {
  const outlets = publication.qa.flatMap((qa) =>
    qa.askerAffiliation !== null && (qa.asker === null || !ownerOf(publication, qa.asker, 'interviewer'))
      ? [qa.askerAffiliation]
      : []
  )
  return [...new Set(outlets)]
}

/** The byline sentence and the rows of people by role (see the file comment for the rule). */
export function presentByline(publication: Pick<Publication, 'people' | 'qa' | 'kind'>, words: Words): Byline {
  // Each name is first a marker (U+0000, its index, U+0000), so the sentence can be cut into runs around the names.
  const named: string[] = []
  const names = (role: PersonRole) =>
    publication.people.filter((p) => p.role === role).map((p) => `\u0000${named.push(p.name) - 1}\u0000`)
  const interviewees = names('interviewee')
  const press = questionsFromPress(publication)
  // At a press conference each asker is named with the outlet their label gives, and outlets alone stand for reporters no label names.
  const askers = press
    ? [
        ...publication.people
          .filter((p) => p.role === 'interviewer')
          .map((p) => `\u0000${named.push(p.name) - 1}\u0000${p.affiliation ? ` (${p.affiliation})` : ''}`),
        ...pressOutlets(publication).filter(
          (outlet) => !publication.people.some((p) => p.role === 'interviewer' && p.affiliation === outlet)
        )
      ]
    : names('interviewer')
  const interviewers = press ? [] : askers
  const authors = names('author')
  const joined = (items: string[]) => words.list(items)
  let marked: {text: string; keys: TermKey[]} | null = null
  if (press && askers.length > 0 && interviewees.length > 0)
    marked = {
      text: words.term('withQuestionsFrom', {interviewees: joined(interviewees), interviewers: joined(askers)}),
      keys: ['withQuestionsFrom', 'and']
    }
  else if (interviewees.length > 0 && interviewers.length > 0)
    marked = {
      text: words.term('interviewedBy', {interviewees: joined(interviewees), interviewers: joined(interviewers)}),
      keys: ['interviewedBy', 'and']
    }
  else if (interviewees.length > 0)
    marked = {text: words.term('interviewWith', {names: joined(interviewees)}), keys: ['interviewWith', 'and']}
  else if (authors.length > 0) marked = {text: words.term('by', {names: joined(authors)}), keys: ['by', 'and']}
  else if (press && askers.length > 0)
    marked = {text: words.term('questionsFrom', {names: joined(askers)}), keys: ['questionsFrom', 'and']}
  else if (interviewers.length > 0) {
    const key = interviewers.length > 1 ? 'interviewers' : 'interviewer'
    const label = words.term(key)
    marked = {text: `${label}${colonOf(words.langOf(key))}${joined(interviewers)}`, keys: [key, 'and']}
  }
  const runs = (marked?.text.split('\u0000') ?? [])
    .map((text, index) =>
      index % 2 === 1 ? {text: named[Number(text)]!, slug: nameSlug(named[Number(text)]!)} : {text}
    )
    .filter((run) => run.text !== '')
  const line = marked ? withLang(runs.map((run) => run.text).join(''), words, marked.keys) : null
  return {line, runs, groups: roleGroups(publication.people, words, press)}
}

/**
 * Rows by role (interviewee, interviewer, author), each with its singular or plural label; a press
 * conference's askers (`press`) are "Reporters", not "Interviewers".
 */
function roleGroups(people: Person[], words: Words, press: boolean): RoleGroup[] {
  const groups: RoleGroup[] = []
  for (const role of ['interviewee', 'interviewer', 'author'] as const) {
    const members = people.filter((person) => person.role === role).map((person) => presentPerson(person, words, press))
    if (members.length === 0) continue
    groups.push({
      role,
      label: term(words, roleTerm(role, press, members.length > 1)),
      people: members,
      names: list(
        words,
        members.map((person) => person.nameWithAffiliation)
      ),
      separators: words.listSeparators(members.length)
    })
  }
  return groups
}

/**
 * Core's author rule, with the names to attribute the text to (the publisher when nobody is
 * credited). Where the press put the questions, the askers are contributors with the relator `ctb`
 * (MARC's "contributor"), not `ivr`: only a real interviewer interviews.
 */
export function presentCredits(
  publication: Pick<Publication, 'people' | 'qa' | 'kind'>,
  collection: Pick<Collection, 'publisher'>,
  words: Words
): PresentedCredits {
  const {creators, contributors} = creditsOf(publication)
  const press = questionsFromPress(publication)
  return {
    creators: creators.map((person) => presentPerson(person, words, press)),
    contributors: contributors.map((person) => {
      const presented = presentPerson(person, words, press)
      return press && person.role === 'interviewer' ? {...presented, relator: 'ctb' as const} : presented
    }),
    attribution: creators.length > 0 ? creators.map((person) => person.name) : [collection.publisher]
  }
}

/** A sentence made of several terms is in the publication's language only when each term is. */
function withLang(text: string, words: Words, keys: TermKey[]): LangText {
  return textIn(text, langOfAll(words, keys))
}
