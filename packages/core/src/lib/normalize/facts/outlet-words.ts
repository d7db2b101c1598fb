/**
 * Whether a short span is shaped like an outlet's name rather than a person's: it holds a word that
 * names a periodical, station or institution in some language (`mastheadWord`: "Radio", "Diario",
 * "نیوز", "网", "新聞", "দৈনিক"), or it is a site address ("Sahelinfo.net", "Cathay.org.cn").
 * In scripts written without spaces the word may close the name ("人民網", "木材保全協会").
 */
import {lexicon, packs, phrases} from '../../languages/index.js'

const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u
const byLang = new Map<string, {words: Set<string>; suffixes: string[]}>()

/**
 * The outlet words of the page's language (a French "tribune" is an op-ed, not a paper), and
 * English's where the language lists none.
 */
function outletWords(lang: string) {
  const code = lang.toLowerCase().split(/[-_]/u)[0] || 'und'
  let found = byLang.get(code)
  if (!found) {
    const own = packs[code]?.lexicon.mastheadWord?.length ? [code] : ['en']
    const words = new Set(phrases('mastheadWord', code === 'en' ? own : [...own, 'und']))
    found = {words, suffixes: [...words].filter((w) => unspaced.test(w))}
    byLang.set(code, found)
  }
  return found
}

/** The span holds an outlet word of `lang` (whole word, any case; a closing word in Han or kana). */
export function hasOutletWord(span: string, lang: string): boolean {
  const {words, suffixes} = outletWords(lang)
  const lower = span.toLowerCase()
  if (lower.split(/[^\p{L}\p{M}\p{N}\u200c]+/u).some((w) => words.has(w))) return true
  // Multi-word phrases ("tạp chí") and closing words of unspaced scripts.
  if ([...words].some((w) => w.includes(' ') && ` ${lower} `.includes(` ${w} `))) return true
  return unspaced.test(span) && suffixes.some((w) => lower.endsWith(w) && lower.length > w.length)
}

let newsroomOnly: RegExp | null = null

/**
 * True when a name is made only of the words for a kind of piece or a part of a newsroom, in any
 * language: a genre or rubric ("Interview", "حوار", "گفتگو", "Opinion"; `interviewCue`, `pieceNoun`,
 * `rubric`) or a desk ("NEWS DESK", "ڈیسک", "редакция"; `newsroom`). Such a name labels a section
 * of a page, "حوار | مياه" (Interview | Water), "NEWS DESK | South Asia", and names no outlet.
 */
export function isNewsroomWords(name: string): boolean {
  newsroomOnly ??= new RegExp(
    `^(?:${lexicon(['interviewCue', 'pieceNoun', 'rubric', 'newsroom'], undefined, {words: 'whole'})}[\\s&/-]*)+$`,
    'iu'
  )
  return newsroomOnly.test(name.trim())
}

/** A site address printed as a name: letters, a dot, a domain ending of two or more letters. */
export function isSiteAddress(span: string): boolean {
  return /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u.test(span.trim())
}

/** Case and marks folded, for comparing a name in ALL CAPS, with accents, or a Turkish dotless i. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/gu, 'i').toLowerCase().replace(/\s+/gu, ' ').trim()
}
