/**
 * Which script font a grapheme cluster asks for. The families follow the Unicode Script property
 * (UAX #24, through `\p{Script=…}`), and emoji follow UTS #51: a cluster is drawn as an emoji when it
 * has emoji presentation (a pictograph with U+FE0F, a ZWJ sequence, a flag, a skin-tone modifier, or
 * a character whose default presentation is emoji).
 */
import type {AssetName} from './assets.js'

/** A script font family of the chain; `null` means Latin, Greek, Cyrillic, common marks and symbols. */
export type Family = 'arabic' | 'devanagari' | 'hebrew' | 'thai' | 'khmer' | 'han' | 'hangul' | 'polytonic' | 'emoji'

/** Families in chain order after the face and DejaVu. */
export const families: Family[] = [
  'arabic',
  'devanagari',
  'hebrew',
  'thai',
  'khmer',
  'han',
  'hangul',
  'polytonic',
  'emoji'
]

/** The regular and (where the package has one) bold asset of each family. */
export const familyAssets: Record<Family, {regular: AssetName; bold: AssetName | null}> = {
  arabic: {regular: 'arabic-regular', bold: 'arabic-bold'},
  devanagari: {regular: 'devanagari-regular', bold: 'devanagari-bold'},
  hebrew: {regular: 'hebrew-regular', bold: 'hebrew-bold'},
  thai: {regular: 'thai-regular', bold: 'thai-bold'},
  khmer: {regular: 'khmer-regular', bold: 'khmer-bold'},
  han: {regular: 'han-regular', bold: 'han-bold'},
  hangul: {regular: 'hangul-regular', bold: 'hangul-bold'},
  polytonic: {regular: 'polytonic-regular', bold: 'polytonic-bold'},
  emoji: {regular: 'emoji-regular', bold: null}
}

const patterns: Array<[Exclude<Family, 'emoji'>, RegExp]> = [
  ['arabic', /\p{Script=Arabic}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['thai', /\p{Script=Thai}/u],
  ['khmer', /\p{Script=Khmer}/u],
  // Kana and Bopomofo are in the Simplified Chinese subset of Noto Sans CJK too.
  ['han', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  // Greek Extended: polytonic letters Source Serif 4 lacks (Source Sans 3, the headings' face, has them).
  ['polytonic', /[\u1F00-\u1FFF]/u]
]

const emojiPresentation = /\p{Emoji_Presentation}|\p{Regional_Indicator}|\p{Emoji_Modifier}/u
const pictographic = /\p{Extended_Pictographic}/u

/** True when a grapheme cluster should be drawn from the emoji font (UTS #51 presentation). */
export function isEmoji(cluster: string): boolean {
  if (emojiPresentation.test(cluster)) return true
  return pictographic.test(cluster) && /[\uFE0F\u200D]/.test(cluster)
}

/** The family a grapheme cluster belongs to, or null for the faces' own scripts and common characters. */
export function familyOf(cluster: string): Family | null {
  if (cluster.charCodeAt(0) < 0x0590) return null
  if (isEmoji(cluster)) return 'emoji'
  for (const [family, pattern] of patterns) if (pattern.test(cluster)) return family
  return null
}

/** Characters of Script=Common or Inherited only (spaces, punctuation, digits, combining marks). */
export function isNeutral(cluster: string): boolean {
  return /^[\p{Script=Common}\p{Script=Inherited}]+$/u.test(cluster)
}

/** Format characters a font may lack without harm: they are dropped rather than drawn as boxes. */
export const ignorable = /\u200C|\u200D|\uFE0E|\uFE0F/g

const anyScript =
  /[\u0590-\u05FF\uFB1D-\uFB4F\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\u0900-\u097F\uA8E0-\uA8FF\u0E00-\u0E7F\u1780-\u17FF\u19E0-\u19FF\u1100-\u11FF\u1F00-\u1FFF\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF\u{1F000}-\u{1FAFF}\u{20000}-\u{3FFFF}\u2600-\u27BF]/u

/**
 * The script font families some text may need, by scanning its characters: cheap enough to run over a
 * whole publication before layout, so that only those fonts are parsed, hashed and sent to workers.
 */
export function familiesIn(text: string): Set<Family> {
  const found = new Set<Family>()
  if (!anyScript.test(text)) return found
  for (const {segment} of graphemes(text)) {
    const family = familyOf(segment)
    if (family) found.add(family)
  }
  return found
}

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'})

/** UTF-16 units segmented at once: Node's segmenter slows down with the square of a long string's length. */
const window = 256

/**
 * Characters between which a grapheme cluster always ends (UAX #29): letters, digits and spaces of the
 * BMP, but not Hangul jamo (rules GB6–GB8) nor the few letters that are Prepend (GB9b).
 */
const plain = /[\p{L}\p{N}\p{Zs}]/u
const jamo = /[\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]/
const prepend = /[\u0d4e]/
const safeCut = (text: string, at: number) =>
  plain.test(text[at - 1]!) && plain.test(text[at]!) && !jamo.test(text[at]!) && !prepend.test(text[at - 1]!)

/**
 * Extended grapheme clusters (UAX #29) of a string, each with its UTF-16 index. Node's `Intl.Segmenter`
 * took 10.5 s over 100,000 letters without a break (0.1 s over 10,000), so a long text is segmented a
 * window at a time, each window ending between two letters, digits or spaces, where no rule can join
 * the clusters on either side; a stretch of 16 windows with no such place is cut where it reaches.
 */
export function* graphemes(text: string): Generator<{segment: string; index: number}> {
  let start = 0
  while (start < text.length) {
    let end = Math.min(text.length, start + window)
    while (end < text.length && !safeCut(text, end) && end - start < 16 * window) end++
    for (const {segment, index} of segmenter.segment(text.slice(start, end))) yield {segment, index: start + index}
    start = end
  }
}
