/**
 * What the site's collection files need of one publication, computed with its page and kept as
 * JSON in the CLI's store: the home page reads `card`, the 404 page and the feed `title`, the search
 * index's shards `search` (and the texts from the publication's `search/<id>.js`), the feed `feed`, the people and outlets pages `people`. The sitemap and the pages' neighbours need only the heads.
 */
import type {PublicationPeople, PublicationSummary} from '@dossier/core'
import type {Element} from 'hast'
import type {FeedFacts} from './feed.js'
import type {SearchHead} from './search-index.js'

export interface HtmlPart {
  /** The title as plain text, from the tree the page shows (`plainText`). */
  title: string
  /** The publication's card on the home page, as hast (`renderCard`), with its own downloads. */
  card: Element
  /**
   * Its search documents (`searchDocumentsOf`) without their texts, in question order. The texts
   * are in its `search/<id>.js`, which a search shard reads (`job.ownFile`) only when it is made:
   * they are two thirds of a part's bytes, and every collection build reads every part for the cards.
   */
  search: SearchHead[]
  /**
   * sha256 (hex) of its `search/<id>.js`, so that the part, and a search shard's memo inputs made of
   * parts' keys, change whenever the texts do; the shard checks the script it reads against it.
   */
  searchTexts: string
  /** What its feed entry says beyond its head. */
  feed: FeedFacts
  /** Its counts and names for collection-wide facts (`Presentation.summary`, read by `presentCollection`). */
  summary: PublicationSummary
  /** Its people, their turns and its outlets (core's `peopleOf`), merged by `indexPeople` into the people and outlets pages. */
  people: PublicationPeople
}
