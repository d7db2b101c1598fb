/**
 * Quotation marks after SmartyPants: elisions get an apostrophe, and quote pairs take the marks of
 * the text's language. SmartyPants decides open or close by the character before a quote only, so
 * `'til`, `'em`, `'92` and `rock 'n' roll` come out with an opening mark (‘til); here a single
 * opening mark is an elision when a known elided word or two digits follow, or when no closing
 * mark ever answers it in the block. Only quotation marks change: never a letter or digit.
 */
import {lexicon, packs} from '../languages/index.js'

/** Primary and secondary (nested) quotation marks of a language. */
export interface QuoteMarks {
  open: string
  close: string
  openInner: string
  closeInner: string
  /** Space set inside the marks (French: a narrow no-break space), else ''. */
  inside: string
}

/**
 * Conventions by primary language subtag: each language's `languages/<code>/quotes.ts` (Unicode
 * CLDR delimiters). A language without one keeps the quotation marks of its source: Japanese 「」
 * and straight quotes stay as they are.
 */
export const quoteConventions: Record<string, QuoteMarks> = Object.fromEntries(
  Object.values(packs).flatMap((pack) => (pack.quotes ? [[pack.lang, pack.quotes]] : []))
)

/** The quotation marks of a BCP 47 language tag, or null to keep the source's marks. */
export function quotesFor(lang: string): QuoteMarks | null {
  return quoteConventions[primary(lang)] ?? null
}

/** `en` for `en-GB`. */
export function primary(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? ''
}

// Words English writes with a leading elision (’til, ’em, ’tis, rock ’n’ roll, ’cause…).
const elidedWord = new RegExp(`^${lexicon('elidedWord')}(?![\\p{L}\\p{N}])`, 'iu')
// '92, '08, '90s: two digits, not three.
const elidedYear = /^\d\d(?:s)?(?![\p{L}\p{N}])/u

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}\p{M}]/u.test(char)

/**
 * Fix elisions and set a language's quotation marks across the text segments of one block (the
 * text nodes in order, so a quote opened before an emphasis and closed after it still pairs).
 * `marks` null leaves paired quotes as SmartyPants set them and only fixes elisions.
 */
export function settleQuotes(segments: string[], marks: QuoteMarks | null): string[] {
  const text = segments.join('')
  const chars = Array.from(text)
  const replace = new Map<number, string>()
  const openers: number[] = []
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index]
    if (char === '‘') {
      const after = chars.slice(index + 1, index + 12).join('')
      if (elidedWord.test(after) || elidedYear.test(after)) replace.set(index, '’')
      else openers.push(index)
    } else if (char === '’') {
      // A closing mark follows text and is not inside a word (don’t, O’Brien are apostrophes).
      if (!isWordChar(chars[index + 1]) && index > 0 && !/\s/u.test(chars[index - 1]!) && openers.length > 0) {
        const open = openers.pop()!
        if (marks) {
          replace.set(open, marks.openInner)
          replace.set(index, marks.closeInner)
        }
      }
    } else if (marks && (char === '“' || char === '”')) {
      replace.set(index, char === '“' ? marks.open + marks.inside : marks.inside + marks.close)
    }
  }
  // An opening mark nothing closes is an elision the word list does not know (’cept, ’Frisco).
  for (const open of openers) replace.set(open, '’')
  if (replace.size === 0) return segments.map((segment) => tidySpaces(segment, marks))
  // Map the changes back onto the segments, by code point.
  let offset = 0
  return segments.map((segment) => {
    const own = Array.from(segment)
    const out = own.map((char, i) => {
      return replace.get(offset + i) ?? char
    })
    offset += own.length
    return tidySpaces(out.join(''), marks)
  })
}

// French spacing replaces an existing space next to the mark instead of adding a second one.
function tidySpaces(text: string, marks: QuoteMarks | null): string {
  if (!marks?.inside) return text
  const space = marks.inside
  const tidy = text
    .replaceAll(`${marks.open}${space} `, `${marks.open}${space}`)
    .replaceAll(` ${space}${marks.close}`, `${space}${marks.close}`)
  return marks.open === '«' && space === '\u202F' ? frenchSpacing(tidy) : tidy
}

/**
 * French spacing, for guillemets and high punctuation the source typed itself (the reader turns
 * every no-break space into an ordinary one): a narrow no-break space (U+202F) after « and before »
 * ? ! ;, a no-break space (U+00A0) before a colon, replacing ordinary spaces or supplied where none
 * was typed, so no line starts with » ; ? or ends with « (Imprimerie nationale, "Lexique des règles
 * typographiques"; typst/typst#1920, field case 17). A colon between digits (10:30) and marks inside
 * an address (kept aside by the caller) are left alone; "?!" takes one space, before the first.
 */
function frenchSpacing(text: string): string {
  return text
    .replace(/«[ \u00a0\u202f]*(?=[^\s»])/gu, '«\u202F')
    .replace(/(?<=[^\s«])[ \u00a0\u202f]*»/gu, '\u202F»')
    .replace(/(?<=[\p{L}\p{N}»)\]…’”])[ \u00a0\u202f]*([?!;])/gu, '\u202F$1')
    .replace(/(?<=[\p{L}\p{N}»)\]…’”])[ \u00a0\u202f]*:(?=\s|$)/gu, '\u00A0:')
}
