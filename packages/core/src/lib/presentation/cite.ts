/**
 * A publication as a reference manager reads it: one citation record computed from the model, the
 * collection and the build date, serialized as CSL-JSON, BibTeX and RIS, and as the Highwire Press
 * and Dublin Core `<meta>` tags a page carries. Pure and deterministic: no clock, no randomness.
 *
 * Who is who follows core's author rule (`creditsOf`): interviewees (or an article's authors) are
 * the authors; interviewers are the CSL `interviewer` name variable, RIS `A2` (the interviewer tag
 * of the RIS INTERV type as Zotero's RIS translator maps it) and Dublin Core `contributor`. The
 * outlet is the original, else the first named (as the site's Cite text). The date keeps the
 * model's precision (year, or year and month, or a day), never padded with invented days.
 *
 * Rules and where they come from:
 * - CSL-JSON: CSL 1.0.2 specification, appendix "Variables" and "Item types"
 *   (https://docs.citationstyles.org/en/stable/specification.html); date-parts as in the CSL-JSON
 *   schema (https://github.com/citation-style-language/schema, `csl-data.json`).
 * - BibTeX: Patashnik, *BibTeXing* (1988), entry types `article` and `misc`, names joined with
 *   `and`, a name in braces kept whole; the month macros `jan`…`dec`; biblatex manual §2.2
 *   (`urldate`, `url` as a verbatim field). The ten LaTeX special characters are escaped outside
 *   verbatim fields (Lamport, *LaTeX*, §2.2.1 / C.2.3).
 * - RIS: the RIS format specification (Research Information Systems, 2011 edition): `TAG  - value`
 *   lines ending in CRLF, `TY` first and `ER` last; `DA` as `YYYY/MM/DD/other`.
 * - Highwire Press tags: Google Scholar's inclusion guidelines for webmasters
 *   (https://scholar.google.com/intl/en/scholar/inclusion.html#indexing), which document
 *   `citation_title`, `citation_author`, `citation_publication_date` ("2010/5/12", or the year),
 *   `citation_journal_title` and `citation_publisher`; Zotero's Embedded Metadata translator also
 *   reads `citation_language` and `citation_public_url`.
 * - Dublin Core: DCMI Metadata Terms (https://www.dublincore.org/specifications/dublin-core/dcmi-terms/)
 *   in the `DC.element` form of *Expressing Dublin Core metadata using HTML/XHTML meta and link
 *   elements* (DCMI, 2008); `DC.type` from the DCMI Type Vocabulary; `DC.date` in W3CDTF
 *   (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
 */
import {creditsOf} from '../model/credits.js'
import type {Collection, Outlet, Person, Publication} from '../model/publication.js'

/**
 * A CSL name (CSL 1.0.2, "Name variables"): `family` and `given` where the name can be split
 * safely (see `cslName`), else the whole name as `literal`.
 */
export type CslName = {family: string; given: string} | {literal: string}

/** A CSL date: one `[year, month?, day?]` in `date-parts`, as precise as the evidence. */
export interface CslDate {
  'date-parts': [[number] | [number, number] | [number, number, number]]
}

/** The CSL-JSON item of one publication (CSL 1.0.2 variables; only those known are present). */
export interface CslItem {
  /** The publication's id: stable across builds. */
  id: string
  /** `interview`, `article-newspaper` (an article with an outlet) or `article`. */
  type: 'interview' | 'article-newspaper' | 'article'
  title: string
  /** Interviewees, or an article's authors. */
  author?: CslName[]
  interviewer?: CslName[]
  /** The outlet: the original, else the first named. */
  'container-title'?: string
  issued?: CslDate
  /** The original's address, else the publication's page on the site (when it has a base URL). */
  URL?: string
  /** BCP 47 tag of the publication's language. */
  language: string
  /** The collection's publisher. */
  publisher: string
  /** The edition: the build's day. */
  accessed: CslDate
}

/** One `<meta name content>` pair. */
export interface MetaTag {
  name: string
  content: string
}

/** Everything a reference manager needs of one publication, in every serialization. */
export interface CitationRecord {
  csl: CslItem
  /** The BibTeX key: the publication's id (unique in the collection, stable across builds). */
  key: string
  /** One BibTeX entry, UTF-8, ending in a newline. */
  bibtex: string
  /** One RIS record, every line ending in CRLF. */
  ris: string
  /** Highwire Press tags (`citation_*`) then Dublin Core tags (`DC.*`), in that order. */
  meta: MetaTag[]
}

/** What `citationRecordOf` needs beyond the publication and its collection. */
export interface CiteOptions {
  /** ISO 8601 instant of the build (`JobContext.buildDate`): the edition's day, CSL `accessed`. */
  buildDate: string
  /** Absolute address of the publication's own page, when the site has a base URL; else null. */
  permalink?: string | null
}

/**
 * The citation record of one publication (see the file comment for every rule). `buildDate` must
 * start with `YYYY-MM-DD`; throws a `RangeError` otherwise.
 */
