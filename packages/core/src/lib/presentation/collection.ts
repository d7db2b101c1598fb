/**
 * Collection-wide facts for covers, title pages, the home page and metadata, computed from
 * publication summaries (a head plus counts and names) so a collection file never needs the
 * publications' full models: "Edition of 14 November 2023", "2 publications · 16 questions",
 * the span of years, the latest date and the creators. Counts are in the collection's language.
 */
import {headOf} from '../model/compose.js'
import {creditsOf} from '../model/credits.js'
import type {Collection, Publication} from '../model/publication.js'
import {directionOf} from '../text/scripts.js'
import {dateText} from './dates.js'
import {commaOf, count, english, langOfAll, list, term, textIn, wordsOf} from './words.js'
import type {BriefingPlan, CollectionPresentation, LangText, PresentOptions, PublicationSummary} from './types.js'

/** How many creators a one-line list names before it counts the rest. */
const namedCreators = 3

/** What collection-wide facts need of a publication: its head, counts and credited names. */
export function summaryOf(publication: Publication): PublicationSummary {
  const {creators, contributors} = creditsOf(publication)
  return {
    ...headOf(publication),
    questions: publication.qa.length,
    words: publication.stats.words,
    readingMinutes: publication.stats.readingMinutes,
    creators: creators.map((person) => person.name),
    contributors: contributors.map((person) => person.name)
  }
}

/**
 * Words of full text a briefing holds at most: 250,000, about 830 printed pages at 300 words a page
 * (a long book). Beyond it the briefing keeps its cover, contents, at a glance, key points and
 * provenance, and the full texts stay in the publications' own PDFs, as above `briefingFullTexts`.
 */
export const briefingFullTextWords = 250_000

/**
 * Whether the briefing holds every full text: no more than `collection.briefingFullTexts`
 * publications, of no more than `briefingFullTextWords` words in all (`summaries`' `words`).
 */
export function briefingHoldsFullTexts(collection: Collection, summaries: readonly PublicationSummary[]): boolean {
  if (summaries.length > collection.briefingFullTexts) return false
  return summaries.reduce((sum, summary) => sum + summary.words, 0) <= briefingFullTextWords
}

/**
 * The publications a briefing quotes, from every publication's summary in collection order: all of
 * them while the briefing holds the full texts (`briefingHoldsFullTexts`) or while there are no more
 * than `collection.briefingKeyPoints`; above that, the `briefingKeyPoints` newest by date — the
 * order of the site's "Newest first" (`browseCollection`: ISO dates compared as written, equal dates
 * in collection order, undated last) — kept in collection order. So the briefing's key points,
 * contents and provenance stay bounded (issue 23: a busy reader does not read 3,364 pages of key
 * points), and a change to an older publication leaves the quoted set as it was.
 */
export function briefingPlanOf(collection: Collection, summaries: readonly PublicationSummary[]): BriefingPlan {
  const fullTexts = briefingHoldsFullTexts(collection, summaries)
  const limit = Math.max(0, collection.briefingKeyPoints)
  const positions = summaries.map((_, index) => index)
  if (fullTexts || summaries.length <= limit)
    return {fullTexts, featured: positions, all: true, keyPointsNote: null, provenanceNote: null}
  const newest = [...positions].sort((a, b) => {
    const [x, y] = [summaries[a]!.date, summaries[b]!.date]
    if (x === y) return a - b
    if (x === null) return 1
    if (y === null) return -1
    return x < y ? 1 : -1
  })
  const featured = newest.slice(0, limit).sort((a, b) => a - b)
  const words = wordsOf(collection.lang)
  return {
    fullTexts,
    featured,
    all: false,
    keyPointsNote: term(words, 'keyPointsNewest', {count: featured.length, total: summaries.length}),
    provenanceNote: term(words, 'provenanceNewest', {count: featured.length})
  }
}

/** The build date (an ISO 8601 instant) as the edition's day, in `lang`. */
export function editionDateOf(buildDate: string, lang: string): LangText {
  return dateText(buildDate.slice(0, 10), lang)
}

/** Collection-wide facts in the collection's language, from every publication's summary in order. */
export function presentCollection(
  collection: Collection,
  summaries: Iterable<PublicationSummary>,
  options: PresentOptions = {}
): CollectionPresentation {
  const words = wordsOf(collection.lang)
  const own = (text: string) => textIn(text, collection.lang)
  let publications = 0
  let questions = 0
  const dates: string[] = []
  const names = new Set<string>()
  for (const summary of summaries) {
    publications += 1
    questions += summary.questions
    if (summary.date) dates.push(summary.date)
    for (const name of summary.creators) names.add(name)
  }
  dates.sort()
  const years = dates.map((date) => date.slice(0, 4))
  const publicationCount = count(words, 'publicationCount', publications)
  const questionCount = count(words, 'questionCount', questions)
  const creators = [...names]
  return {
    lang: collection.lang,
    dir: directionOf(collection.lang),
    title: own(collection.title),
    description: collection.description ? own(collection.description) : null,
    publisher: own(collection.publisher),
    rights: own(collection.rights),
    kicker: term(words, 'briefing'),
    editionDate: options.buildDate ? editionDateOf(options.buildDate, collection.lang) : null,
    // The date in the language the term is given in (English where the table has none).
    edition: options.buildDate
      ? term(words, 'editionOf', {date: editionDateOf(options.buildDate, words.langOf('editionOf')).text})
      : null,
    publications: publicationCount,
    questions: questionCount,
    // A collection of articles has no questions to count (as a publication's length line).
    counts:
      questions > 0
        ? textIn(
            `${publicationCount.text} · ${questionCount.text}`,
            langOfAll(words, ['publicationCount', 'questionCount'])
          )
        : publicationCount,
    span:
      years.length > 0
        ? {
            first: years[0]!,
            last: years.at(-1)!,
            text: years[0] === years.at(-1) ? years[0]! : `${years[0]}–${years.at(-1)}`
          }
        : null,
    latestDate: dates.at(-1) ?? null,
    creators: {
      names: creators,
      line:
        creators.length === 0
          ? null
          : creators.length <= namedCreators
            ? list(words, creators)
            : english(
                `${creators.slice(0, namedCreators).join(commaOf('en'))} and ${creators.length - namedCreators} more`
              )
    }
  }
}
