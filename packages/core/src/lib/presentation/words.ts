/**
 * Interface words as `LangText`: each string carries the language its words are actually in
 * (`Words.langOf`: the publication's, or `en` where its table lacks the term) and that language's
 * direction, so a format can mark an English fallback inside an Urdu page. Punctuation that joins
 * phrases follows the language too: Urdu, Arabic and Persian use the Arabic comma and semicolon,
 * Chinese and Japanese full-width marks, French a no-break space before a colon or semicolon
 * (CLDR `delimiters`/`listPatterns`; Imprimerie nationale, *Lexique des règles typographiques*).
 */
import {interfaceWords, type TermKey, type Words} from '../i18n/index.js'
import {directionOf} from '../text/scripts.js'
import {primary, quotesFor} from '../text/typography-quotes.js'
import type {LangText, TextRun} from './types.js'

/** A term key whose value is text (not a count). */
export type TextKey = Parameters<Words['term']>[0]
type CountKey = Parameters<Words['count']>[0]

/** Plain text in a language, with that language's direction. */
export function textIn(text: string, lang: string): LangText {
  return {text, lang, dir: directionOf(lang)}
}

/** English text: the normalizer's reports and terms no table has yet. */
export function english(text: string): LangText {
  return textIn(text, 'en')
}

/** A term with its placeholders filled, in the language it is given in. */
export function term(words: Words, key: TextKey, values?: Record<string, string | number>): LangText {
  return textIn(words.term(key, values), words.langOf(key))
}

/** A counted term ("3 questions") in the language's plural form. */
export function count(words: Words, key: CountKey, n: number): LangText {
  return textIn(words.count(key, n), words.langOf(key))
}

/** The language the words of several terms are in: the publication's only when every one has it. */
export function langOfAll(words: Words, keys: TermKey[]): string {
  return keys.every((key) => words.langOf(key) === words.lang) ? words.lang : 'en'
}

/** "A, B and C" in the language of the word "and" (the same rule as `Words.list`). */
export function list(words: Words, items: string[]): LangText {
  return textIn(words.list(items), items.length > 1 ? words.langOf('and') : words.lang)
}

/** What separates items of a list in running text: ", ", Arabic "، ", Chinese "、". */
export function commaOf(lang: string): string {
  const code = primary(lang)
  if (code === 'zh') return '、'
  if (code === 'ja') return '、'
  if (code === 'ar' || code === 'fa' || code === 'ur') return '، '
  return ', '
}

/** What separates clauses that hold lists: "; ", Arabic "؛ ", Chinese "；", French " ; ". */
export function semicolonOf(lang: string): string {
  const code = primary(lang)
  if (code === 'zh' || code === 'ja') return '；'
  if (code === 'ar' || code === 'fa' || code === 'ur') return '؛ '
  if (code === 'fr') return '\u202F; '
  return '; '
}

/** What follows a label: ": ", Chinese "：", French " : " (a no-break space before the colon). */
export function colonOf(lang: string): string {
  const code = primary(lang)
  if (code === 'zh' || code === 'ja') return '：'
  if (code === 'fr') return '\u00A0: '
  return ': '
}

/** An aside after a phrase in the language's parentheses: " (Marc Fesneau)", Chinese and Japanese "（何明远）". */
export function parenthesized(text: string, lang: string): string {
  const code = primary(lang)
  return code === 'zh' || code === 'ja' ? `（${text}）` : ` (${text})`
}

/** A quotation in the language's marks (core's `quotesFor`); Japanese 「」, else “”. */
export function quote(text: string, lang: string): string {
  const marks = quotesFor(lang)
  if (marks) return `${marks.open}${marks.inside}${text}${marks.inside}${marks.close}`
  return primary(lang) === 'ja' ? `「${text}」` : `“${text}”`
}

/**
 * A size in bytes as people read it, in SI units as browsers show downloads: "812 B", "48 kB",
 * "1.2 MB" (rounded to the kilobyte, or to a tenth of a megabyte).
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`
  return `${(bytes / 1_000_000).toFixed(1)} MB`
}

/** A line's runs as plain text, quoted runs in “…” (the marks the normalizer's English reports use). */
export function runsText(runs: TextRun[]): string {
  return runs.map((run) => (run.quote ? `“${run.text}”` : run.text)).join('')
}

/** The words of a publication's or collection's language. */
export function wordsOf(lang: string): Words {
  return interfaceWords(lang)
}
