/**
 * Word counts and reading time. Words are counted with `Intl.Segmenter`, so text without spaces
 * (Chinese, Japanese, Thai) is counted in words too.
 */
import type {Stats} from '../model/publication.js'

const segmenter = new Intl.Segmenter('en', {granularity: 'word'})

/** Reading speed for non-fiction prose, in words per minute. */
export const wordsPerMinute = 230

/** Count the words of a text. */
export function countWords(text: string): number {
  let count = 0
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count++
  return count
}

/** Stats for a set of texts. */
export function statsOf(texts: string[]): Stats {
  const words = texts.reduce((sum, text) => sum + countWords(text), 0)
  return {words, readingMinutes: Math.max(1, Math.round(words / wordsPerMinute))}
}
