/**
 * The presentation model: what every format shows around a publication's content (title block,
 * byline, facts, credits, provenance, notices, key points), computed once by `present` so the site,
 * the EPUB and the PDF print the same words. Every string is plain text with the language its words
 * are in (`LangText.lang`, which is English where a language table lacks a term) and that language's
 * direction; formats only serialize it. Everything is JSON: a format may keep it in its part.
 */
import type {PublicationHead} from '../model/format.js'
import type {FactSource, Inline, OutletRole, PersonRole, RemovedLine} from '../model/publication.js'

/** Plain text, the BCP 47 language its words are in, and that language's writing direction. */
export interface LangText {
  text: string
  lang: string
  dir: 'ltr' | 'rtl'
}

/**
 * A piece of a line that a format may mark up: a quotation (`<q>` in HTML; `text` is the quoted
 * words without marks) or code (`<code>`: a file name, a rule). A line's runs, joined with the
 * quoted ones in “…”, give its `text`.
 */
export interface TextRun {
  text: string
  quote?: true
  code?: true
}

/** A title or subtitle: its plain text with language and direction, and the inline tree to keep emphasis and links. */
export interface RichText extends LangText {
  inline: Inline
}

/** The top of every publication: the kind of text ("Interview"), the title and the dek. */
export interface TitleBlock {
  /**
   * The kind in the publication's language ("Interview", "Интервью", "Press conference" where the
   * press put the questions: core's `kindTermOf`); formats may upper-case it.
   */
  kicker: LangText
  title: RichText
  subtitle: RichText | null
}

/** One person as every format credits them. */
export interface PresentedPerson {
  name: string
  role: PersonRole
  /**
   * MARC relator code (`aut`, `ive`, `ivr`), from core's `relatorCodes`; `ctb` (contributor) for
   * the reporters who put questions at a press conference (`questionsFromPress`): they ask, they do
   * not interview.
   */
  relator: 'aut' | 'ive' | 'ivr' | 'ctb'
  affiliation: string | null
  /** "Muhammad Taimur Khan (Institute of Strategic Studies, Islamabad (ISSI))", or the name alone. */
  nameWithAffiliation: string
  /** The role's word, singular ("Interviewer"; "Reporter" for a press conference's asker), in the publication's language. */
  roleLabel: LangText
  /** The slug of the person's page in the collection (`people/<slug>.html`, core's `nameSlug`). */
  slug: string
}

/** The people of one role, as a facts row: "Interviewers: A and B". */
export interface RoleGroup {
  role: PersonRole
  /** Singular or plural by the number of people ("Interviewee", "Interviewees"; a press conference's "Reporters"). */
  label: LangText
  people: PresentedPerson[]
  /** The names with their affiliations, joined with the language's word for "and". */
  names: LangText
  /** What `names` puts between person `i` and `i + 1`, for a format that links each name. */
  separators: string[]
}

/** Who talked to whom. */
export interface Byline {
  /**
   * One sentence: "A interviewed by B", "Interview with A", "By A", "Interviewer: B", or null
   * when the publication names nobody. See `byline.ts` for the rule.
   */
  line: LangText | null
  /**
   * `line` in pieces, each name a piece with the slug of its person's page, so a format can link
   * the names and print the same words between them; empty when `line` is null.
   */
  runs: Array<{text: string; slug?: string}>
  /** Rows by role, in the order interviewee, interviewer, author; roles with nobody are left out. */
  groups: RoleGroup[]
}

/** Core's author rule (`creditsOf`) with what each format prints for it. */
export interface PresentedCredits {
  /** Interviewees and authors: `dc:creator`, schema.org `author`, the PDF's Author entry. */
  creators: PresentedPerson[]
  /** Interviewers: `dc:contributor`, schema.org `contributor`. */
  contributors: PresentedPerson[]
  /** The names to attribute the text to: the creators, else the collection's publisher (feed author, PDF Author). */
  attribution: string[]
}

/** A publication date with the precision the model gives and its words in the publication's language. */
export interface DateFact {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (for `<time datetime>`, `dc:date`). */
  value: string
  precision: 'year' | 'month' | 'day'
  /** "22 May 2024", "22 мая 2024 г.", "2024年5月22日". */
  text: LangText
}

/** An outlet as the facts name it. */
export interface OutletFact {
  name: string
  role: OutletRole
  detail: string | null
  url: string | null
  /** "The Diplomatic Insight (July 2017 edition)", or the name alone. */
  text: string
  /** The slug of the outlet's page in the collection (`outlets/<slug>.html`, core's `nameSlug`). */
  slug: string
}

