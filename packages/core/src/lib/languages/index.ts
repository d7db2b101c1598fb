/**
 * Every word that depends on the language, as data: one folder per language (`lexicon.ts` input
 * words by concept, `terms.ts` output terms) and `und/` for what belongs to no language. This
 * module lists the packs and compiles a concept's phrases into a pattern once per process, so a
 * step writes `lexicon('readMore')` where it used to write the words. The approach follows Pandoc's
 * `data/translations` (output terms) and jusText's stoplists (input words by language).
 */
import {calendar as arCalendar} from './ar/calendar.js'
import {lexicon as ar} from './ar/lexicon.js'
import {quotes as arQuotes} from './ar/quotes.js'
import {terms as arTerms} from './ar/terms.js'
import {calendar as beCalendar} from './be/calendar.js'
import {lexicon as be} from './be/lexicon.js'
import {quotes as beQuotes} from './be/quotes.js'
import {calendar as bnCalendar} from './bn/calendar.js'
import {lexicon as bn} from './bn/lexicon.js'
import {calendar as csCalendar} from './cs/calendar.js'
import {lexicon as cs} from './cs/lexicon.js'
import {quotes as csQuotes} from './cs/quotes.js'
import {calendar as deCalendar} from './de/calendar.js'
import {lexicon as de} from './de/lexicon.js'
import {quotes as deQuotes} from './de/quotes.js'
import {terms as deTerms} from './de/terms.js'
import {calendar as enCalendar} from './en/calendar.js'
import {lexicon as en} from './en/lexicon.js'
import {quotes as enQuotes} from './en/quotes.js'
import {terms as enTerms} from './en/terms.js'
import {calendar as esCalendar} from './es/calendar.js'
import {lexicon as es} from './es/lexicon.js'
import {quotes as esQuotes} from './es/quotes.js'
import {terms as esTerms} from './es/terms.js'
import {calendar as faCalendar} from './fa/calendar.js'
import {lexicon as fa} from './fa/lexicon.js'
import {quotes as faQuotes} from './fa/quotes.js'
import {terms as faTerms} from './fa/terms.js'
import {calendar as frCalendar} from './fr/calendar.js'
import {lexicon as fr} from './fr/lexicon.js'
import {quotes as frQuotes} from './fr/quotes.js'
import {terms as frTerms} from './fr/terms.js'
import {calendar as heCalendar} from './he/calendar.js'
import {lexicon as he} from './he/lexicon.js'
import {calendar as elCalendar} from './el/calendar.js'
import {lexicon as el} from './el/lexicon.js'
import {calendar as fiCalendar} from './fi/calendar.js'
import {lexicon as fi} from './fi/lexicon.js'
import {calendar as svCalendar} from './sv/calendar.js'
import {lexicon as sv} from './sv/lexicon.js'
import {calendar as swCalendar} from './sw/calendar.js'
import {lexicon as sw} from './sw/lexicon.js'
import {calendar as taCalendar} from './ta/calendar.js'
import {lexicon as ta} from './ta/lexicon.js'
import {calendar as hiCalendar} from './hi/calendar.js'
import {lexicon as hi} from './hi/lexicon.js'
import {quotes as hiQuotes} from './hi/quotes.js'
import {terms as hiTerms} from './hi/terms.js'
import {calendar as idCalendar} from './id/calendar.js'
import {lexicon as id} from './id/lexicon.js'
import {calendar as itCalendar} from './it/calendar.js'
import {lexicon as it} from './it/lexicon.js'
import {quotes as itQuotes} from './it/quotes.js'
import {calendar as jaCalendar} from './ja/calendar.js'
import {lexicon as ja} from './ja/lexicon.js'
import {terms as jaTerms} from './ja/terms.js'
import {calendar as koCalendar} from './ko/calendar.js'
import {lexicon as ko} from './ko/lexicon.js'
import {quotes as koQuotes} from './ko/quotes.js'
import {calendar as nlCalendar} from './nl/calendar.js'
import {lexicon as nl} from './nl/lexicon.js'
import {quotes as nlQuotes} from './nl/quotes.js'
import {calendar as plCalendar} from './pl/calendar.js'
import {lexicon as pl} from './pl/lexicon.js'
import {quotes as plQuotes} from './pl/quotes.js'
import {calendar as ptCalendar} from './pt/calendar.js'
import {lexicon as pt} from './pt/lexicon.js'
import {calendar as roCalendar} from './ro/calendar.js'
import {lexicon as ro} from './ro/lexicon.js'
import {calendar as ruCalendar} from './ru/calendar.js'
import {lexicon as ru} from './ru/lexicon.js'
import {quotes as ruQuotes} from './ru/quotes.js'
import {terms as ruTerms} from './ru/terms.js'
import {calendar as trCalendar} from './tr/calendar.js'
import {lexicon as tr} from './tr/lexicon.js'
import {terms as trTerms} from './tr/terms.js'
import {calendar as ukCalendar} from './uk/calendar.js'
import {lexicon as uk} from './uk/lexicon.js'
import {quotes as ukQuotes} from './uk/quotes.js'
import {lexicon as und} from './und/lexicon.js'
import {lexicon as ms} from './ms/lexicon.js'
import {lexicon as nb} from './nb/lexicon.js'
import {lexicon as sk} from './sk/lexicon.js'
import {calendar as thCalendar} from './th/calendar.js'
import {lexicon as th} from './th/lexicon.js'
import {lexicon as tl} from './tl/lexicon.js'
import {calendar as urCalendar} from './ur/calendar.js'
import {lexicon as ur} from './ur/lexicon.js'
import {quotes as urQuotes} from './ur/quotes.js'
import {terms as urTerms} from './ur/terms.js'
import {calendar as viCalendar} from './vi/calendar.js'
import {lexicon as vi} from './vi/lexicon.js'
import {calendar as zhCalendar} from './zh/calendar.js'
import {lexicon as zh} from './zh/lexicon.js'
import {quotes as zhQuotes} from './zh/quotes.js'
import {terms as zhTerms} from './zh/terms.js'
import type {QuoteMarks} from '../text/typography-quotes.js'
import {type Calendar, type Concept, conceptNotes, concepts, type LanguagePack, type Lexicon} from './types.js'

