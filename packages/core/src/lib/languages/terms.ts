/**
 * The words of the interface that every renderer prints around the content: headings, labels,
 * notices, "page X of Y". One table per language in `languages/`; a language may leave a term
 * out, and English fills it in. `{name}` marks a value filled in by `interfaceWords`.
 */

/** A term that depends on a count, by CLDR plural category (`other` is required). */
export type PluralTerm = Partial<Record<Intl.LDMLPluralRule, string>> & {other: string}

/** Every interface term, in English in `languages/en.ts`. */
export interface Terms {
  contents: string
  questions: string
  /** `{count}` questions. */
  questionCount: PluralTerm
  /** `{count}` words. */
  wordCount: PluralTerm
  /** `{count}` publications. */
  publicationCount: PluralTerm
  /** "about `{count}` min" of reading. */
  readingMinutes: PluralTerm
  interview: string
  article: string
  /**
   * The kicker of an interview where the press put the questions (`questionsFromPress`): a press
   * conference or briefing, not an "Interview".
   */
  pressConference: string
  interviewee: string
  interviewees: string
  interviewer: string
  interviewers: string
  /** A press conference's askers, singular: they put questions, they do not interview. */
  reporter: string
  /** A press conference's askers, plural (the facts row "Reporters: A (Reuters) and B (Tass)"). */
  reporters: string
  /** Who answers at a press conference (its interviewees), one: "Speaker". */
  speaker: string
  /** The same, several: "Speakers". */
  speakers: string
  author: string
  authors: string
  /** "`{interviewees}` interviewed by `{interviewers}`". */
  interviewedBy: string
  /**
   * "`{interviewees}`, with questions from `{interviewers}`": a press conference, where reporters
   * ask questions and do not interview (`presentation/byline.ts`, `questionsFromPress`).
   */
  withQuestionsFrom: string
  /** "Questions from `{names}`": the press's askers, where the text names nobody who answers. */
  questionsFrom: string
  /** "Interview with `{names}`". */
  interviewWith: string
  /** "By `{names}`". */
  by: string
  /** Joins the last two names: "A, B `and` C". */
  and: string
  firstPublishedIn: string
  republishedBy: string
  original: string
  date: string
  length: string
  undated: string
  openingSentence: string
  /** Footer of a printed page: "page `{page}` of `{pages}`". */
  pageOfPages: string
  truncated: string
  truncatedDetail: string
  aboutTheAuthor: string
  /** "About `{name}`". */
  aboutName: string
  notes: string
  provenance: string
  removedFromSource: string
  warnings: string
  rights: string
  sourceFile: string
  /** Heading of the provenance list of how each fact was found ("How the facts were found"). */
  factsFound: string
  /** Column headings of the table of removed source lines: the line number, its text, the reason. */
  removedLine: string
  removedText: string
  removedWhy: string
  /** Before the sidecar a publication's metadata was read from: "metadata from" (`NAME.meta.yaml`). */
  metadataFrom: string
  /** A note's link back to its marker in the PDF ("back", printed in brackets). */
  noteBack: string
  /** The accessible name of that link: "Back to the text of note `{number}`". */
  noteBackLabel: string
  /** Heading of the EPUB's landmarks navigation ("Landmarks"). */
  landmarks: string
  /** "Edition of `{date}`": the collection's edition, by build date. */
  editionOf: string
  /** "From `{title}`, edition of `{date}`": where a publication's PDF comes from. */
  fromEdition: string
  search: string
  searchCollection: string
  wordsToFind: string
  skipToContent: string
  previous: string
  next: string
  allPublications: string
  publications: string
  downloads: string
  keyPoints: string
  atAGlance: string
  cover: string
  titlePage: string
  startOfContent: string
  briefing: string
  cite: string
  /** Before the links to a publication's citation files (CSL-JSON, BibTeX, RIS): "Cite as". */
  citeAs: string
  /** Heading of a publication's bio in the PDF ("About"). */
  about: string
  /** A key point's link to its answer ("Read the full answer"). */
  readFullAnswer: string
  /** Below a publication's key points when they stop before its last question: "`{count}` more questions, in the full text". */
  moreQuestions: PluralTerm
  /** Under the key points heading: what a key point is and that it links to its answer. */
  keyPointsIntroduction: string
  /** Under a briefing's key points when the full texts are left out: where they are instead. */
  fullTextsApart: string
  /** The same on a briefing's cover, as a short line. */
  fullTextsApartShort: string
  /** At the head of a text whose source stops mid-sentence (`truncated` says so where the text ends). */
  incomplete: string
  /** Column of a briefing's "at a glance" table: the publication's title. */
  publication: string
  /** Column of a briefing's "at a glance" table: the outlet. */
  outlet: string
  /** Column of a briefing's "at a glance" table: who talked to whom (the byline). */
  who: string
  /** Column of a briefing's "at a glance" table: the reading time. */
  reading: string
  /** The site's group of display controls (its accessible name). */
  displaySettings: string
  /** The button that switches the site between its light and dark colours. */
  darkTheme: string
  /** The buttons that make the site's text smaller and larger. */
  smallerText: string
  largerText: string
  /** The site's footer line: "Published with Dossier." */
  publishedWith: string
  /** The same, naming the collection's publisher: "Published by `{publisher}` with Dossier." */
  publishedByWith: string
  /** The link to the site's Atom feed. */
  atomFeed: string
  /** The search page when no result matches: "Nothing found for “`{query}`”." */
  searchNothingFound: string
  /** The search page's count of results: "`{count}` results for “`{query}`”." */
  searchResults: PluralTerm
  /** The search page when its index or MiniSearch does not load: "Search could not start: `{file}` did not load." */
  searchFailed: string
  /** The search page without JavaScript: where to find the publications instead. */
  searchNeedsScript: string
  /** The site's 404 page: its title and heading. */
  notFound: string
  /** The 404 page's explanation under its heading. */
  notFoundText: string
  /** The 404 page's link to the home page. */
  goHome: string
  /** The search page's description for search engines: "Search every question and answer in `{title}`." */
  searchDescription: string
  /** The browse page's name and the home page's label for its lists. */
  browse: string
  sortBy: string
  sortNewest: string
  sortOldest: string
  sortTitle: string
  sortLength: string
  language: string
  /** Interview or article, as a facet's name. */
  publicationKind: string
  year: string
  /** "All publications, `{order}`" (`{order}`: a sort's name, lower-cased where the language does). */
  allSorted: string
  /** The browse page's description: `{title}` is the collection's title. */
  browseDescription: string
  booksOfCollection: string
  toRead: string
  theDataset: string
  datasetFiles: string
  datasetDescription: string
  /** Label of a publication's download list: `{title}`. */
  downloadsOf: string
  /** A question's trace, its summary: "Source lines `{from}`–`{to}`". */
  sourceLines: string
  /** "Lines `{from}`–`{to}`" of one run of a trace. */
  lineRange: string
  /** "Line `{line}`". */
  lineSingle: string
  /** The roles a trace names: a line of the question, of the answer, removed. */
  lineQuestion: string
  lineAnswer: string
  lineRemoved: string
  /** "SHA-256 of `{file}`". */
  sourceDigest: string
  /** Said when a citation was copied; `{citation}` is the text copied. */
  citationCopied: string
  /** Said when the clipboard refused: the reader copies `{citation}` by hand. */
  copyCitation: string
  /** Before the address of a publication's page on the web, in the PDF and EPUB: "Online". */
  online: string
  /** The site's people: the index page's title and the home page's link to it. */
  people: string
  /** The site's outlets: the index page's title and the home page's link to it. */
  outlets: string
  /** A person page's heading over the answers they gave in one publication. */
  answers: string
  /** A person page's heading over the questions they asked in one publication. */
  questionsAsked: string
  /** `{count}` answers (a person page's count). */
  answerCount: PluralTerm
  /** `{count}` people (the people index's count). */
  personCount: PluralTerm
  /** `{count}` outlets (the outlets index's count). */
  outletCount: PluralTerm
  /** A person or outlet page's label before the other spellings and speaker labels of the name. */
  alsoWritten: string
  /** A person or outlet page's heading over why appearances were merged (the reasons stay in English). */
  nameMatching: string
  /** Heard after a permalink's visible "#q3": ", link to question `{number}`". */
  linkToQuestion: string
  /**
   * Under a large briefing's key points (above `briefingKeyPoints` publications): which publications
   * have theirs here, `{count}` of `{total}`, the newest by date, and where the others' are.
   */
  keyPointsNewest: string
  /** Under a large briefing's provenance heading: it covers the `{count}` publications quoted, and where the others' is. */
  provenanceNewest: string
  /** Under a PDF's provenance heading: what the appendix holds. */
  provenanceIntroduction: string
}

/** A term's key. */
export type TermKey = keyof Terms