/** A row of outlets: "First published in: A", "Republished by: B and C". */
export interface OutletGroup {
  role: OutletRole
  label: LangText
  outlets: OutletFact[]
  /** The outlets' texts joined with the language's word for "and". */
  names: LangText
  /**
   * What `names` puts between outlet `i` and `i + 1` (`outlets.length - 1` strings: ", " … " and "),
   * for a format that links each outlet and must print the same words between the links.
   */
  separators: string[]
}

/** The short facts every format prints under the title. */
export interface Facts {
  /** The kind's word ("Interview", "Article", "Press conference": core's `kindTermOf`), as in the kicker. */
  kind: LangText
  date: DateFact | null
  /** The date's words, or the language's word for no date ("undated"). */
  dateOrUndated: LangText
  /** The outlet a one-line summary names: the original, else the first named; null when none. */
  outlet: OutletFact | null
  /** Original outlets first, then republishers; roles with none are left out. */
  outletGroups: OutletGroup[]
  /** "First published in A (detail); Republished by B", or null. */
  outletLine: LangText | null
  /** Canonical URL of the original, when known. */
  url: string | null
  /** "11 questions" for an interview (or any text with questions), else null. */
  questions: LangText | null
  /** "7264 words". */
  words: LangText
  /** "about 32 min". */
  reading: LangText
  /** The three above as one line, separated as the language separates list items: "11 questions, 7264 words, about 32 min". */
  length: LangText
}

/** How a fact was found, as the normalizer reports it (English, so `text.lang` is `en`). */
export interface Evidence {
  source: FactSource
  /** The words the fact was read from, or where the editor set it. */
  evidence: string
  /** "inferred from “…”" or "set by the editor (…)". */
  text: LangText
  /** `text` as runs, the evidence a `quote` run when it is quoted. */
  runs: TextRun[]
}

/** The removed lines that share one rule. */
export interface RemovedGroup {
  rule: string
  reason: string
  count: number
  /** 1-based source lines, in order. */
  lines: number[]
}

/** One warning of the normalizer, ready to list. */
export interface PresentedWarning {
  code: string
  message: string
  line: number | null
  /** "Line 191: the source stops mid-sentence … (source/truncated)". */
  text: LangText
  /** `text` as runs, the code a `code` run. */
  runs: TextRun[]
}

/** One line of "how the facts were found": "Original outlet: The Diplomatic Insight — inferred from “…”". */
export interface ProvenanceEntry {
  /** "Original outlet", "Republished by", "Address", "Date", "Interviewee"… (English, as the reports). */
  label: LangText
  /** The fact: an outlet "Name (detail)", the address, the date's words, a person "Name (affiliation)". */
  value: string
  /** Where the fact links to (an outlet's or the original's address), or null. */
  url: string | null
  /** How it was found; null for the address, which has no evidence of its own. */
  evidence: Evidence | null
  /** `label: value — evidence`. */
  text: LangText
  /** `text` as runs, the evidence's quotation a `quote` run. */
  runs: TextRun[]
}

/** "Source and provenance": where the text comes from and what the normalizer did to it. */
export interface Provenance {
  heading: LangText
  source: {
    path: string
    format: 'txt' | 'md' | 'html'
    bytes: number
    /** The size as people read it: "812 B", "48 kB", "1.2 MB" (`formatBytes`). */
    size: string
    sha256: string
    /** The sidecar metadata file, when one was used. */
    meta: string | null
    /** "000_388b1c817c432ae6.txt (TXT, 48123 bytes)", with ", metadata from X" when there is a sidecar. */
    text: LangText
  }
  outlets: Array<OutletFact & {label: LangText; evidence: Evidence}>
  url: string | null
  date: (DateFact & {evidence: Evidence}) | null
  people: Array<PresentedPerson & {evidence: Evidence}>
  /** Outlets (original first), the address, the date and the people as one list, in that order. */
  entries: ProvenanceEntry[]
  removed: {
    /** "Removed from the source (4)", or without the count when nothing was removed. */
    heading: LangText
    /** "Removed from the source": the heading without its count, for a label (a table's accessible name). */
    title: LangText
    count: number
    /** "4 lines were removed: 3 “Read more” link, 1 site header." or "Nothing was removed." (English). */
    summary: LangText
    /** By rule, in order of first occurrence. */
    byReason: RemovedGroup[]
    lines: RemovedLine[]
  }
  warnings: {heading: LangText; items: PresentedWarning[]}
  /** Why the normalizer read the source as it did (its own English words). */
  inference: {
    language: {confidence: number; evidence: string; source: FactSource}
    title: string
    structure: string
    id: FactSource
  }
}

