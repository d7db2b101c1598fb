/**
 * Whose each turn of a publication is. A turn is a person's only where the source says so:
 *
 * 1. its speaker label is the person's name (the same key: "ANDREW KORYBKO:" for Andrew Korybko);
 * 2. or the normalizer read the label as that person in this publication (`Person.labels`:
 *    "AK:" for Anna Kowalczyk, by the initials of a name in the intro);
 * 3. or the turn has no label and the interview names exactly one person of the side's role
 *    (its only interviewee answers, its only interviewer asks).
 *
 * A label the normalizer did not read as anybody ("Q:", "Host:", an unknown name) makes the turn
 * nobody's: it is never matched on a guess.
 */
import type {Person, PersonRole, Publication} from '../../model/publication.js'
import {speakerName} from '../../text/speaker-name.js'
import {nameKey, sameNameReason, slugOf} from './names.js'

/** Whose one side of a turn is, and why (English, for the index's reasons). */
export interface TurnOwner {
  person: Person
  key: string
  slug: string
  attribution: string
}

/** The owner of each side of each turn, in question order (`asker`, `answerer`; null when nobody's). */
export function turnOwners(
  publication: Publication
): Array<{id: string; asker: TurnOwner | null; answerer: TurnOwner | null}> {
  return publication.qa.map((qa) => ({
    id: qa.id,
    asker: ownerOf(publication, qa.asker, 'interviewer'),
    answerer: ownerOf(publication, qa.answerer, 'interviewee')
  }))
}

/** Whose the turn labelled `raw` is among the publication's people in `role` (rules above); null when nobody's. */
export function ownerOf(
  publication: Pick<Publication, 'people' | 'kind'>,
  raw: string | null,
  role: PersonRole
): TurnOwner | null {
  const owner = (person: Person, attribution: string): TurnOwner => {
    const key = nameKey(person.name)
    return {person, key, slug: slugOf(key), attribution}
  }
  const label = speakerName(raw)
  if (label !== null) {
    const named = publication.people.find((person) => nameKey(person.name) === nameKey(label))
    if (named)
      return owner(
        named,
        label === named.name
          ? `speaker label “${label}”`
          : `speaker label “${label}”: ${sameNameReason(label, named.name)} as “${named.name}”`
      )
    const read = publication.people.find((person) => person.labels?.includes(label))
    return read ? owner(read, `speaker label “${label}”, read as “${read.name}” by the normalizer`) : null
  }
  if (publication.kind !== 'interview') return null
  const only = publication.people.filter((person) => person.role === role)
  return only.length === 1
    ? owner(only[0]!, `no speaker label; the publication’s only ${role} is “${only[0]!.name}”`)
    : null
}
