/**
 * The one document model of Dossier. Every renderer reads these types; none redeclares them.
 * Content is kept twice on purpose: as mdast (so emphasis and links survive) and as plain text
 * (for search, CSV and PDF key points). Both are produced by core, after typography.
 */
import type {BlockContent, PhrasingContent} from 'mdast'

/** What a source is: questions and answers, or running prose. */
export type Kind = 'interview' | 'article'

/** Where a fact came from: an editor's override or the normalizer's inference. */
export type FactSource = 'editor' | 'inferred'

/** A paragraph-like unit of content with its place in the source. */
export interface Block {
  /** Plain text, typography applied, no markup. */
  text: string
  /** The same content as an mdast block (paragraph, heading, list, blockquote, code…). */
  tree: BlockContent
  /** 1-based line in the source where the block starts (null when made by an editor). */
  line: number | null
  /** BCP 47 tag of the block, only where it differs from its publication's (an Urdu stanza in an English interview). */
  lang?: string
  /** Writing direction of the block, only where it differs from its publication's. */
  dir?: 'ltr' | 'rtl'
}

/**
 * The kinds of block the model keeps, named after their mdast node type (`Block.tree.type`):
 * a paragraph, a heading with its `depth` (1–6), a list (`ordered`, `start`, nested items), a table
 * (`align` per column, the first row is the header), a block quote, a thematic break and code.
 * Footnote references stay in the phrasing as mdast `footnoteReference` nodes; their definitions
 * are the publication's `footnotes`. `model/block-kinds.ts` lists them for the renderers' registries.
 */
export type BlockKind = 'paragraph' | 'heading' | 'list' | 'table' | 'blockquote' | 'thematicBreak' | 'code'

/**
 * A numbered note the text points to: a Markdown footnote (`[^1]` and `[^1]: …`) or a scraped
 * `[1]` marker with its line in a trailing "References"/"Notes"/"Sources" list. Every format links
 * each marker to the note and the note back to each marker (DPUB-ARIA `doc-noteref`, `doc-endnotes`,
 * `doc-backlink`: https://www.w3.org/TR/dpub-aria-1.1/).
 */
export interface Footnote {
  /** Anchor of the note in every format: `fn1`, `fn2`… (1-based, in order of the notes). */
  id: string
  /** 1..n, the number every format prints. */
  number: number
  /** The label as the source wrote it (`1`, `note`), for provenance. */
  label: string
  /** The note's text; each scraped reference line is one block. */
  content: Block[]
  /** Anchors of the markers that point at this note, in reading order (`fnref1`, `fnref1-2`). */
  refs: string[]
  /** 1-based source line of the note's definition. */
  line: number | null
}

declare module 'mdast' {
  interface FootnoteReferenceData {
    /** Anchor of this marker (`fnref1`, or `fnref1-2` for a second marker of the same note), set by core. */
    refId?: string
  }
}

/** A short piece of inline content (a title, a question). */
export interface Inline {
  text: string
  /** Phrasing content (text, emphasis, strong, link, inlineCode…). */
  children: PhrasingContent[]
}

/** A date with the precision the evidence supports. */
export interface DateInfo {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  value: string
  precision: 'year' | 'month' | 'day'
  source: FactSource
  /** The words the date was read from, or "front matter"/"meta.yaml" for an editor. */
  evidence: string
  line: number | null
}

export type PersonRole = 'interviewee' | 'interviewer' | 'author'

export interface Person {
  name: string
  role: PersonRole
  /** Organisation named next to the person ("Institute of Strategic Studies, Islamabad (ISSI)"). */
  affiliation: string | null
  source: FactSource
  evidence: string
  /**
   * Speaker labels (as printed, cleaned by `speakerName`) that the normalizer read as this person in
   * this publication: "AK" for "Anna Kowalczyk", "Korybko" for "Andrew Korybko". Absent when none.
   * The people index (`presentation/people/`) merges a label with a name only through this list.
   */
  labels?: string[]
}

