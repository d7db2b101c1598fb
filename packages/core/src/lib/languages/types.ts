/**
 * The shapes of a language's data: the closed list of concepts the normalizer looks for in words,
 * a lexicon (phrases by concept), a calendar, and the pack that holds a language's lexicon, output
 * terms and calendar. The data itself lives in one folder per language (`en/`, `de/`, … and `und/`
 * for what belongs to no language); only `languages/index.ts` compiles it into patterns.
 */
import type {QuoteMarks} from '../text/typography-quotes.js'
import type {Terms} from './terms.js'

/**
 * Every concept a phrase can stand for, with what it means, in one line each. The list is closed:
 * a lexicon naming any other key fails to compile, and `test/languages.test.ts` checks it at run
 * time too. A concept is what a step looks for, not a rule: a rule may combine several concepts
 * with shapes (separators, counts, names) that stay in the step.
 */
export const conceptNotes = {
  editorNote: 'a label opening an editorial note: "Editor\'s note:", "Anm. d. Red.", "Note de la rédaction"',
  honorific: 'a title before a name, dropped from it: "Mr", "Dr", "Prof", "Ambassador", "Министр"',
  nameParticle: 'a lower-case particle inside a name: "von", "de", "bin", "ul"'
} as const satisfies Record<string, string>

/** One concept's key. */
export type Concept = keyof typeof conceptNotes

/** Every concept, in the order of `conceptNotes`. */
export const concepts = Object.keys(conceptNotes) as readonly Concept[]

/**
 * Phrases by concept, each lower-case and NFC (patterns are compiled case-insensitively where the
 * step reads case-insensitively). A phrase is literal text: `languages/index.ts` escapes it.
 */
export type Lexicon = {readonly [C in Concept]?: readonly string[]}

/** Month and weekday names for reading and printing dates. */
export interface Calendar {
  /** Twelve entries, January first; each the forms a month is written in (the first is printed). */
  months: readonly (readonly string[])[]
  /** Seven entries, Monday first; each the forms a weekday is written in. */
  weekdays: readonly (readonly string[])[]
  /** Quotation marks of the language, when it has a convention. */
  quotes?: QuoteMarks
}

/** Everything that depends on one language (or on none, `und`). */
export interface LanguagePack {
  /** Primary BCP 47 subtag (`und` for the script-neutral pack). */
  lang: string
  /** English name, for tables and messages. */
  name: string
  /** Output terms (`terms.ts`); a term left out falls back to English. */
  terms: Partial<Terms>
  /** Input words by concept (`lexicon.ts`). */
  lexicon: Lexicon
  calendar?: Calendar
}
