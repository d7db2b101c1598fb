/**
 * Hyphenation for justified paragraphs: Liang's patterns (the TeX hyph-utf8 sets) as packaged by
 * `hyphen`, one module per language, loaded on first use. The soft hyphens (U+00AD) this adds are
 * break opportunities for line layout only (line-layout.ts): they are never drawn, and the one line
 * that ends at such a place draws a hyphen that the text layer does not carry (see `drawLayout`).
 * Languages whose scripts are not hyphenated this way (CJK, Arabic, Hebrew, Indic) get none.
 */
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)

/** A function that puts soft hyphens between a text's syllables. */
export type Hyphenator = (text: string) => string

/**
 * BCP 47 language (lowercase) → the `hyphen` module for it. Only Latin, Cyrillic and Greek scripts,
 * whose paragraphs are justified; the first matching prefix wins (`en-gb` before `en`).
 */
const modules: Record<string, string> = {
  af: 'af',
  be: 'be',
  bg: 'bg',
  ca: 'ca',
  cs: 'cs',
  cy: 'cy',
  da: 'da',
  de: 'de',
  'de-ch': 'de-ch-1901',
  el: 'el-monoton',
  en: 'en-us',
  'en-gb': 'en-gb',
  es: 'es',
  et: 'et',
  eu: 'eu',
  fi: 'fi',
  fr: 'fr',
  ga: 'ga',
  gl: 'gl',
  hr: 'hr',
  hu: 'hu',
  id: 'id',
  is: 'is',
  it: 'it',
  la: 'la',
  lt: 'lt',
  lv: 'lv',
  mk: 'mk',
  nb: 'nb',
  nl: 'nl',
  nn: 'nn',
  no: 'nb',
  pl: 'pl',
  pt: 'pt',
  ro: 'ro',
  ru: 'ru',
  sk: 'sk',
  sl: 'sl',
  sq: 'sq',
  sr: 'sr',
  sv: 'sv',
  tr: 'tr',
  uk: 'uk'
}

const loaded = new Map<string, Hyphenator | null>()

/** Words kept hyphenated per language before the cache starts again. */
const cached = 50_000
/** The longest token hyphenated, in UTF-16 units. */
const longest = 48
/** A token of 6 to `longest` characters between spaces or zero-width spaces. */
const word = new RegExp(`(?<![^\\s\\u200b])[^\\s\\u200b]{6,${longest}}(?![^\\s\\u200b])`, 'g')

/** The module name for a language tag, or null when it is not hyphenated. */
export function hyphenModuleOf(lang: string): string | null {
  const parts = lang.toLowerCase().split('-')
  for (let n = parts.length; n > 0; n--) {
    const name = modules[parts.slice(0, n).join('-')]
    if (name) return name
  }
  return null
}

/** The hyphenator for `lang`, or null for a language without patterns here. */
export function hyphenatorFor(lang: string | undefined): Hyphenator | null {
  const name = lang ? hyphenModuleOf(lang) : null
  if (!name) return null
  let hyphenator = loaded.get(name)
  if (hyphenator === undefined) {
    const module = require(`hyphen/${name}`) as {
      hyphenateSync: (text: string, options?: {minWordLength?: number}) => string
    }
    // Words under six letters are not worth a break (TeX's \lefthyphenmin/\righthyphenmin do the rest);
    // longer tokens than `longest` are not words (URLs, the pieces of clean-text.ts's long tokens), and
    // the package's time grows faster than their length: a 100 kB token took seconds. One word at a time.
    // Words repeat: each is hyphenated once (the cache is dropped when it grows past `cached` words).
    const seen = new Map<string, string>()
    hyphenator = (text) =>
      text.replace(word, (found) => {
        let done = seen.get(found)
        if (done === undefined) {
          if (seen.size >= cached) seen.clear()
          done = module.hyphenateSync(found, {minWordLength: 6})
          seen.set(found, done)
        }
        return done
      })
    loaded.set(name, hyphenator)
  }
  return hyphenator
}
