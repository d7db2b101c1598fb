/**
 * The presentation model: the sections every format shows around a publication (and a
 * collection), computed once in the reader's language; formats only serialize them. See README.md
 * for the inventory of what the formats printed before and the choices made where they disagreed.
 */
export {present} from './present.js'
export {pageAddress} from './address.js'
export {
  browseCollection,
  type BrowseEntry,
  type BrowseFacet,
  type BrowseGroup,
  type BrowseOrder,
  type CollectionBrowse
} from './browse.js'
export {
  citationRecordOf,
  cslName,
  dateParts,
  escapeBibtex,
  type CitationRecord,
  type CiteOptions,
  type CslDate,
  type CslItem,
  type CslName,
  type MetaTag
} from './cite.js'
export {
  briefingFullTextWords,
  briefingHoldsFullTexts,
  briefingPlanOf,
  editionDateOf,
  presentCollection,
  summaryOf
} from './collection.js'
export {dateText} from './dates.js'
export {keyPointsShown, leadSentence} from './key-points.js'
export {groupRemoved} from './provenance.js'
export {questionTraces, type QuestionTrace, type TraceSpan} from './trace.js'
export {presentSpeakers, speakerLabel} from './speakers.js'
export {
  byDate,
  indexPeople,
  nameKey,
  nameSlug,
  peopleOf,
  sameNameReason,
  slugOf,
  turnOwners,
  type TurnOwner
} from './people/index.js'
export type * from './people/types.js'
export {commaOf, colonOf, semicolonOf, parenthesized, quote, formatBytes, runsText} from './words.js'
export type * from './types.js'
