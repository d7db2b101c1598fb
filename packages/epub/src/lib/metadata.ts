/**
 * Package metadata (https://www.w3.org/TR/epub-33/#sec-pkg-metadata) for a publication or the
 * collection: identifier, titles, every person with a MARC relator role, dates, and the EPUB
 * Accessibility 1.1 properties (https://www.w3.org/TR/epub-a11y-11/#sec-discovery).
 */
import {
  directionOf,
  type Collection,
  type CollectionPresentation,
  type PersonRole,
  type Presentation,
  type PresentedPerson,
  type Publication
} from '@dossier/core'
import type {NavItem} from './chapter.js'
import {descriptionOf, fileAs} from './describe.js'
import {toIdentifier} from './identifier.js'
import {cleanLabel} from './text.js'

/** A `dc:creator` or `dc:contributor` with its refinements. */
export interface PackagePerson {
  id: string
  element: 'creator' | 'contributor'
  name: string
  fileAs: string
  /** MARC relator code: `aut` author, `ive` interviewee, `ivr` interviewer, `ctb` a press conference's asker. */
  role: string
}

/** A person as the package lists them: the name as the model has it, the role and its MARC relator (core's). */
export interface CreditedPerson {
  name: string
  role: PersonRole
  relator: PresentedPerson['relator']
}

/**
 * The people of one publication for the package: `creators` (interviewees, authors), then
 * `contributors` (interviewers), by core's author rule. Plain JSON, so a collection book can list
 * them from publication parts.
 */
export interface PackageCredits {
  creators: CreditedPerson[]
  contributors: CreditedPerson[]
}

/** The package people of a publication (`PackageCredits`), from its presentation's credits. */
export function packageCreditsOf({credits}: Presentation): PackageCredits {
  const plain = (people: PresentedPerson[]) =>
    people.map((person) => ({name: person.name, role: person.role, relator: person.relator}))
  return {creators: plain(credits.creators), contributors: plain(credits.contributors)}
}

/** Everything our `contentOPF` and `tocXHTML` templates print, already cleaned. */
export interface PackageModel {
  identifier: string
  lang: string
  /** Reading direction: `rtl` books turn pages right to left (`page-progression-direction`). */
  dir: 'ltr' | 'rtl'
  title: string
  description: string
  publisher: string
  rights: string
  /** W3CDTF date of the text (`2017-07`), when known. */
  date: string | null
  /** `dcterms:modified`, `CCYY-MM-DDThh:mm:ssZ`. */
  modified: string
  /** Canonical URL of the original (`dc:source`). */
  source: string | null
  people: PackagePerson[]
  accessibility: Array<{property: string; value: string}>
  tocTitle: string
  /** Language of the interface words in the navigation (English where the book's language has no table). */
  tocLang: string
  nav: NavItem[]
  /** Deepest level of `nav` (1 = flat), for the NCX. */
  navDepth: number
  landmarks: Array<NavItem & {type: string}>
  /** The landmarks' heading ("Landmarks") and the language it is in (core's `landmarks` term). */
  landmarksTitle: string
  landmarksLang: string
}

const accessibility = [
  {property: 'schema:accessMode', value: 'textual'},
  {property: 'schema:accessMode', value: 'visual'},
  {property: 'schema:accessModeSufficient', value: 'textual'},
  {property: 'schema:accessibilityFeature', value: 'structuralNavigation'},
  {property: 'schema:accessibilityFeature', value: 'tableOfContents'},
  {property: 'schema:accessibilityFeature', value: 'readingOrder'},
  {property: 'schema:accessibilityFeature', value: 'alternativeText'},
  {property: 'schema:accessibilityFeature', value: 'displayTransformability'},
  {property: 'schema:accessibilityHazard', value: 'none'},
  {
    property: 'schema:accessibilitySummary',
    value:
      'Text-only book: every question is a heading, answers are paragraphs, and a nested table of contents and landmarks allow navigation. ' +
      'The generated cover image has a text alternative. No information is conveyed by colour alone; there are no flashing, sound or motion hazards.'
  },
  {property: 'dcterms:conformsTo', value: 'EPUB Accessibility 1.1 - WCAG 2.1 Level AA'}
]

/** `dcterms:modified` from the build date (never the clock). */
export function toModified(buildDate: string): string {
  const date = new Date(buildDate)
  if (Number.isNaN(date.getTime()))
    throw new Error(`Expected options.buildDate as an ISO 8601 instant, got ${JSON.stringify(buildDate)}`)
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Metadata of a book made of one publication. */
export function publicationPackage(
  publication: Publication,
  presentation: Presentation,
  collection: Collection,
  buildDate: string
): Omit<PackageModel, 'nav' | 'navDepth' | 'landmarks' | 'landmarksTitle' | 'landmarksLang' | 'tocTitle' | 'tocLang'> {
  return {
    identifier: toIdentifier(`dossier:${collection.id}/${publication.id}`),
    lang: publication.lang,
    dir: directionOf(publication.lang),
    title: cleanLabel(publication.title.text),
    description: descriptionOf(publication, presentation),
    publisher: cleanLabel(collection.publisher),
    rights: cleanLabel(collection.rights),
    date: publication.date?.value ?? null,
    modified: toModified(buildDate),
    source: publication.url ? cleanLabel(publication.url) : null,
    people: toPeople([packageCreditsOf(presentation)]),
    accessibility
  }
}

/**
 * Metadata of the collection book, from the collection's presentation (`presentCollection`: the
 * latest date, the counts when the collection has no description) and its publications' credits,
 * in the collection's order.
 */
export function collectionPackage(
  collection: Collection,
  presentation: CollectionPresentation,
  credits: PackageCredits[],
  buildDate: string
): Omit<PackageModel, 'nav' | 'navDepth' | 'landmarks' | 'landmarksTitle' | 'landmarksLang' | 'tocTitle' | 'tocLang'> {
  return {
    identifier: toIdentifier(`dossier:${collection.id}`),
    lang: collection.lang,
    dir: directionOf(collection.lang),
    title: cleanLabel(collection.title),
    description: cleanLabel(collection.description) || cleanLabel(presentation.counts.text),
    publisher: cleanLabel(collection.publisher),
    rights: cleanLabel(collection.rights),
    date: presentation.latestDate,
    modified: toModified(buildDate),
    source: null,
    people: toPeople(credits),
    accessibility
  }
}

/** Creators first (interviewees, authors), then interviewers; each name once. */
function toPeople(credits: PackageCredits[]): PackagePerson[] {
  const people: PackagePerson[] = []
  const seen = new Set<string>()
  const add = (element: PackagePerson['element'], name: string, role: PresentedPerson['relator']) => {
    const clean = cleanLabel(name)
    const key = `${element}:${clean}`
    if (!clean || seen.has(key)) return
    seen.add(key)
    people.push({
      id: `${element}-${people.length + 1}`,
      element,
      name: clean,
      fileAs: fileAs(clean),
      role
    })
  }
  for (const publication of credits)
    for (const person of publication.creators) add('creator', person.name, person.relator)
  for (const publication of credits)
    for (const person of publication.contributors) add('contributor', person.name, person.relator)
  return people
}
