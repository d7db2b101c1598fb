/**
 * Term normalization for search, shared in behaviour with `assets/search.js` (a test keeps the
 * two in step): lower case, accents removed (NFD), and the letters NFD does not decompose mapped
 * by hand, so "Łódź" is found by "lodz". Arabic-script vowel marks and tatweel, and the zero-width
 * non-joiner Persian writes inside words (می‌خواهم), are dropped, so a query typed without them matches.
 */
const special: Record<string, string> = {ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ı: 'i'}

/** Normalize one search term; null drops it. */
export function foldTerm(term: string): string | null {
  const folded = term
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łøßæœđðþı]/g, (letter) => special[letter] ?? letter)
    .replace(/[’']/g, '')
    .replace(/[\u064B-\u065F\u0670\u0640\u200C]/g, '')
  return folded.length > 0 ? folded : null
}