export {type Calendar, type Concept, conceptNotes, concepts, type LanguagePack, type Lexicon} from './types.js'

const pack = (
  lang: string,
  name: string,
  lexicon: Lexicon,
  more: {terms?: LanguagePack['terms']; calendar?: Calendar; quotes?: QuoteMarks} = {}
): LanguagePack => ({lang, name, lexicon, terms: more.terms ?? {}, ...more})

/** Every pack by primary BCP 47 subtag, `und` (no language) included. Add a folder and list it here. */
export const packs: Readonly<Record<string, LanguagePack>> = {
  ar: pack('ar', 'Arabic', ar, {calendar: arCalendar, quotes: arQuotes, terms: arTerms}),
  be: pack('be', 'Belarusian', be, {calendar: beCalendar, quotes: beQuotes}),
  bn: pack('bn', 'Bengali', bn, {calendar: bnCalendar}),
  cs: pack('cs', 'Czech', cs, {calendar: csCalendar, quotes: csQuotes}),
  de: pack('de', 'German', de, {calendar: deCalendar, quotes: deQuotes, terms: deTerms}),
  el: pack('el', 'Greek', el, {calendar: elCalendar}),
  en: pack('en', 'English', en, {calendar: enCalendar, quotes: enQuotes, terms: enTerms}),
  es: pack('es', 'Spanish', es, {calendar: esCalendar, quotes: esQuotes, terms: esTerms}),
  fa: pack('fa', 'Persian', fa, {calendar: faCalendar, quotes: faQuotes, terms: faTerms}),
  fi: pack('fi', 'Finnish', fi, {calendar: fiCalendar}),
  fr: pack('fr', 'French', fr, {calendar: frCalendar, quotes: frQuotes, terms: frTerms}),
  he: pack('he', 'Hebrew', he, {calendar: heCalendar}),
  hi: pack('hi', 'Hindi', hi, {calendar: hiCalendar, quotes: hiQuotes, terms: hiTerms}),
  id: pack('id', 'Indonesian', id, {calendar: idCalendar}),
  it: pack('it', 'Italian', it, {calendar: itCalendar, quotes: itQuotes}),
  ja: pack('ja', 'Japanese', ja, {calendar: jaCalendar, terms: jaTerms}),
  ko: pack('ko', 'Korean', ko, {calendar: koCalendar, quotes: koQuotes}),
  ms: pack('ms', 'Malay', ms),
  nb: pack('nb', 'Norwegian Bokmål', nb),
  nl: pack('nl', 'Dutch', nl, {calendar: nlCalendar, quotes: nlQuotes}),
  pl: pack('pl', 'Polish', pl, {calendar: plCalendar, quotes: plQuotes}),
  pt: pack('pt', 'Portuguese', pt, {calendar: ptCalendar}),
  ro: pack('ro', 'Romanian', ro, {calendar: roCalendar}),
  ru: pack('ru', 'Russian', ru, {calendar: ruCalendar, quotes: ruQuotes, terms: ruTerms}),
  sk: pack('sk', 'Slovak', sk),
  sv: pack('sv', 'Swedish', sv, {calendar: svCalendar}),
  sw: pack('sw', 'Swahili', sw, {calendar: swCalendar}),
  ta: pack('ta', 'Tamil', ta, {calendar: taCalendar}),
  th: pack('th', 'Thai', th, {calendar: thCalendar}),
  tl: pack('tl', 'Tagalog', tl),
  tr: pack('tr', 'Turkish', tr, {calendar: trCalendar, terms: trTerms}),
  uk: pack('uk', 'Ukrainian', uk, {calendar: ukCalendar, quotes: ukQuotes}),
  und: pack('und', 'any language', und),
  ur: pack('ur', 'Urdu', ur, {calendar: urCalendar, quotes: urQuotes, terms: urTerms}),
  vi: pack('vi', 'Vietnamese', vi, {calendar: viCalendar}),
  zh: pack('zh', 'Chinese', zh, {calendar: zhCalendar, quotes: zhQuotes, terms: zhTerms})
}