export function citationRecordOf(
  publication: Publication,
  collection: Pick<Collection, 'publisher'>,
  options: CiteOptions
): CitationRecord {
  const accessed = dateParts(options.buildDate.slice(0, 10))
  if (accessed?.['date-parts'][0].length !== 3)
    throw new RangeError(`buildDate must start with YYYY-MM-DD, got “${options.buildDate}”`)
  const {creators, contributors} = creditsOf(publication)
  const outlet = outletOf(publication.outlets)
  const permalink = options.permalink ?? null
  const url = publication.url ?? permalink
  const issued = publication.date ? dateParts(publication.date.value) : null
  const type: CslItem['type'] =
    publication.kind === 'interview' ? 'interview' : outlet ? 'article-newspaper' : 'article'
  const names = (people: Person[]) => people.map((person) => cslName(person.name, publication.lang))
  const csl: CslItem = {
    id: publication.id,
    type,
    title: publication.title.text,
    ...(creators.length > 0 ? {author: names(creators)} : {}),
    ...(contributors.length > 0 ? {interviewer: names(contributors)} : {}),
    ...(outlet ? {'container-title': outlet.name} : {}),
    ...(issued ? {issued} : {}),
    ...(url ? {URL: url} : {}),
    language: publication.lang,
    publisher: collection.publisher,
    accessed
  }
  return {
    csl,
    key: publication.id,
    bibtex: bibtexOf(csl),
    ris: risOf(csl),
    meta: [...highwireTags(csl, permalink), ...dublinCoreTags(csl, publication.url)]
  }
}

/** The outlet a citation names: the original, else the first named, else none. */
function outletOf(outlets: Outlet[]): Outlet | null {
  return outlets.find((outlet) => outlet.role === 'original') ?? outlets[0] ?? null
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as CSL date-parts (numbers, month 1–12), or null when it is none of these. */
export function dateParts(value: string): CslDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value)
  if (!match) return null
  const year = Number(match[1])
  if (match[2] && match[3]) return {'date-parts': [[year, Number(match[2]), Number(match[3])]]}
  if (match[2]) return {'date-parts': [[year, Number(match[2])]]}
  return {'date-parts': [[year]]}
}

/** Languages whose names put the family name first, so "A B" cannot be read as given + family. */
const familyFirst = new Set(['hu', 'vi', 'zh', 'ja', 'ko', 'mn', 'km', 'my'])

/** Words before a name that are not a given name. */
const honorifics = new Set(['dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'prof', 'prof.', 'sir', 'dame'])

/**
 * A person's name as a CSL name. Split into `given` and `family` only when that is safe: exactly
 * two words, each starting with a capital letter (so a bicameral script: Latin, Cyrillic, Greek,
 * Armenian, which write the given name first), no honorific, no particle ("van", "al-", "de", which
 * start lower-case), no comma, and a publication language that does not write the family name
 * first (Hungarian, Vietnamese, Chinese, Japanese, Korean…). Anything else is a `literal`: three
 * words ("Muhammad Taimur Khan": which are the family name?), a name in Arabic, Devanagari or Han
 * script, an organisation. A romanized East Asian name in family-first order in an English text
 * ("Xi Jinping") cannot be told from a Western one by its letters and is split as given + family.
 */
export function cslName(name: string, lang: string): CslName {
  const literal = {literal: name}
  const words = name.trim().split(/\s+/)
  if (words.length !== 2 || name.includes(',')) return literal
  if (familyFirst.has(lang.toLowerCase().split('-')[0]!)) return literal
  const [given, family] = words as [string, string]
  if (honorifics.has(given.toLowerCase())) return literal
  const word = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u
  if (!word.test(given) || !word.test(family)) return literal
  return {family, given}
}

/** "Family, Given" or the literal name. */
function sortName(name: CslName): string {
  return 'literal' in name ? name.literal : `${name.family}, ${name.given}`
}

/** "Given Family" or the literal name. */
function displayName(name: CslName): string {
  return 'literal' in name ? name.literal : `${name.given} ${name.family}`
}

const bibtexEscapes: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}'
}

/**
 * Escape the ten characters LaTeX reads as commands (`\ { } % & # _ $ ~ ^`) so BibTeX prints them
 * as written; every other character, non-ASCII included, is kept as UTF-8 (biblatex with Biber,
 * or BibTeX with `inputenc`, read it).
 */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}%&#_$~^]/g, (character) => bibtexEscapes[character]!)
}

/** A URL for BibTeX's verbatim `url` field: only braces and backslashes, which would unbalance it, are percent-encoded. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** A BibTeX name: "Family, Given", or the literal in braces so BibTeX never splits it. */
function bibtexName(name: CslName): string {
  return 'literal' in name
    ? `{${escapeBibtex(name.literal)}}`
    : `${escapeBibtex(name.family)}, ${escapeBibtex(name.given)}`
}

/**
 * One BibTeX entry: `@article` (journal = the outlet) for an article with an outlet, else `@misc`
 * (howpublished = the outlet); the interviewers in `note` ("Interviewed by A and B", in English as
 * the site's citation); the title in double braces to keep its capitals.
 */
