/**
 * Text as pdfkit should see it. Soft hyphens (U+00AD) corrupt later hyphens in pdfkit's line breaker,
 * and control characters have no glyphs, so both go; every other character is kept.
 *
 * Long words are given places to break. pdfkit's line wrapper cuts a word wider than the line by
 * measuring the whole rest of the word again for every line it fills, so its time grows with the square
 * of the word's length (a 20 kB word took 95–174 s and 1.8 GB, a 1 MB one ran past 400 s and 3.3 GB).
 * A stretch of more than `maxUnbroken` grapheme clusters (UAX #29) with no space gets a zero-width space
 * (U+200B, a break opportunity in UAX #14, of zero width in every base font) after every `breakEvery`
 * clusters that hold no break opportunity of UAX #14's own, so no word pdfkit sees is longer than that
 * and layout stays linear. Real words and most URLs are shorter and are left alone; such a token breaks
 * at those places, without a hyphen, as URLs are broken (Chicago Manual of Style 14.18 adds no hyphen
 * where a URL breaks). Chinese and Japanese, which break between characters, get none: a zero-width
 * space every 16 characters had put "！" or "。" at the start of a line.
 */
import LineBreaker from 'linebreak'
import {graphemes} from './scripts.js'

/** C0/C1 controls except tab and line feed, soft hyphen, and the BOM. */
const unwanted = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\ufeff]/g

/** Longest stretch without a space left whole (UTF-16 units): longer ones cannot fit a line of body text anyway. */
export const maxUnbroken = 100
/** Clusters between two inserted break opportunities in a longer stretch. */
export const breakEvery = 16

const longStretch = new RegExp(`[^\\s\\u200b]{${maxUnbroken + 1},}`, 'g')
const everyAscii = new RegExp(`.{${breakEvery}}(?=.)`, 'g')

/** Remove characters pdfkit must not see, tabs become spaces; long words get break opportunities. */
export function cleanText(text: string): string {
  return breakLongWords(text.replace(unwanted, '').replace(/\t/g, ' '))
}

/**
 * White space a line may break at, as one space: every `\s` but the no-break spaces (U+00A0,
 * U+202F narrow, U+2007 figure), which French sets after « and before » ? ! ; : and which must
 * survive to keep "» ;" from starting a line (field case 17).
 */
export const breakableSpace = /[^\S\u00a0\u202f\u2007]+/g

/** Clean text on one line (titles, outline entries, table cells). */
export function cleanLine(text: string): string {
  return cleanText(text).replace(breakableSpace, ' ').trim()
}

/** A zero-width space after every `breakEvery` clusters of a stretch longer than `maxUnbroken` with no space. */
export function breakLongWords(text: string): string {
  if (text.length <= maxUnbroken) return text
  return text.replace(longStretch, (stretch) => {
    // Printable ASCII: every character is a cluster.
    if (/^[\x21-\x7e]*$/.test(stretch)) return stretch.replace(everyAscii, '$&\u200b')
    let out = ''
    let count = 0
    // Thai, Lao, Khmer and Myanmar set no spaces: their break opportunities are ICU's word boundaries
    // (UAX #14 class SA), so a line never ends inside a word; a word longer than `breakEvery` clusters
    // still gets a break every `breakEvery` clusters.
    const words = dictionaryScript.test(stretch) ? wordSegmenter.segment(stretch) : [{segment: stretch}]
    for (const {segment: word} of words) {
      if (out && dictionaryScript.test(out.at(-1)!) && dictionaryScript.test(word[0]!)) {
        out += '\u200b'
        count = 0
      }
      // UAX #14's own opportunities inside the word (between CJK characters), where the count starts again.
      const own = opportunities(word)
      for (const {segment, index} of graphemes(word)) {
        if (own.has(index)) count = 0
        if (count > 0 && count % breakEvery === 0) out += '\u200b'
        out += segment
        count++
      }
    }
    return out
  })
}

/** The break opportunities of UAX #14 strictly inside `text`, as UTF-16 indexes. */
function opportunities(text: string): Set<number> {
  const found = new Set<number>()
  const breaker = new LineBreaker(text)
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) if (bk.position < text.length) found.add(bk.position)
  return found
}

/** Letters of the scripts UAX #14 leaves to a dictionary (line break class SA). */
const dictionaryScript = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
const wordSegmenter = new Intl.Segmenter('th', {granularity: 'word'})