export type OutletRole = 'original' | 'republisher'

export interface Outlet {
  name: string
  role: OutletRole
  /** Free text such as "July 2017 edition". */
  detail: string | null
  url: string | null
  source: FactSource
  evidence: string
}

/** One question and its answer. `id` is the anchor used by every format (`q1`…). */
export interface QA {
  id: string
  /** 1..n in order, after repair. */
  number: number
  /** The number the source printed, if any (`"1"` for the second "1."), for provenance. */
  sourceNumber: string | null
  question: Inline
  /** Who asked, when the source used speaker labels. */
  asker: string | null
  /**
   * What the asker's label says in brackets, as printed: the outlet or body they ask for
   * ("Luis Moreno (El País):", "Reporter (Reuters):", "Q (Tass):" → "El País", "Reuters", "Tass");
   * null without one. A time stamp ("Speaker 1 (01:02):") is not an affiliation: it is listed as
   * removed. Set from each question's own label (two reporters labelled "Reporter" may name two outlets).
   */
  askerAffiliation: string | null
  /** Who answered, when the source used speaker labels: in a panel, the first to answer (`turns[0].speaker`). */
  answerer: string | null
  answer: Block[]
  /**
   * The answer as its speakers' turns, in order: one turn, unless two or more people answer in turn
   * ("Minister Okafor: …", then "Mayor Lindqvist: …" before the next question). The first turn
   * starts at block 0 and speaks as `answerer`; each later one starts where its speaker's label was.
   */
  turns: AnswerTurn[]
  line: number
}

/** One speaker's turn inside an answer: who spoke, and the first of the answer's blocks they said. */
export interface AnswerTurn {
  /** The label the source printed before the turn (as printed, not cleaned), or null where it printed none. */
  speaker: string | null
  /** What that label says in brackets ("Minister Okafor (Transport):" → "Transport"), as `QA.askerAffiliation`; null without. */
  affiliation: string | null
  /** Index in `QA.answer` of the turn's first block; the turn runs to the next turn's `start`. */
  start: number
}

/** A source line the normalizer did not keep as content, and why. */
export interface RemovedLine {
  line: number
  text: string
  /** Human-readable reason ("site header", "Read more link", "repeated title"…). */
  reason: string
  /** Stable rule id (`chrome/read-more`…). */
  rule: string
}

/** Everything a source line can become; the content ledger is built from these. */
export type LineRole =
  | 'title'
  | 'subtitle'
  | 'date'
  | 'byline'
  | 'intro'
  | 'question'
  | 'answer'
  | 'body'
  | 'about'
  | 'notes'
  | 'removed'
  | 'blank'
  | 'front-matter'

export type Severity = 'error' | 'warning'

/** A problem in a source, with where it is and a stable code. */
export interface Message {
  code: string
  message: string
  severity: Severity
  /** Source path relative to the sources folder. */
  file: string
  line: number | null
}

export interface SourceInfo {
  /** Path relative to the sources folder, with `/` separators. */
  path: string
  sha256: string
  bytes: number
  format: 'txt' | 'md' | 'html'
  /** Sidecar metadata file used, if any. */
  meta: string | null
}

export interface Stats {
  words: number
  /** Whole minutes at 230 words per minute, at least 1. */
  readingMinutes: number
}

/** Why the normalizer read a source as it did: shown by `dossier check`, for the editor to judge. */
export interface Inference {
  /** The language and how sure: `{confidence: 0..1, evidence: "Latin script 98%; franc: eng 1.00, …"}`. */
  language: {confidence: number; evidence: string; source: FactSource}
  /** Where the title came from ("first short line of the head", "editor", "derived from the content"…). */
  title: string
  /** The convention the questions were read by and how sure ("speaker labels, confident"). */
  structure: string
  /** Whether the id was set by an editor (a clash is then an error) or inferred (a clash gets a suffix). */
  id: FactSource
  /** For a saved web page: each field its own metadata gave, with where it was read. */
  page?: PageFactRecord[]
}

