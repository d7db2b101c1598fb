/**
 * Word counts and reading time, by `Intl.Segmenter` (granularity `word`, segments that are
 * `isWordLike`): Chinese, Japanese, Thai, Lao, Khmer and Myanmar, written without spaces, count
 * dictionary words (ICU's word break rules, https://unicode.org/reports/tr29/, and its dictionaries),
 * not one "word" per sentence or per character. The segmenter runs on each run of letters and digits
 * that holds such a script, cut at most every `segmentChunk` characters: V8's segment iterator
 * slows down quadratically over one long string (20,000 words at once: 13 s). Any other run of
 * letters and digits (`don’t`, `U.S.`, `well-known`) is one word, which is what the segmenter says
 * of it except for hyphenated compounds, so counts in spaced scripts stay what they were.
 * The counts follow the ICU of the Node that builds (Node 20.20: ICU 78); the codebook says so.
 */
import type {Stats} from '../model/publication.js'

const segmenter = new Intl.Segmenter('und', {granularity: 'word'})
const wordRun = /[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*/gu
const unspaced =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
/** The longest string handed to the segmenter at once; a word cut at a chunk's end counts twice. */
const segmentChunk = 1000

/** Reading speed for non-fiction prose, in words per minute. */
export const wordsPerMinute = 230

/** Count the words of a text. */
export function countWords(text: string): number {
  let count = 0
  for (const [run] of text.matchAll(wordRun)) count += unspaced.test(run) ? segmentedWords(run) : 1
  return count
}

/** The word-like segments of one run, chunk by chunk (never splitting a surrogate pair). */
function segmentedWords(run: string): number {
  let count = 0
  for (let start = 0; start < run.length; ) {
    let end = Math.min(run.length, start + segmentChunk)
    if (end < run.length && /[\uD800-\uDBFF]/.test(run[end - 1]!)) end++
    for (const segment of segmenter.segment(run.slice(start, end))) if (segment.isWordLike) count++
    start = end
  }
  return count
}

/** Stats for a set of texts. */
export function statsOf(texts: string[]): Stats {
  const words = texts.reduce((sum, text) => sum + countWords(text), 0)
  return {words, readingMinutes: Math.max(1, Math.round(words / wordsPerMinute))}
}