/** Every calendar dates are read in: the packs'. */
export const readCalendars: readonly Calendar[] = Object.values(packs).flatMap((pack) =>
  pack.calendar ? [pack.calendar] : []
)

/** `en` for `en-GB`, `und` for ''. */
function primarySubtag(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] || 'und'
}

/**
 * The pack for a BCP 47 tag, resolved: each concept's phrases are the language's own, else those of
 * `und`, else English's; terms are the language's over English's. An unknown language gets `und`'s
 * and English's words under its own tag.
 */
export function languagePack(lang: string): LanguagePack {
  const code = primarySubtag(lang)
  const own = packs[code]
  const chain = [own, packs.und, packs.en].filter((p): p is LanguagePack => p !== undefined)
  const lexicon: Record<string, readonly string[]> = {}
  for (const concept of concepts) {
    const found = chain.find((p) => p.lexicon[concept]?.length)
    if (found) lexicon[concept] = found.lexicon[concept]!
  }
  return {
    lang: code,
    name: own?.name ?? code,
    terms: {...packs.en!.terms, ...own?.terms},
    lexicon: lexicon as Lexicon,
    ...(own?.calendar ? {calendar: own.calendar} : {}),
    ...(own?.quotes ? {quotes: own.quotes} : {})
  }
}

/**
 * The phrases of one or more concepts in the given languages (primary subtags, `und` included when
 * listed; default every pack), without repeats, longest first (a stable sort, so equal lengths
 * keep the order the data lists them in): the order a pattern must try them in.
 */
export function phrases(concept: Concept | readonly Concept[], langs?: readonly string[]): readonly string[] {
  const wanted = typeof concept === 'string' ? [concept] : concept
  const codes = langs ?? Object.keys(packs)
  const seen = new Set<string>()
  for (const c of wanted) for (const code of codes) for (const phrase of packs[code]?.lexicon[c] ?? []) seen.add(phrase)
  return [...seen].sort((a, b) => b.length - a.length)
}

/** A phrase as literal regex source (valid with and without the `u` flag). */
export function escapePhrase(phrase: string): string {
  return phrase.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
}

const compiled = new Map<string, string>()

