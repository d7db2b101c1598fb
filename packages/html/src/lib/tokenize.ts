/**
 * Search tokenization, shared with `assets/search.js` through the patterns `assets/search-index.js` carries:
 * MiniSearch's own split on spaces and punctuation, then runs of Chinese, Japanese, Thai, Lao, Khmer or Burmese, which
 * put no spaces between words, segmented into words by `Intl.Segmenter` (ICU's dictionaries, UAX #29),
 * so "北京大学" is found by "大学" at index and query time alike.
 */
const spaceOrPunctuation = /[\n\r\p{Z}\p{P}]+/u
const unspaced =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
const segmenter = new Intl.Segmenter('und', {granularity: 'word'})

/** The two patterns as source text, which `assets/search-index.js` carries to the browser's tokenizer. */
export const tokenizeRules = {split: spaceOrPunctuation.source, unspaced: unspaced.source}

/** Split a text or a query into words. */
export function tokenize(text: string): string[] {
  const words: string[] = []
  for (const piece of text.split(spaceOrPunctuation)) {
    if (!piece) continue
    if (!unspaced.test(piece)) {
      words.push(piece)
      continue
    }
    for (const {segment, isWordLike} of segmenter.segment(piece)) if (isWordLike) words.push(segment)
  }
  return words
}
