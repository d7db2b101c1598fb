/**
 * Word counts and reading time. Runs of letters and digits are words; in scripts written without
 * spaces, each Han or Kana character counts as a word, and Thai/Lao/Khmer/Myanmar runs are split
 * with `Intl.Segmenter` (which is too slow to run over whole long texts: it is used only there).
 */
import type {Stats} from '../model/publication.js'

const segmenter = new Intl.Segmenter('th', {granularity: 'word'})
const wordRun = /[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*/gu
const ideographs = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu
const unspaced = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u

/** Reading speed for non-fiction prose, in words per minute. */
export const wordsPerMinute = 230

/** Count the words of a text. */
export function countWords(text: string): number {
  let count = 0
  for (const [run] of text.matchAll(wordRun)) {
    const cjk = run.match(ideographs)?.length ?? 0
    if (cjk > 0) count += cjk + (run.replace(ideographs, '') ? 1 : 0)
    else if (unspaced.test(run)) for (const segment of segmenter.segment(run)) count += segment.isWordLike ? 1 : 0
    else count++
  }
  return count
}

/** Stats for a set of texts. */
export function statsOf(texts: string[]): Stats {
  const words = texts.reduce((sum, text) => sum + countWords(text), 0)
  return {words, readingMinutes: Math.max(1, Math.round(words / wordsPerMinute))}
}
