/**
 * Publication facts as short phrases in the publication's language (core's interface words), for
 * the title page, cover and metadata. The provenance page stays English and says so with `lang`.
 */
import type {Outlet, Person, Publication} from '@dossier/core'
import {creditsOf, formatDate, interfaceWords} from '@dossier/core'
import {cleanLabel} from './text.js'

export {formatDate}

/** People who made the text: interviewees and authors (the `dc:creator`s), by core's author rule (`creditsOf`). */
export function creatorsOf(publication: Publication): Person[] {
  return creditsOf(publication).creators
}

/** People who asked the questions (the `dc:contributor`s), by core's author rule. */
export function interviewersOf(publication: Publication): Person[] {
  return creditsOf(publication).contributors
}

/** `Andrew Korybko interviewed by Adeela Jawad` or `By Jane Doe`, in the publication's language. */
export function bylineOf(publication: Publication): string | null {
  const words = interfaceWords(publication.lang)
  const names = (people: Person[]) => (people.length > 0 ? words.list(people.map((person) => person.name)) : null)
  const creators = names(creatorsOf(publication))
  const interviewers = names(interviewersOf(publication))
  if (publication.kind === 'interview') {
    if (creators && interviewers) return words.term('interviewedBy', {interviewees: creators, interviewers})
    if (creators) return words.term('interviewWith', {names: creators})
    if (interviewers) return `${words.term('interviewer')}: ${interviewers}`
    return null
  }
  return creators ? words.term('by', {names: creators}) : null
}

/** `First published in The Diplomatic Insight (July 2017 edition); Republished by Geopolitica.Ru`, in the publication's language. */
export function outletLineOf(publication: Publication): string | null {
  const words = interfaceWords(publication.lang)
  const describe = (outlet: Outlet) => (outlet.detail ? `${outlet.name} (${outlet.detail})` : outlet.name)
  const original = publication.outlets.filter((o) => o.role === 'original').map(describe)
  const republishers = publication.outlets.filter((o) => o.role === 'republisher').map(describe)
  const parts: string[] = []
  if (original.length > 0) parts.push(`${words.term('firstPublishedIn')} ${words.list(original)}`)
  if (republishers.length > 0) parts.push(`${words.term('republishedBy')} ${words.list(republishers)}`)
  return parts.length > 0 ? parts.join('; ') : null
}

/** The language the byline and outlet line are printed in (English where the language has no table). */
export function labelLangOf(publication: Publication): string {
  return interfaceWords(publication.lang).langOf('interviewedBy')
}

/** A one-paragraph description for `dc:description`: never empty (EPUBCheck rejects an empty one). */
export function descriptionOf(publication: Publication): string {
  const parts = [publication.subtitle?.text, publication.intro[0]?.text]
  const lead = parts.find((part): part is string => Boolean(part?.trim()))
  const facts = [bylineOf(publication), outletLineOf(publication), formatDate(publication.date)]
    .filter(Boolean)
    .join('. ')
  return cleanLabel(lead ?? (facts || publication.title.text))
}

/** `Korybko, Andrew` for sorting; names that are not "Given Family" stay as they are. */
export function fileAs(name: string): string {
  const words = cleanLabel(name).split(' ')
  if (words.length < 2) return cleanLabel(name)
  const last = words.pop()!
  return `${last}, ${words.join(' ')}`
}

/** `a`, `a and b`, `a, b and c`. */
export function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/** Shown at the end of the text and on the provenance page when the source stops mid-sentence. */
export const truncationNotice =
  'The source text stops mid-sentence: what follows in the original was not available, so this text is incomplete.'
