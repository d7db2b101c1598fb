/**
 * Stopword density (jusText's signal): the share of a text's words that are the most common
 * function words of a language, from stopwords-iso (https://github.com/stopwords-iso, MIT). Ordinary
 * prose in a language scores 0.3–0.6 against its own list and near 0 against another language's;
 * it is a cheap first test before a trigram model is asked.
 */
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)
const lists = require('stopwords-iso') as Record<string, string[]>
const sets = new Map<string, Set<string>>()

/** The stopword set of a language (ISO 639-1), or null when stopwords-iso has none. */
function setOf(lang: string): Set<string> | null {
  const code = lang.toLowerCase().split(/[-_]/)[0] ?? ''
  if (!sets.has(code)) sets.set(code, lists[code] ? new Set(lists[code]) : new Set())
  const set = sets.get(code)!
  return set.size > 0 ? set : null
}

/** Share (0..1) of the words of `text` that are stopwords of `lang`; null when the language has no list or the text no words. */
export function stopwordShare(text: string, lang: string): number | null {
  const set = setOf(lang)
  if (!set) return null
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{M}'’]+/u)
    .filter(Boolean)
  if (words.length === 0) return null
  return words.filter((w) => set.has(w)).length / words.length
}

/** Stopword shares of one text for several languages at once (the text is split once), best first. */
export function stopwordShares(text: string, langs: string[]): Array<[string, number]> {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{M}'’]+/u)
    .filter(Boolean)
  if (words.length === 0) return []
  const out: Array<[string, number]> = []
  for (const lang of langs) {
    const set = setOf(lang)
    if (!set) continue
    let hits = 0
    for (const word of words) if (set.has(word)) hits++
    out.push([lang, hits / words.length])
  }
  return out.sort((a, b) => b[1] - a[1])
}
