/**
 * Term folding for search, as data: `foldRanges` lists which characters become what, and one small
 * generic function (`foldWith`) applies it — here when indexing, and in the browser when querying,
 * where the same ranges arrive inside `assets/search-index.js` (`searchRules`), so there is one
 * source of truth and `assets/search.js` only carries its own copy of `foldWith` (a test runs it
 * against `foldTerm` on words in every script the site publishes).
 *
 * A term is decomposed with NFKD, not NFD, so compatibility forms fold too: Arabic presentation
 * forms and ligatures copied out of PDFs (ﻻ → لا, ﷲ → الله), fullwidth Latin (ｄｏｓｓｉｅｒ),
 * Latin ligatures (ﬁ). It is then lower-cased, every character in `foldRanges` replaced, and
 * recomposed (NFC), so Hangul and kana keep their composed syllables. The choices follow Lucene's
 * `ArabicNormalizer` and `PersianNormalizer`
 * (https://lucene.apache.org/core/9_0_0/analysis/common/org/apache/lucene/analysis/ar/ArabicNormalizer.html,
 * …/fa/PersianNormalizer.html) and Unicode's character foldings (UTR #30, withdrawn but kept by
 * ICU's `ICUFoldingFilter`: diacritic, letterform and digit folding, https://unicode.org/reports/tr30/).
 *
 * Two letters stay apart on purpose: Urdu's heh doachashmee ھ, which marks aspiration (کھانا
 * "khana") and would merge کھ with کہ "that" if folded with heh; and Urdu's bari yeh ے, a letter of
 * its own (کے and کی are different words) even though Lucene's Persian normalizer folds it.
 */

/** Characters `first`…`last` (code points, inclusive) become `to` (`''` drops them). */
export type FoldRange = readonly [first: number, last: number, to: string]

const letter = (from: string, to: string): FoldRange => [from.codePointAt(0)!, from.codePointAt(0)!, to]
const digits = (zero: number): FoldRange[] => Array.from({length: 10}, (_, n) => [zero + n, zero + n, String(n)])

/** The folding table (see the file's comment for the sources of each choice). */
export const foldRanges: FoldRange[] = [
  // Combining marks NFKD splits off Latin, Greek and Cyrillic letters: "é" → "e" (UTR #30 diacritics).
  [0x0300, 0x036f, ''],
  [0x1ab0, 0x1aff, ''],
  [0x1dc0, 0x1dff, ''],
  [0xfe20, 0xfe2f, ''],
  // Letters no decomposition reaches, so "Łódź" is found by "lodz" (UTR #30 letterforms).
  ...Object.entries({ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ı: 'i'}).map(([from, to]) =>
    letter(from, to)
  ),
  // Greek final sigma is sigma (Unicode case folding), so "ΟΔΟΣ" and "οδος" meet.
  letter('ς', 'σ'),
  // Apostrophes inside words: "Korybko’s" is found by "korybkos".
  letter('’', ''),
  letter("'", ''),
  // Arabic vowel marks, Quranic marks, superscript alef and tatweel (ArabicNormalizer). The hamza and
  // madda NFKD splits off أ إ آ ؤ ئ ۀ ۂ (U+0653–0655) are among them, so أ إ آ → ا.
  [0x064b, 0x065f, ''],
  letter('\u0670', ''),
  letter('\u0640', ''),
  [0x06d6, 0x06dc, ''],
  [0x06df, 0x06e8, ''],
  [0x06ea, 0x06ed, ''],
  // The zero-width non-joiner Persian writes inside words (می‌خواهم).
  letter('\u200c', ''),
  // Alef wasla (UTR #30), alef maksura (ArabicNormalizer), Persian yeh and keheh (PersianNormalizer).
  letter('ٱ', 'ا'),
  letter('ى', 'ي'),
  letter('ی', 'ي'),
  letter('ک', 'ك'),
  // Teh marbuta (ArabicNormalizer), heh goal and ae (PersianNormalizer's heh yeh, Kurdish and Uyghur ە) → heh.
  letter('ة', 'ه'),
  letter('ہ', 'ه'),
  letter('ە', 'ه'),
  // Arabic-Indic, extended (Persian and Urdu), Devanagari and Bengali digits (UTR #30 digit folding).
  ...digits(0x0660),
  ...digits(0x06f0),
  ...digits(0x0966),
  ...digits(0x09e6),
  // Hebrew points and cantillation marks (niqqud), leaving maqaf, paseq and sof pasuq alone.
  [0x0591, 0x05bd, ''],
  letter('\u05bf', ''),
  [0x05c1, 0x05c2, ''],
  [0x05c4, 0x05c5, ''],
  letter('\u05c7', '')
]

/** Each character of the ranges → its replacement, for `foldWith`. */
export function foldTableOf(ranges: readonly FoldRange[]): Map<string, string> {
  const table = new Map<string, string>()
  for (const [first, last, to] of ranges)
    for (let code = first; code <= last; code++) table.set(String.fromCodePoint(code), to)
  return table
}

/** Fold one term with a table; null when nothing is left. The browser's copy in `assets/search.js` must match. */
export function foldWith(table: Map<string, string>, term: string): string | null {
  let folded = ''
  for (const character of term.normalize('NFKD').toLowerCase()) folded += table.get(character) ?? character
  folded = folded.normalize('NFC')
  return folded.length > 0 ? folded : null
}

const table = foldTableOf(foldRanges)

/** Normalize one search term; null drops it. */
export function foldTerm(term: string): string | null {
  return foldWith(table, term)
}
