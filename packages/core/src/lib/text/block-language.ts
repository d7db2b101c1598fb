/**
 * A block's own language, where it differs from its publication's: an Urdu stanza in an English
 * interview, an English paragraph in a Russian article. The guess is `detectLanguage`'s (letters
 * counted per Unicode script, then franc within the script); a block in one of its publication's
 * own scripts keeps the publication's language unless the text is long and the guess sure, so a
 * short English paragraph is never marked as Dutch, nor a kanji-only heading of a Japanese text as
 * Chinese.
 */
import {detectLanguage} from './detect-language.js'
import {stopwordShare} from './stopwords.js'
import {countScripts, directionOf, dominantScript, scriptsOf} from './scripts.js'

/** The language and direction of a block, each present only where it differs from the publication's. */
export interface BlockLanguage {
  lang?: string
  dir?: 'ltr' | 'rtl'
}

/** Shortest text, in characters, whose language may differ from a publication in the same script. */
const sameScriptLength = 120
/** Least confidence for that. */
const sameScriptConfidence = 0.9

const primary = (lang: string) => lang.toLowerCase().split(/[-_]/)[0] ?? ''

/** A block's language and direction where they differ from its publication's (`publicationLang`). */
export function blockLanguage(text: string, publicationLang: string): BlockLanguage {
  const script = dominantScript(countScripts(text))
  if (!script) return {}
  const sameScript = scriptsOf(publicationLang).includes(script)
  // Decided before any trigram model runs: most blocks are in their publication's script, and short.
  if (sameScript && (script === 'Han' || text.length < sameScriptLength)) return {}
  // Prose dense in the publication's own function words is in its language: no trigram model needed.
  const share = sameScript ? stopwordShare(text, publicationLang) : null
  if (share !== null && share >= 0.2) return {}
  // A few sentences tell a language as well as the whole block, at a fraction of franc's cost.
  const guess = detectLanguage(text.slice(0, 600))
  if (guess.lang === 'und' || primary(guess.lang) === primary(publicationLang)) return {}
  if (scriptsOf(publicationLang).includes(script)) {
    if (script === 'Han' || [...text].length < sameScriptLength || guess.confidence < sameScriptConfidence) return {}
  }
  const dir = directionOf(guess.lang)
  return dir === directionOf(publicationLang) ? {lang: guess.lang} : {lang: guess.lang, dir}
}
