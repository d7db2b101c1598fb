/**
 * The one author rule every format follows: the people whose words the text is — interviewees, or
 * an article's authors — are its creators; interviewers are contributors, with their role.
 * EPUB prints them as `dc:creator` / `dc:contributor` refined by a MARC relator
 * (https://www.w3.org/TR/epub-33/#sec-opf-dccreator, https://id.loc.gov/vocabulary/relators.html),
 * the site as schema.org `author` / `contributor`, the PDF's Author entry holds the creators only.
 */
import type {Person, PersonRole, Publication} from './publication.js'

/** MARC relator code of each role: `aut` author, `ive` interviewee, `ivr` interviewer. */
export const relatorCodes: Readonly<Record<PersonRole, 'aut' | 'ive' | 'ivr'>> = {
  author: 'aut',
  interviewee: 'ive',
  interviewer: 'ivr'
}

/** Who made a publication: `creators` (interviewees, authors) and `contributors` (interviewers), in the model's order. */
export interface Credits {
  creators: Person[]
  contributors: Person[]
}

/** True for a person whose words the text is (an interviewee or an author). */
export function isCreator(person: Person): boolean {
  return person.role !== 'interviewer'
}

/** Split a publication's people into creators and contributors (see the file comment for the rule). */
export function creditsOf(publication: Pick<Publication, 'people'>): Credits {
  return {
    creators: publication.people.filter(isCreator),
    contributors: publication.people.filter((person) => !isCreator(person))
  }
}
