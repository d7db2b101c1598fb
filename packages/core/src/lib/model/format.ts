/**
 * The contract between core and the formats, one publication at a time (Pandoc's writers, Typst's
 * exporters: one model in, bytes out). A format renders each publication to its own files plus a
 * small JSON `part`, and assembles its collection files (site index, search index, feed, collection
 * EPUB, briefing, dataset) from those parts. The CLI owns everything else: caching the results by
 * content, scheduling publications over all cores, and writing files.
 *
 * A format is pure: no file system, no clock, no randomness. The same job gives the same bytes,
 * whichever worker runs it and in whatever order.
 */
import type {Collection, Message, Publication} from './publication.js'
import type {OutputFile} from './output.js'

/**
 * What every format may know about every publication of the build without loading it: enough for
 * neighbours (the site's previous/next links), contents lists and download names.
 */
export interface PublicationHead {
  id: string
  /** The title as plain text. */
  title: string
  lang: string
  kind: Publication['kind']
  /** ISO 8601 date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) or null. */
  date: string | null
  /** Source path relative to the sources folder. */
  source: string
}

/** A file another format made, known by its path under `output/` (`pdf/briefing.pdf`) and size. */
export interface Attachment {
  /** `<folder>/<path in that folder>`: `epub/<id>.epub`, `pdf/briefing.pdf`, `dataset/qa.csv`. */
  path: string
  /** Size in bytes. */
  bytes: number
}

/** A file of this format that is a byte copy of another format's file (the site's downloads). */
export interface OutputCopy {
  path: string
  /** The attachment's path under `output/` (`Attachment.path`). */
  copyOf: string
}

/** A collection file made chunk by chunk, so a large dataset is never one string in memory. */
export interface OutputStream {
  path: string
  chunks: AsyncIterable<string | Uint8Array>
}

/** What a format writes: bytes, a copy of another format's file, or a stream of chunks. */
export type OutputEntry = OutputFile | OutputCopy | OutputStream

/** What every job of a build shares: the collection and the effects passed in by the CLI. */
export interface JobContext {
  collection: Collection
  /** ISO 8601 instant of the build, from `SOURCE_DATE_EPOCH` or the sources' latest date; never the clock. */
  buildDate: string
  paper: 'a4' | 'letter'
  /**
   * This format's assets (fonts, scripts) by name, from `FormatModule.assetFiles`. The CLI reads a
   * file on its first lookup: look up only the names the job uses (`in` and `Object.keys` read
   * nothing), so a Latin-only build never reads the Noto faces declared for other scripts.
   */
  assets: Record<string, Uint8Array>
  /**
   * A problem met while rendering. A `Message` names the source file and line it comes from; the
   * CLI deduplicates them. A string is a note about the format as a whole.
   */
  report: (message: Message | string) => void
}

/** One publication to render. */
export interface PublicationJob extends JobContext {
  publication: Publication
  /** The publications before and after this one, in the collection's order. */
  previous: PublicationHead | null
  next: PublicationHead | null
  /** Files the formats this one `needs` made for this publication (the site's per-publication downloads). */
  attachments: Attachment[]
}

/** What one publication renders to. */
export interface PublicationResult {
  /** Its own files, paths relative to the format's folder. */
  files: Array<OutputFile | OutputCopy>
  /**
   * What the collection files need of it, as JSON (a search document, a feed entry, a card, the
   * collection book's chapters…). Kept beside the files in the content-addressed store.
   */
  part: unknown
}

/** The collection files to assemble from every publication's part. */
export interface CollectionJob<Part = unknown> extends JobContext {
  /** Every publication, in the collection's order. */
  heads: PublicationHead[]
  /** This format's parts in the collection's order; read from the store one at a time, as often as needed. */
  parts: () => AsyncIterable<{head: PublicationHead; part: Part}>
  /** A whole publication, loaded on demand (the briefing's full texts up to `briefingFullTexts`). */
  publication: (id: string) => Promise<Publication>
  /** Every file the formats this one `needs` made, per publication and collection-wide. */
  attachments: Attachment[]
  /** One part by its index in `heads`, read on its own (a shard of the search index, one chapter). */
  part: (index: number) => Promise<Part>
  /**
   * Each part's identity, in the order of `heads`: two equal keys mean equal parts (the CLI gives the
   * content key of the publication's result, which also covers its neighbours). For `memo` inputs.
   */
  partKeys: string[]
  /**
   * One of this format's own per-publication files, as `renderPublication` made it (path relative to
   * the format's folder: `<id>.epub`). The collection EPUB copies the books' compressed entries.
   * Rejects when the file was not made in this build.
   */
  ownFile: (path: string) => Promise<Uint8Array>
  /**
   * A piece of a collection file kept between builds, so one changed publication costs its own
   * pieces only: returns the bytes an earlier build stored under the same `name` and `inputs` (JSON,
   * e.g. the `partKeys` of a search shard) for this format's code and collection, else runs `make`
   * and keeps its result. `make` must depend on nothing but `inputs` and the job's context: a cold
   * build and an incremental one give the same bytes.
   */
  memo: (name: string, inputs: unknown, make: () => Promise<Uint8Array>) => Promise<Uint8Array>
}

/**
 * What a format declares without its renderers: its name, folder, assets and the formats it links.
 * Each format package exports it from a `declare` subpath too (`@dossier/pdf/declare`), which loads
 * none of the rendering code, so a build's main thread can plan keys without importing pdfkit.
 */
export type FormatDeclaration = Pick<FormatModule, 'format' | 'folder' | 'assetFiles' | 'needs'>

/** What a format package exports, so the CLI can load it by name from its registry. */
export interface FormatModule {
  /** Format name as used on the command line (`json`, `html`, `epub`, `pdf`). */
  format: string
  /** Folder under `output/` (`dataset`, `site`, `epub`, `pdf`). */
  folder: string
  /** Assets a job may use: name → absolute path (the CLI hashes each for the cache keys, reads it when used). */
  assetFiles: Record<string, string>
  /** Formats whose files this one links (the site needs `json`, `epub`, `pdf`); they are rendered first. */
  needs: string[]
  renderPublication: (job: PublicationJob) => Promise<PublicationResult>
  renderCollection: (job: CollectionJob) => AsyncIterable<OutputEntry>
}
