/**
 * Names as the people index compares them, and the addresses of their pages. Two names are the
 * same name when their keys are equal: Unicode compatibility normalization (NFKC, UAX #15), case
 * folding, and every run of spaces, punctuation and symbols read as one space ("Andrew Korybko",
 * "ANDREW  KORYBKO", "Andrew Korybko." share the key `andrew korybko`). Nothing else is folded:
 * not accents ("José" and "Jose" stay two names), not scripts ("Андрей Корыбко" and "Andrew
 * Korybko" stay two), not initials ("A. Korybko"). https://unicode.org/reports/tr15/
 */
import {createHash} from 'node:crypto'

/** Spaces, punctuation, symbols and invisible controls: one separator between the words of a key. */
const separators = /[\s\p{Z}\p{P}\p{S}\p{Cc}\p{Cf}]+/gu

/**
 * Unicode full case folding where JavaScript's lower case differs from it: "ß" → "ss" (through
 * upper case, "SS"), the final sigma "ς" → "σ" (CaseFolding.txt, status F and C).
 */
function caseFold(text: string): string {
  return text.toLowerCase().toUpperCase().toLowerCase().replace(/ς/gu, 'σ')
}

/** The steps of `nameKey`, in order, each with how `sameNameReason` names it. */
const foldings: Array<[string, (text: string) => string]> = [
  ['Unicode-normalized (NFC)', (text) => text.normalize('NFC')],
  ['compatibility-normalized (NFKC)', (text) => text.normalize('NFKC')],
  ['case-folded', (text) => caseFold(text).normalize('NFKC')],
  ['spaces and punctuation folded', (text) => text.replace(separators, ' ').trim()]
]

/** The key two names must share to be one name: NFKC, case-folded, spaces and punctuation as one space. */
export function nameKey(name: string): string {
  return foldings.reduce((folded, [, fold]) => fold(folded), name)
}

/**
 * Why two names with one key are the same name, in the index's words: "same name" when they are
 * equal, else the foldings that made them equal ("same name, case-folded", "same name, case-folded,
 * spaces and punctuation folded"). Null when their keys differ.
 */
export function sameNameReason(a: string, b: string): string | null {
  if (nameKey(a) !== nameKey(b)) return null
  if (a === b) return 'same name'
  // A folding is named when the names differ without it (the others all applied).
  const without = (skip: number, text: string) =>
    foldings.reduce((folded, [, fold], index) => (index === skip ? folded : fold(folded)), text)
  const steps = foldings.flatMap(([step], index) => (without(index, a) === without(index, b) ? [] : [step]))
  if (steps.length === 0) steps.push('Unicode-normalized')
  return ['same name', ...steps].join(', ')
}

/** A key made only of ASCII letters, digits and single spaces reads as its own slug. */
const readable = /^[a-z0-9]+(?: [a-z0-9]+)*$/u
/** Slugs stay short enough for any file system (255 bytes) with room for `.html` and a suffix. */
const maxReadable = 64

/**
 * The address of the page of a name with this key: safe in file names and URLs on every system,
 * the same on every build, and different for different keys.
 *
 * - A key of ASCII letters and digits is its own slug, spaces as hyphens: `andrew-korybko`.
 * - Any other key (accents, other scripts, more than 64 characters) is its ASCII letters and digits
 *   (accents dropped, at most 40 characters; `name` when there are none) then `--` and the first 12
 *   hexadecimal digits of the SHA-256 of the key: `jose-ruiz--5e0d9c41a7b2`, `name--0c6c3b5f2e19`.
 *
 * A readable slug never holds `--`, so the two kinds never meet; two keys share a hashed slug only
 * if their 48-bit hashes do (about one chance in 10^10 among 1,000 names), and the index
 * (`indexPeople`) still gives each its own page if they ever do.
 */
export function slugOf(key: string): string {
  if (readable.test(key) && key.length <= maxReadable) return key.replaceAll(' ', '-')
  const ascii = key
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/gu, '')
  const hash = createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 12)
  return `${ascii || 'name'}--${hash}`
}

/** The slug of a name's page (`slugOf(nameKey(name))`). */
export function nameSlug(name: string): string {
  return slugOf(nameKey(name))
}
