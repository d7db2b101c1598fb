/**
 * Who talked to whom, and who the text is by. The byline sentence follows the people's roles:
 *
 * - interviewees and interviewers: "A interviewed by B" (`interviewedBy`);
 * - interviewees only: "Interview with A" (`interviewWith`);
 * - otherwise authors: "By A" (`by`);
 * - otherwise interviewers only: "Interviewer: B" ("Interviewers: B and C");
 * - nobody: no byline.
 *
 * The roles decide, not the kind: an interview whose only person is an `author` (a byline over a
 * write-up) reads "By A", not "Interview with A". Authors next to interviewees stay in the credits
 * rows and among the creators, not in the sentence. Credits follow core's author rule
 * (`creditsOf`): interviewees and authors are the creators, interviewers contributors.
 */
import type {TermKey, Words} from '../i18n/index.js'
import {creditsOf, relatorCodes} from '../model/credits.js'
import type {Collection, Person, PersonRole, Publication} from '../model/publication.js'
import {nameSlug} from './people/names.js'
import {colonOf, langOfAll, list, term, textIn} from './words.js'
import type {Byline, PresentedCredits, PresentedPerson, RoleGroup, LangText} from './types.js'

const plurals = {interviewee: 'interviewees', interviewer: 'interviewers', author: 'authors'} as const

/** A person with their relator code, affiliation and role word. */
export function presentPerson(person: Person, words: Words): PresentedPerson {
  return {
    name: person.name,
    role: person.role,
    relator: relatorCodes[person.role],
    affiliation: person.affiliation,
    nameWithAffiliation: person.affiliation ? `${person.name} (${person.affiliation})` : person.name,
    roleLabel: term(words, person.role),
    slug: nameSlug(person.name)
  }
}

/** The byline sentence and the rows of people by role (see the file comment for the rule). */
export function presentByline(publication: Pick<Publication, 'people'>, words: Words): Byline {
  // Each name is first a marker (U+0000, its index, U+0000), so the sentence can be cut into runs around the names.
  const named: string[] = []
  const names = (role: PersonRole) =>
    publication.people.filter((p) => p.role === role).map((p) => `\u0000${named.push(p.name) - 1}\u0000`)
  const interviewees = names('interviewee')
  const interviewers = names('interviewer')
  const authors = names('author')
  const joined = (items: string[]) => words.list(items)
  let marked: {text: string; keys: TermKey[]} | null = null
  if (interviewees.length > 0 && interviewers.length > 0)
    marked = {
      text: words.term('interviewedBy', {interviewees: joined(interviewees), interviewers: joined(interviewers)}),
      keys: ['interviewedBy', 'and']
    }
  else if (interviewees.length > 0)
    marked = {text: words.term('interviewWith', {names: joined(interviewees)}), keys: ['interviewWith', 'and']}
  else if (authors.length > 0) marked = {text: words.term('by', {names: joined(authors)}), keys: ['by', 'and']}
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
  return {line, runs, groups: roleGroups(publication.people, words)}
}

/** Rows by role (interviewee, interviewer, author), each with its singular or plural label. */
function roleGroups(people: Person[], words: Words): RoleGroup[] {
  const groups: RoleGroup[] = []
  for (const role of ['interviewee', 'interviewer', 'author'] as const) {
    const members = people.filter((person) => person.role === role).map((person) => presentPerson(person, words))
    if (members.length === 0) continue
    groups.push({
      role,
      label: term(words, members.length > 1 ? plurals[role] : role),
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

/** Core's author rule, with the names to attribute the text to (the publisher when nobody is credited). */
export function presentCredits(
  publication: Pick<Publication, 'people'>,
  collection: Pick<Collection, 'publisher'>,
  words: Words
): PresentedCredits {
  const {creators, contributors} = creditsOf(publication)
  return {
    creators: creators.map((person) => presentPerson(person, words)),
    contributors: contributors.map((person) => presentPerson(person, words)),
    attribution: creators.length > 0 ? creators.map((person) => person.name) : [collection.publisher]
  }
}

/** A sentence made of several terms is in the publication's language only when each term is. */
function withLang(text: string, words: Words, keys: TermKey[]): LangText {
  return textIn(text, langOfAll(words, keys))
}
