/**
 * Writing systems: which script a text is mostly written in (by the Unicode Script property of its
 * letters), which scripts a language is written in, and which languages run right to left.
 */

/** Scripts told apart, each with the Unicode Script property value that matches its letters. */
// not words: Unicode Script property values
const scripts = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Arabic',
  'Hebrew',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Tamil',
  'Thai',
  'Georgian',
  'Armenian',
  'Ethiopic',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Syriac',
  'Thaana'
] as const

export type Script = (typeof scripts)[number]

const matchers = scripts.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const)

/** How many letters of each script a text has (only scripts that occur). */
export function countScripts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>()
  let latin = 0
  // A block's first 2,000 characters tell its script; ASCII letters need no regular expression.
  for (const char of text.length > 2000 ? text.slice(0, 2000) : text) {
    const code = char.charCodeAt(0)
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) latin++
      continue
    }
    if (!/\p{L}/u.test(char)) continue
    for (const [name, re] of matchers) {
      if (re.test(char)) {
        counts.set(name, (counts.get(name) ?? 0) + 1)
        break
      }
    }
  }
  if (latin > 0) counts.set('Latin', (counts.get('Latin') ?? 0) + latin)
  return counts
}

/** The script most letters of a text are in, or null for a text without letters. */
export function dominantScript(counts: Map<Script, number>): Script | null {
  let best: Script | null = null
  let most = 0
  for (const [name, count] of counts) {
    if (count > most) [best, most] = [name, count]
  }
  return best
}

// Primary language subtag → the scripts it is written in (default: Latin).
const scriptsOfLanguage: Record<string, Script[]> = {
  ar: ['Arabic'],
  fa: ['Arabic'],
  ur: ['Arabic'],
  ps: ['Arabic'],
  sd: ['Arabic'],
  ug: ['Arabic'],
  ckb: ['Arabic'],
  pa: ['Gurmukhi'],
  he: ['Hebrew'],
  yi: ['Hebrew'],
  hi: ['Devanagari'],
  mr: ['Devanagari'],
  ne: ['Devanagari'],
  sa: ['Devanagari'],
  bn: ['Bengali'],
  ta: ['Tamil'],
  th: ['Thai'],
  ka: ['Georgian'],
  hy: ['Armenian'],
  am: ['Ethiopic'],
  dv: ['Thaana'],
  syr: ['Syriac'],
  zh: ['Han'],
  ja: ['Han', 'Hiragana', 'Katakana'],
  ko: ['Hangul', 'Han'],
  ru: ['Cyrillic'],
  uk: ['Cyrillic'],
  be: ['Cyrillic'],
  bg: ['Cyrillic'],
  sr: ['Cyrillic', 'Latin'],
  mk: ['Cyrillic'],
  kk: ['Cyrillic'],
  ky: ['Cyrillic'],
  mn: ['Cyrillic'],
  tg: ['Cyrillic'],
  el: ['Greek']
}

/** The scripts a language (BCP 47 tag) is written in; a script subtag (`uz-Cyrl`) wins. */
export function scriptsOf(lang: string): Script[] {
  const parts = lang.split(/[-_]/)
  const subtag = parts.find((part, index) => index > 0 && part.length === 4)
  if (subtag) {
    const named = {
      Arab: 'Arabic',
      Cyrl: 'Cyrillic',
      Latn: 'Latin',
      Deva: 'Devanagari',
      Hans: 'Han',
      Hant: 'Han',
      Hebr: 'Hebrew'
    }[subtag[0]!.toUpperCase() + subtag.slice(1).toLowerCase()] as Script | undefined
    if (named) return [named]
  }
  return scriptsOfLanguage[(parts[0] ?? '').toLowerCase()] ?? ['Latin']
}

// not words: BCP 47 language subtags
const rtlLanguages = new Set(['ar', 'fa', 'ur', 'ps', 'sd', 'ug', 'ckb', 'he', 'yi', 'dv', 'syr', 'ku-arab'])

/** `rtl` for a language written right to left (Arabic, Persian, Urdu, Hebrew…), else `ltr`. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  const lower = lang.toLowerCase()
  if (/-arab\b|-hebr\b/.test(lower)) return 'rtl'
  return rtlLanguages.has(lower.split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr'
}