/** One field a saved page's metadata gave ("date", "2023-04-12", "JSON-LD datePublished"). */
export interface PageFactRecord {
  field: 'title' | 'subtitle' | 'date' | 'people' | 'outlets' | 'lang' | 'url' | 'encoding'
  value: string
  evidence: string
}

export interface Publication {
  /** URL-safe, stable: `[a-z0-9]+(-[a-z0-9]+)*`. */
  id: string
  kind: Kind
  title: Inline
  subtitle: Inline | null
  date: DateInfo | null
  people: Person[]
  outlets: Outlet[]
  /** BCP 47 language tag. */
  lang: string
  /** Canonical URL of the original, when known. */
  url: string | null
  intro: Block[]
  qa: QA[]
  /** For articles: the paragraphs. Empty for interviews. */
  body: Block[]
  about: Block[]
  notes: Block[]
  /**
   * Numbered notes the text points to (`[^1]`, `[1]` + "References"), never part of an answer or
   * the body. A `footnoteReference` node's `identifier` is its note's `id`, its `label` the number.
   */
  footnotes: Footnote[]
  /** True when the source stops mid-sentence. */
  truncated: boolean
  removed: RemovedLine[]
  warnings: Message[]
  /** Role of every source line (index 0 is line 1): the ledger. */
  lines: LineRole[]
  source: SourceInfo
  stats: Stats
  inference: Inference
}

/** The collection as a whole (`sources/collection.yaml`). */
export interface Collection {
  id: string
  title: string
  description: string
  publisher: string
  lang: string
  rights: string
  /** Canonical base URL of the published site, when known (for feeds and sitemaps). */
  baseUrl: string | null
  paper: 'a4' | 'letter'
  /**
   * Up to this many publications the PDF briefing holds every full text; above it, the briefing
   * keeps cover, at a glance, key points, contents and provenance, and each key point links into
   * that publication's own PDF (`briefingFullTexts` in `collection.yaml`, default 25).
   */
  briefingFullTexts: number
  /**
   * Above `briefingFullTexts`, the PDF briefing quotes the key points of this many publications at
   * most: the newest by date (`briefingPlanOf` in core's presentation); every publication keeps its
   * row at a glance, linked to its own PDF (`briefingKeyPoints` in `collection.yaml`, default 50).
   */
  briefingKeyPoints: number
  /**
   * Up to this many publications the site's search index holds every answer in full; above it,
   * titles, questions and the first 400 characters of each answer, so the index a reader's browser
   * downloads (and the build holds) stays bounded: a full-text index of 1,000 long interviews is
   * 66 MB (`searchFullTexts` in `collection.yaml`, default 1,000).
   */
  searchFullTexts: number
  /**
   * Publications per shard of the site's search index, roughly: the index is split into the least
   * power of two of shards that holds this many each on average, and a publication's shard is
   * fixed by its id's hash, so a changed publication costs the build its own shard only
   * (`searchShardSize` in `collection.yaml`, default 64, at least 1).
   */
  searchShardSize: number
}

/** What a whole build normalizes to. */
export interface Corpus {
  collection: Collection
  /** In the sources folder's order (by path). */
  publications: Publication[]
  /** Sources that could not be published, with why. */
  failures: Message[]
}

/** One source as read from disk by the CLI (core never touches the file system). */
export interface SourceInput {
  /** Path relative to the sources folder, with `/` separators. */
  path: string
  bytes: Uint8Array
  /** The `NAME.meta.yaml` sidecar, when there is one. */
  meta: {path: string; text: string} | null
}

/** The result of normalizing one source: a publication, or the errors that stopped it. */
export type NormalizeResult = {ok: true; publication: Publication} | {ok: false; errors: Message[]}