/** A notice the reader must see next to the text. */
export interface Notice {
  /** `truncated`: the source stops mid-sentence; `derived-title`: the source had no title and Dossier made one. */
  kind: 'truncated' | 'derived-title'
  /** The notice itself, in the publication's language where the tables have it. */
  text: LangText
  /** A second sentence in the same language ("It stops mid-sentence; …"), or null. */
  detail: LangText | null
  /** The normalizer's own report (English), for readers who want the evidence, or null. */
  report: LangText | null
}

/**
 * A speaker's label as the source printed it before a turn, in the publication's language: `text`
 * is the label alone on its line ("Minister Okafor:", "Marc Fesneau\u00A0:", "何明远："), `runIn` the
 * label before the turn's words on the same line ("Minister Okafor: ", "何明远：").
 */
export interface SpeakerLabel extends LangText {
  /** The name as the source printed it, cleaned (`speakerName`): "Minister Okafor". */
  name: string
  /** `text` with what separates it from the words that follow on its line (the language's colon and space). */
  runIn: string
  /** The slug of the page of the person the label names (`people/<slug>.html`), when it names one of the publication's people. */
  slug?: string
  /**
   * What the label said in brackets after the name ("El País" in "Luis Moreno (El País):"), shown in
   * `text` and `runIn` after `name`; absent without one. A label that is only an affiliation
   * ("Q (Tass):") has the affiliation as its `name` ("Tass:").
   */
  affiliation?: string
}

/** Who asks and who answers in one turn; null where the source printed no label. */
export interface TurnSpeakers {
  /** The question's anchor (`q3`). */
  id: string
  asker: SpeakerLabel | null
  /** Who answers first (`turns[0].speaker`). */
  answerer: SpeakerLabel | null
  /**
   * The answer's turns in order (`QA.turns`), each with its speaker's label: one, unless another
   * person takes over the answer (a panel), where every format labels that turn as it does the first.
   */
  turns: AnswerSpeaker[]
}

/** One turn of an answer: its speaker's label (null without one) and its blocks, `QA.answer.slice(start, end)`. */
export interface AnswerSpeaker {
  speaker: SpeakerLabel | null
  start: number
  end: number
}

/** A question with the opening sentence of its answer, quoted as published. */
export interface KeyPoint {
  /** The question's anchor in every format (`q3`); null for an article's opening sentence. */
  id: string | null
  number: number | null
  question: RichText | null
  /** Who answered, as the turn is labelled (`Presentation.speakers`); null without a label. */
  answerer: SpeakerLabel | null
  /**
   * What precedes the quoted sentence: `KeyPoints.prefix`, with the answerer's name in the
   * language's parentheses when the turn names one ("Opening sentence of the answer (Marc Fesneau): ").
   */
  prefix: LangText
  /** The opening sentence (extractive, see `key-points.ts`), or null when the answer has no text. */
  lead: LangText | null
  /** The same sentence in the quotation marks of the words around it: “…”, «…», „…“. */
  quoted: LangText | null
}

/** The key points of a publication with the words around them. */
export interface KeyPoints {
  heading: LangText
  /** "Opening sentence of the answer: " with the language's colon and space. */
  prefix: LangText
  /** A key point's link description ("Read the full answer"). */
  readFullAnswer: LangText
  /** Under the heading: what a key point is ("Each question with the first sentence of its answer…"). */
  introduction: LangText
  points: KeyPoint[]
  /**
   * The questions past `keyPointsShown`: how many, the anchor of the first (`q61`), and the line that
   * says so ("1,940 more questions, in the full text"); null when every question has its key point.
   */
  more: {count: number; id: string; text: LangText} | null
}

/** Headings a format prints around the text, where formats used to pick different words. */
export interface Labels {
  contents: LangText
  questions: LangText
  /** "Questions (11)". */
  questionsWithCount: LangText
  notes: LangText
  /** Label of the original's address ("Original"). */
  original: LangText
  /** Label of the length line ("Length"). */
  length: LangText
  /** Heading of the bio: "About Andrew Korybko" when it names one person of the publication, else "About the author" or "About". */
  about: LangText
  provenance: LangText
  /** Heading of the collection's rights statement on a provenance page ("Rights"). */
  rights: LangText
  /** Label of the source file in a provenance list ("Source file"). */
  sourceFile: LangText
  keyPoints: LangText
  downloads: LangText
  previous: LangText
  next: LangText
  allPublications: LangText
  cite: LangText
  /** Before the links to the citation files: "Cite as". */
  citeAs: LangText
}

