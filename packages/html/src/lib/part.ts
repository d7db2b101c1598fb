/**
 * What the site's collection files need of one publication, computed with its page and kept as
 * JSON in the CLI's store: the home page reads `card`, the 404 page and the feed `title`, the search
 * index `search`, the feed `feed`, the people and outlets pages `people`. The sitemap and the pages' neighbours need only the heads.
 */
import type {PublicationPeople, PublicationSummary} from '@dossier/core'
import type {Element} from 'hast'
import type {FeedFacts} from './feed.js'
import type {SearchDocument} from './search-index.js'

export interface HtmlPart {
  /** The title as plain text, from the tree the page shows (`plainText`). */
  title: string
  /** The publication's card on the home page, as hast (`renderCard`), with its own downloads. */
  card: Element
  /** Its search documents (`searchDocumentsOf`), in question order. */
  search: SearchDocument[]
  /** What its feed entry says beyond its head. */
  feed: FeedFacts
  /** Its counts and names for collection-wide facts (`Presentation.summary`, read by `presentCollection`). */
  summary: PublicationSummary
  /** Its people, their turns and its outlets (core's `peopleOf`), merged by `indexPeople` into the people and outlets pages. */
  people: PublicationPeople
}
