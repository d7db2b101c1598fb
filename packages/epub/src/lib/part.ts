/**
 * What the collection book needs of one publication (`PublicationResult.part`): the names of its
 * content documents (their bytes are copied, still compressed, from its own book), its navigation,
 * its people and its summary. Plain JSON that does not depend on where the publication sits in the
 * collection: file names, manifest ids and navigation links are the publication's own
 * (`text.xhtml`), and the collection book puts them under `p<position>-` when it assembles them
 * (`collection.ts`).
 */
import type {PublicationSummary} from '@dossier/core'
import type {NavItem} from './chapter.js'
import type {PackageCredits} from './metadata.js'

/** One content document of a publication. */
export interface PartDocument {
  /** Manifest id in the publication's own book (`text`, `back`, `provenance`). */
  id: string
  /** File name under `OEBPS/` in the publication's own book (`text.xhtml`). */
  filename: string
  /** Structural semantics of its `<body>` (`bodymatter`, `backmatter`): the first `bodymatter` is a landmark. */
  epubType: string
}

/** The EPUB part of one publication. */
export interface EpubPart {
  /** The text, back matter and provenance documents, in reading order. */
  documents: PartDocument[]
  /** The publication's entry in a table of contents, with links to its own file names. */
  nav: NavItem
  /** Creators' and interviewers' names and roles: the collection's cover and `dc:creator`/`dc:contributor`. */
  credits: PackageCredits
  /** Counts, date and creators' names (`Presentation.summary`): the collection's cover, title page and package (`presentCollection`). */
  summary: PublicationSummary
  /** Source Serif 4's subsets the publication's text needs (`fontSubsetsFor`): the collection embeds their union. */
  fontSubsets: string[]
  /** The characters a script font may draw (`scriptCharactersOf`): the collection's Noto subsets hold their union. */
  scriptCharacters: string
}