/** Everything every format shows around one publication's content. */
export interface Presentation {
  id: string
  /** The publication's language and direction: the page or document is in them. */
  lang: string
  dir: 'ltr' | 'rtl'
  titleBlock: TitleBlock
  byline: Byline
  facts: Facts
  credits: PresentedCredits
  provenance: Provenance
  notices: Notice[]
  keyPoints: KeyPoints
  /** Each question's asker and answerer labels, in order, one entry per question (see `speakers.ts`). */
  speakers: TurnSpeakers[]
  labels: Labels
  /**
   * A one-line description for metadata (a page's `<meta name="description">`, a feed's summary):
   * the subtitle, else the kind, byline and date joined with " · ".
   */
  description: LangText
  /**
   * A reference without an address, for a reader to copy: `Andrew Korybko. “Title.” The Diplomatic Insight, July 2017.`
   * English (names joined with "and", the date in English), as the site has always given it.
   */
  citation: LangText
  /** "From Russia and Pakistan in Conversation, edition of 14 November 2023" when a build date is given. */
  edition: LangText | null
  /** What the collection presentation needs of this publication. */
  summary: PublicationSummary
  /**
   * With the collection's base URL: the publication's page on the web, for formats that link back
   * (the PDF's and EPUB's head). `labelled` is "Online: https://…/<id>.html" with the language's colon.
   */
  online: {label: LangText; address: string; labelled: LangText} | null
}

/** A publication's head with the counts and names collection-wide facts are made of: small and JSON. */
export interface PublicationSummary extends PublicationHead {
  questions: number
  words: number
  readingMinutes: number
  /** Creator names (interviewees, authors), in the model's order. */
  creators: string[]
  contributors: string[]
}

/**
 * What a briefing of the whole collection holds (`briefingPlanOf`): whether it carries the full
 * texts, and whose key points, contents line and provenance it carries. Every publication keeps
 * its row at a glance either way; formats draw what this says and choose nothing themselves.
 */
export interface BriefingPlan {
  /** The briefing holds every full text (`briefingHoldsFullTexts`). */
  fullTexts: boolean
  /**
   * Positions (0-based, in collection order, ascending) of the publications whose key points,
   * contents line, bookmark and provenance the briefing holds: every one with the full texts or up to
   * `collection.briefingKeyPoints` publications, else the `briefingKeyPoints` newest by date.
   */
  featured: number[]
  /** `featured` holds every publication. */
  all: boolean
  /**
   * Under the key points heading when not `all`: which ones are here ("Key points of the newest
   * publications by date: 50 of 1000 …") and where the others' are; null when `all`.
   */
  keyPointsNote: LangText | null
  /** Under the provenance heading when not `all`: whose provenance is here and where the others' is; null when `all`. */
  provenanceNote: LangText | null
}

/** What the collection's own pages show: cover, title page, home page, feed. */
export interface CollectionPresentation {
  lang: string
  dir: 'ltr' | 'rtl'
  title: LangText
  description: LangText | null
  publisher: LangText
  rights: LangText
  /** "Briefing". */
  kicker: LangText
  /** The build date in the collection's language, or null without one. */
  editionDate: LangText | null
  /** "Edition of 14 November 2023". */
  edition: LangText | null
  publications: LangText
  questions: LangText
  /** "2 publications · 16 questions"; "2 publications" when none has questions. */
  counts: LangText
  /** The years the publications span ("2017–2024", "2024"), or null when none is dated. */
  span: {first: string; last: string; text: string} | null
  /** The latest publication date (`dc:date` of the collection book), or null. */
  latestDate: string | null
  /** Every creator once, in order; `line` names three and counts the rest. */
  creators: {names: string[]; line: LangText | null}
}

/** Options of `present` and `presentCollection`. */
export interface PresentOptions {
  /** ISO 8601 instant of the build (`SOURCE_DATE_EPOCH`): the edition line needs it. */
  buildDate?: string
  /**
   * The language of the interface words, dates and quotation marks (`present` only). Default: the
   * publication's. A collection page in another language (the site's home cards, the briefing's
   * tables and key points) passes the collection's: its facts then read in the page's language
   * while titles, questions and quoted sentences stay in the publication's.
   */
  lang?: string
}