/** How `lexicon()` writes the phrases. */
export interface LexiconOptions {
  /**
   * Capitalise each phrase's first letter and every letter after a full stop ("mr" → "Mr",
   * "h.e" → "H.E"), for a step that reads case-sensitively words that open a name or a sentence.
   */
  capitalized?: boolean
  /**
   * Match each phrase as a word of its script, not inside a longer word: `'whole'` bounds both ends,
   * `'start'` only the start (so inflected endings still match: "wywiad" in "wywiadzie"). Bounds
   * are Unicode-aware lookarounds (letter, mark or digit on the other side), since JavaScript's `\b`
   * only knows ASCII letters and never matches beside "интервью" or "dziękuję". Phrases of scripts
   * written without spaces between words (Han, kana, Thai…) or joining prefixes (Arabic, Hebrew) are
   * never bounded; the end of a Hangul or Indic phrase is not either (particles and case endings
   * join it). The pattern needs the `u` flag.
   */
  words?: 'whole' | 'start'
}

/** A letter, mark or digit: what a word boundary of `lexicon(…, {words})` looks for beside a phrase. */
const wordChar = '[\\p{L}\\p{M}\\p{N}]'
/**
 * Scripts where a phrase is found anywhere: written without spaces between words (Han, kana, Thai,
 * Lao, Khmer, Myanmar, Tibetan), or joining prefixes to words (Arabic, Hebrew: "و", "ال", "ב").
 */
const anywhere =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u
/** Scripts whose words take joined particles or case endings (Hangul, Indic): a phrase is bounded at its start only. */
const joining =
  /[\p{Script=Hangul}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Gujarati}\p{Script=Gurmukhi}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Oriya}]/u

/** One escaped phrase with the word bounds `words` asks for (see `LexiconOptions.words`). */
function bounded(phrase: string, words: LexiconOptions['words']): string {
  // Turkish and Azerbaijani capitals: "İ" is the capital of "i" and "I" of "ı", which a regular
  // expression's case-insensitive flag does not fold (Unicode's simple case folding has no pair for them).
  const source = escapePhrase(phrase).replace(/i/gu, '[iİ]').replace(/ı/gu, '[ıI]')
  if (!words) return source
  const first = phrase.at(0) ?? ''
  const last = phrase.at(-1) ?? ''
  const start = /\p{L}/u.test(first) && !anywhere.test(first) ? `(?<!${wordChar})` : ''
  const end =
    words === 'whole' && /\p{L}/u.test(last) && !anywhere.test(last) && !joining.test(last) ? `(?!${wordChar})` : ''
  return `${start}${source}${end}`
}

const capitalize = (phrase: string) =>
  phrase.replace(/(^|\.)(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())

/**
 * Regex source matching any phrase of the concepts, as one non-capturing group `(?:…|…)`, escaped
 * and longest first; compiled once per process and language list. Case is the caller's flag: the
 * phrases are lower-case, so a step that reads case-insensitively compiles its pattern with `i`
 * (or asks for `capitalized` phrases). Throws when the concepts have no phrase in those languages
 * (a pattern that matched nothing would hide a typo).
 */
export function lexicon(
  concept: Concept | readonly Concept[],
  langs?: readonly string[],
  options: LexiconOptions = {}
): string {
  const key = `${typeof concept === 'string' ? concept : concept.join('+')}@${langs?.join(',') ?? '*'}${options.capitalized ? '^' : ''}${options.words ?? ''}`
  let source = compiled.get(key)
  if (source === undefined) {
    const list = phrases(concept, langs).map((phrase) => (options.capitalized ? capitalize(phrase) : phrase))
    if (list.length === 0) throw new Error(`languages: no phrase for ${key}`)
    source = `(?:${list.map((phrase) => bounded(phrase, options.words)).join('|')})`
    compiled.set(key, source)
  }
  return source
}

/** One row of `coverage()`: a concept, what it means, and the languages that have phrases for it. */
export interface Coverage {
  concept: Concept
  note: string
  /** Primary subtags, `und` first when it has phrases, then alphabetical. */
  langs: string[]
  /** Phrases over all languages. */
  phrases: number
}

/** Which languages cover which concepts, in the order of `concepts` (for the test and the README). */
export function coverage(): Coverage[] {
  const codes = Object.keys(packs).sort((a, b) => (a === 'und' ? -1 : b === 'und' ? 1 : a.localeCompare(b)))
  return concepts.map((concept) => ({
    concept,
    note: conceptNotes[concept],
    langs: codes.filter((code) => packs[code]!.lexicon[concept]?.length),
    phrases: codes.reduce((sum, code) => sum + (packs[code]!.lexicon[concept]?.length ?? 0), 0)
  }))
}
