/**
 * Plain-text formatting of model facts (dates, people, outlets, sizes). Pure and locale-fixed so
 * output never depends on the machine that builds it.
 */
import type {Inline, Outlet, Person, PersonRole, Publication} from '@dossier/core'
import {creditsOf, formatDate, interfaceWords, joinNames, type Words} from '@dossier/core'
import type {PhrasingContent} from 'mdast'

export {formatDate, joinNames}

/** People with one role, in model order. */
export function peopleWith(publication: Publication, role: PersonRole): Person[] {
  return publication.people.filter((person) => person.role === role)
}

/** Who the text is by: core's author rule (`creditsOf`) — interviewees and authors, never interviewers. */
export function creditedPeople(publication: Publication): Person[] {
  return creditsOf(publication).creators
}

/** The outlet that first published the text, else the first one named. */
export function originalOutlet(publication: Publication): Outlet | null {
  return publication.outlets.find((outlet) => outlet.role === 'original') ?? publication.outlets[0] ?? null
}

/** "The Diplomatic Insight (July 2017 edition)". */
export function describeOutlet(outlet: Outlet): string {
  return outlet.detail ? `${outlet.name} (${outlet.detail})` : outlet.name
}

/** One line summarising who talked to whom, in `words`' language: "Andrew Korybko interviewed by Muhammad Taimur Khan". */
export function describeConversation(
  publication: Publication,
  words: Words = interfaceWords(publication.lang)
): string | null {
  const interviewees = peopleWith(publication, 'interviewee').map((person) => person.name)
  const interviewers = peopleWith(publication, 'interviewer').map((person) => person.name)
  if (interviewees.length > 0 && interviewers.length > 0)
    return words.term('interviewedBy', {interviewees: words.list(interviewees), interviewers: words.list(interviewers)})
  if (interviewees.length > 0) return words.term('interviewWith', {names: words.list(interviewees)})
  const authors = peopleWith(publication, 'author').map((person) => person.name)
  return authors.length > 0 ? words.term('by', {names: words.list(authors)}) : null
}

/** Human file size: "812 B", "41 kB", "1.2 MB" (SI units, as browsers show downloads). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`
  return `${(bytes / 1_000_000).toFixed(1)} MB`
}

/** "11 questions", "1 question". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/**
 * A citation without its URL, which the page's script appends (it knows where the site is
 * served from): `Korybko, Andrew. "Title." The Diplomatic Insight, July 2017.`
 */
export function citationOf(publication: Publication): string {
  const names = creditedPeople(publication).map((person) => person.name)
  const outlet = originalOutlet(publication)
  const date = formatDate(publication.date)
  const parts = [
    names.length > 0 ? `${joinNames(names)}.` : null,
    `“${plainText(publication.title)}.”`,
    [outlet?.name, date].filter(Boolean).join(', ')
  ]
  return parts
    .filter((part): part is string => Boolean(part))
    .join(' ')
    .replace(/([^.])$/, '$1.')
}

/** Plain text of inline content, from the same tree the page shows (falls back to `text`). */
export function plainText(inline: Inline): string {
  const walk = (nodes: PhrasingContent[]): string =>
    nodes
      .map((node) =>
        'value' in node && typeof node.value === 'string'
          ? node.value
          : 'children' in node
            ? walk(node.children as PhrasingContent[])
            : ''
      )
      .join('')
  return walk(inline.children) || inline.text
}
