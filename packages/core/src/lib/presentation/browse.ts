/**
 * Ways to find a publication in a collection without search: the same publications in other
 * orders (newest, oldest, by title, longest) and grouped by facet (language, type, year), computed
 * from publication summaries alone so a collection file never loads a publication. Formats show
 * them as plain lists (the site writes one page per order and one page of groups, so they work
 * from `file://` and without JavaScript).
 */
import {packs} from '../languages/index.js'
import {primary} from '../text/typography-quotes.js'
import {dateText} from './dates.js'
import {count, term, textIn, wordsOf} from './words.js'
import type {LangText, PublicationSummary} from './types.js'

/** One publication in a list: what a line of it says. */
export interface BrowseEntry {
  id: string
  /** The title in the publication's language. */
  title: LangText
  /** Its date in the collection's language, or null when undated. */
  date: LangText | null
  /** ISO 8601 date or null, for `<time datetime>`. */
  dateValue: string | null
  /** "Interview" or "Article". */
  kind: LangText
  /** "2,345 words" (`PublicationSummary.words`). */
  length: LangText
}

/** The publications in one order. */
export interface BrowseOrder {
  /** `newest`, `oldest`, `title`, `length`: the site's file is `browse-<key>.html`. */
  key: 'newest' | 'oldest' | 'title' | 'length'
  /** "Newest first". */
  label: LangText
  /** "All publications, newest first": the page's heading. */
  heading: LangText
  entries: BrowseEntry[]
}

/** One value of a facet and the publications that have it, in the collection's order. */
export interface BrowseGroup {
  /** A fragment identifier unique on the browse page (`lang-ru`, `kind-interview`, `year-2017`, `year-undated`). */
  anchor: string
  /** "Русский", "Interview", "2017", "undated". */
  label: LangText
  entries: BrowseEntry[]
}

/** A facet: language, type or year. */
export interface BrowseFacet {
  key: 'lang' | 'kind' | 'year'
  /** "Language". */
  label: LangText
  groups: BrowseGroup[]
}

/** Everything the collection's browse lists show, in the collection's language. */
export interface CollectionBrowse {
  /** "Browse". */
  title: LangText
  /** "Sort". */
  sortLabel: LangText
  /** Descriptions for page metadata: "The publications of X by language, type and year." */
  description: LangText
  orders: BrowseOrder[]
  facets: BrowseFacet[]
}

/**
 * The orders and facets of a collection, from its summaries in collection order. Orders: newest
 * and oldest by ISO date (undated last in both, then collection order), title by
 * `Intl.Collator(collection lang)` with numeric ordering (ties by id), length by words (ties in
 * collection order). Facets list languages by how many publications they have (then by code),
 * kinds interview before article, years newest first with undated last; a facet with a single
 * value is still listed (it says what the whole collection is). Language names are each
 * language's own name (`languageName` of its pack, capitalized), else the tag.
 */
export function browseCollection(
  collectionLang: string,
  collectionTitle: string,
  summaries: readonly PublicationSummary[]
): CollectionBrowse {
  const words = wordsOf(collectionLang)
  const entries = summaries.map(
    (summary): BrowseEntry => ({
      id: summary.id,
      title: textIn(summary.title, summary.lang),
      date: summary.date ? dateText(summary.date, collectionLang) : null,
      dateValue: summary.date,
      kind: term(words, summary.kind),
      length: count(words, 'wordCount', summary.words)
    })
  )
  const position = new Map(entries.map((entry, index) => [entry.id, index]))
  const inOrder = (a: BrowseEntry, b: BrowseEntry) => position.get(a.id)! - position.get(b.id)!
  const byDate = (direction: 1 | -1) => (a: BrowseEntry, b: BrowseEntry) => {
    if (a.dateValue === b.dateValue) return inOrder(a, b)
    if (a.dateValue === null) return 1
    if (b.dateValue === null) return -1
    return a.dateValue < b.dateValue ? -direction : direction
  }
  const collator = new Intl.Collator(collectionLang, {numeric: true, sensitivity: 'base'})
  const wordsOf_ = new Map(summaries.map((summary) => [summary.id, summary.words]))
  const sortName = (key: 'sortNewest' | 'sortOldest' | 'sortTitle' | 'sortLength') => term(words, key)
  const order = (key: BrowseOrder['key'], label: LangText, compare: (a: BrowseEntry, b: BrowseEntry) => number) => {
    const lowered = label.text.charAt(0).toLocaleLowerCase(label.lang) + label.text.slice(1)
    const heading = term(words, 'allSorted', {order: lowered})
    return {key, label, heading, entries: [...entries].sort(compare)}
  }
  const orders: BrowseOrder[] = [
    order('newest', sortName('sortNewest'), byDate(-1)),
    order('oldest', sortName('sortOldest'), byDate(1)),
    order(
      'title',
      sortName('sortTitle'),
      (a, b) => collator.compare(a.title.text, b.title.text) || (a.id < b.id ? -1 : 1)
    ),
    order('length', sortName('sortLength'), (a, b) => wordsOf_.get(b.id)! - wordsOf_.get(a.id)! || inOrder(a, b))
  ]
  const group = (
    values: Map<string, BrowseEntry[]>,
    anchor: (value: string) => string,
    label: (value: string) => LangText
  ) => [...values].map(([value, list]): BrowseGroup => ({anchor: anchor(value), label: label(value), entries: list}))
  const collect = (
    valueOf: (summary: PublicationSummary) => string,
    rank: (a: [string, BrowseEntry[]], b: [string, BrowseEntry[]]) => number
  ) => {
    const values = new Map<string, BrowseEntry[]>()
    summaries.forEach((summary, index) => {
      const value = valueOf(summary)
      values.set(value, [...(values.get(value) ?? []), entries[index]!])
    })
    return new Map([...values].sort(rank))
  }
  const languages = collect(
    (summary) => summary.lang,
    ([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1)
  )
  const kinds = collect(
    (summary) => summary.kind,
    ([a], [b]) => (a === b ? 0 : a === 'interview' ? -1 : 1)
  )
  const years = collect(
    (summary) => summary.date?.slice(0, 4) ?? '',
    ([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? 1 : -1)
  )
  const facets: BrowseFacet[] = [
    {
      key: 'lang',
      label: term(words, 'language'),
      groups: group(languages, (value) => `lang-${anchorSafe(value)}`, languageLabel)
    },
    {
      key: 'kind',
      label: term(words, 'publicationKind'),
      groups: group(
        kinds,
        (value) => `kind-${value}`,
        (value) => term(words, value as 'interview' | 'article')
      )
    },
    {
      key: 'year',
      label: term(words, 'year'),
      groups: group(
        years,
        (value) => `year-${value || 'undated'}`,
        (value) => (value ? textIn(value, collectionLang) : term(words, 'undated'))
      )
    }
  ]
  return {
    title: term(words, 'browse'),
    sortLabel: term(words, 'sortBy'),
    description: term(words, 'browseDescription', {title: collectionTitle}),
    orders,
    facets
  }
}

/** A language's own name, capitalized in that language ("Русский", "日本語"), or its tag. */
function languageLabel(lang: string): LangText {
  const name = packs[primary(lang)]?.lexicon.languageName?.[0]
  if (!name) return textIn(lang, 'und')
  return textIn(name.charAt(0).toLocaleUpperCase(lang) + name.slice(1), lang)
}

/** A language tag as a fragment: letters, digits and hyphens only (tags already are). */
function anchorSafe(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9-]/g, '-')
}