function bibtexOf(csl: CslItem): string {
  const parts = csl.issued?.['date-parts'][0]
  const fields: Array<[string, string]> = []
  if (csl.author) fields.push(['author', csl.author.map(bibtexName).join(' and ')])
  fields.push(['title', `{${escapeBibtex(csl.title)}}`])
  if (csl['container-title'])
    fields.push([csl.type === 'article-newspaper' ? 'journal' : 'howpublished', escapeBibtex(csl['container-title'])])
  if (parts) {
    fields.push(['year', String(parts[0])])
    if (parts[1]) fields.push(['month', months[parts[1] - 1]!])
  }
  if (csl.interviewer)
    fields.push(['note', `Interviewed by ${escapeBibtex(joinEnglish(csl.interviewer.map(displayName)))}`])
  if (csl.URL) fields.push(['url', bibtexUrl(csl.URL)])
  fields.push(['urldate', isoDate(csl.accessed)])
  fields.push(['publisher', escapeBibtex(csl.publisher)])
  const entryType = csl.type === 'article-newspaper' ? 'article' : 'misc'
  // A month is a macro (`month = jul`), every other value a braced string.
  const lines = fields.map(([name, value]) => `  ${name} = ${name === 'month' ? value : `{${value}}`}`)
  return `@${entryType}{${csl.id},\n${lines.join(',\n')}\n}\n`
}

/** "A", "A and B", "A, B and C". */
function joinEnglish(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` from date-parts. */
function isoDate(date: CslDate): string {
  return date['date-parts'][0]
    .map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
    .join('-')
}

/** `YYYY/MM/DD/` with empty parts where the date is less precise (RIS `DA`, `Y2`). */
function risDate(date: CslDate): string {
  const [year, month, day] = date['date-parts'][0]
  const two = (part: number | undefined) => (part ? String(part).padStart(2, '0') : '')
  return `${year}/${two(month)}/${two(day)}/`
}

/**
 * One RIS record: `TY` INTERV, NEWS (an article with an outlet) or GEN; `AU` each creator, `A2`
 * each interviewer, `TI`, `T2` the outlet, `PY` the year and `DA` the date, `UR`, `LA`, `PB`, `Y2`
 * the access date, `ER`. A line break inside a value would end the line, so it becomes a space.
 */
function risOf(csl: CslItem): string {
  const lines: Array<[string, string]> = []
  lines.push(['TY', csl.type === 'interview' ? 'INTERV' : csl.type === 'article-newspaper' ? 'NEWS' : 'GEN'])
  for (const name of csl.author ?? []) lines.push(['AU', sortName(name)])
  for (const name of csl.interviewer ?? []) lines.push(['A2', sortName(name)])
  lines.push(['TI', csl.title])
  if (csl['container-title']) lines.push(['T2', csl['container-title']])
  if (csl.issued) {
    lines.push(['PY', String(csl.issued['date-parts'][0][0])])
    lines.push(['DA', risDate(csl.issued)])
  }
  if (csl.URL) lines.push(['UR', csl.URL])
  lines.push(['LA', csl.language])
  lines.push(['PB', csl.publisher])
  lines.push(['Y2', risDate(csl.accessed)])
  lines.push(['ER', ''])
  return lines.map(([tag, value]) => `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}\r\n`).join('')
}

/**
 * Highwire Press tags: title, each creator ("Family, Given" or the literal), the date as
 * `YYYY/MM/DD`, `YYYY/MM` or `YYYY`, the outlet as `citation_journal_title` (the tag Zotero and
 * Google Scholar read a container's name from), language, publisher, and the page's own address.
 */
function highwireTags(csl: CslItem, permalink: string | null): MetaTag[] {
  const tags: MetaTag[] = [{name: 'citation_title', content: csl.title}]
  for (const name of csl.author ?? []) tags.push({name: 'citation_author', content: sortName(name)})
  if (csl.issued)
    tags.push({
      name: 'citation_publication_date',
      content: csl.issued['date-parts'][0]
        .map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
        .join('/')
    })
  if (csl['container-title']) tags.push({name: 'citation_journal_title', content: csl['container-title']})
  tags.push({name: 'citation_language', content: csl.language})
  tags.push({name: 'citation_publisher', content: csl.publisher})
  if (permalink) tags.push({name: 'citation_public_url', content: permalink})
  return tags
}

/** Dublin Core tags: title, each creator, each interviewer as contributor, date, language, publisher, type `Text`, source = the original's address. */
function dublinCoreTags(csl: CslItem, original: string | null): MetaTag[] {
  const tags: MetaTag[] = [{name: 'DC.title', content: csl.title}]
  for (const name of csl.author ?? []) tags.push({name: 'DC.creator', content: displayName(name)})
  for (const name of csl.interviewer ?? []) tags.push({name: 'DC.contributor', content: displayName(name)})
  if (csl.issued) tags.push({name: 'DC.date', content: isoDate(csl.issued)})
  tags.push({name: 'DC.language', content: csl.language})
  tags.push({name: 'DC.publisher', content: csl.publisher})
  tags.push({name: 'DC.type', content: 'Text'})
  if (original) tags.push({name: 'DC.source', content: original})
  return tags
}
