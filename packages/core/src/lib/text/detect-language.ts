/**
 * Detect the language of a text: the writing system first (letters counted per Unicode script),
 * then, within a script several languages share, franc's trigram model restricted to the
 * languages that script is used for. Script counting settles Chinese, Japanese, Korean and Hindi
 * even in short texts, where trigram models guess; franc (https://github.com/wooorm/franc)
 * separates English from French or Urdu from Persian.
 */
import {francAll} from 'franc'
import {iso6393To1} from 'iso-639-3'
import {stopwordShares} from './stopwords.js'

export interface LanguageGuess {
  /** ISO 639-1 code (`en`, `ur`, `zh`…), or `und` when there is no text to judge. */
  lang: string
  /** 0..1: the share of letters in the winning script times franc's margin over the runner-up. */
  confidence: number
  /** Why, in words, for `dossier check` ("Arabic script 96%; franc: urd 1.00, pes 0.93"). */
  evidence: string
}

/** Scripts counted, with the languages (ISO 639-3) franc may choose among for each. */
const scripts: Array<{name: string; re: RegExp; only: string[] | null; fixed?: string}> = [
  {name: 'Hangul', re: /\p{Script=Hangul}/u, only: null, fixed: 'ko'},
  {name: 'Kana', re: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, only: null, fixed: 'ja'},
  {name: 'Han', re: /\p{Script=Han}/u, only: null, fixed: 'zh'},
  {
    name: 'Arabic',
    re: /\p{Script=Arabic}/u,
    // not words: ISO 639-3 codes (franc's)
    only: ['arb', 'urd', 'pes', 'prs', 'pbu', 'skr', 'pnb', 'snd', 'uig', 'ckb']
  },
  // not words: ISO 639-3 codes (franc's)
  {name: 'Devanagari', re: /\p{Script=Devanagari}/u, only: ['hin', 'mar', 'npi', 'mai', 'bho', 'awa', 'san']},
  {name: 'Bengali', re: /\p{Script=Bengali}/u, only: ['ben', 'asm']},
  {
    name: 'Cyrillic',
    re: /\p{Script=Cyrillic}/u,
    // not words: ISO 639-3 codes (franc's)
    only: ['rus', 'ukr', 'bel', 'bul', 'srp', 'mkd', 'kaz', 'kir', 'tgk', 'tat', 'bak', 'khk']
  },
  {name: 'Greek', re: /\p{Script=Greek}/u, only: null, fixed: 'el'},
  {name: 'Hebrew', re: /\p{Script=Hebrew}/u, only: ['heb', 'ydd']},
  {name: 'Thai', re: /\p{Script=Thai}/u, only: null, fixed: 'th'},
  {name: 'Georgian', re: /\p{Script=Georgian}/u, only: null, fixed: 'ka'},
  {name: 'Armenian', re: /\p{Script=Armenian}/u, only: null, fixed: 'hy'},
  // Scripts one language writes (as our sources use them): the script is the language.
  {name: 'Tamil', re: /\p{Script=Tamil}/u, only: null, fixed: 'ta'},
  {name: 'Telugu', re: /\p{Script=Telugu}/u, only: null, fixed: 'te'},
  {name: 'Kannada', re: /\p{Script=Kannada}/u, only: null, fixed: 'kn'},
  {name: 'Malayalam', re: /\p{Script=Malayalam}/u, only: null, fixed: 'ml'},
  {name: 'Gujarati', re: /\p{Script=Gujarati}/u, only: null, fixed: 'gu'},
  {name: 'Gurmukhi', re: /\p{Script=Gurmukhi}/u, only: null, fixed: 'pa'},
  {name: 'Oriya', re: /\p{Script=Oriya}/u, only: null, fixed: 'or'},
  {name: 'Sinhala', re: /\p{Script=Sinhala}/u, only: null, fixed: 'si'},
  {name: 'Khmer', re: /\p{Script=Khmer}/u, only: null, fixed: 'km'},
  {name: 'Lao', re: /\p{Script=Lao}/u, only: null, fixed: 'lo'},
  {name: 'Myanmar', re: /\p{Script=Myanmar}/u, only: null, fixed: 'my'},
  {name: 'Tibetan', re: /\p{Script=Tibetan}/u, only: null, fixed: 'bo'},
  {name: 'Thaana', re: /\p{Script=Thaana}/u, only: null, fixed: 'dv'},
  // not words: ISO 639-3 codes (franc's)
  {name: 'Ethiopic', re: /\p{Script=Ethiopic}/u, only: ['amh', 'tir']},
  {
    name: 'Latin',
    re: /\p{Script=Latin}/u,
    // not words: ISO 639-3 codes (franc's)
    only: [
      'eng',
      'fra',
      'deu',
      'spa',
      'por',
      'ita',
      'nld',
      'tur',
      'pol',
      'ces',
      'slk',
      'ron',
      'hun',
      'swe',
      'dan',
      'nob',
      'fin',
      'ind',
      'zlm',
      'vie',
      'tgl',
      'hrv',
      'slv',
      'lit',
      'lav',
      'est',
      'cat',
      'uzn',
      'azj',
      'swh',
      'hau',
      'yor',
      'som'
    ]
  }
]

/** Individual languages franc returns whose ISO 639-1 code belongs to their macrolanguage. */
const macro: Record<string, string> = {
  arb: 'ar',
  pes: 'fa',
  prs: 'fa',
  zlm: 'ms',
  uzn: 'uz',
  azj: 'az',
  swh: 'sw',
  khk: 'mn',
  npi: 'ne',
  pbu: 'ps',
  ekk: 'et',
  lvs: 'lv',
  nob: 'nb'
}

/** Letters Urdu writes and Persian and Arabic do not (ٹ ڈ ڑ ں ہ ھ ے): franc's short-text guesses need the help. */
const urduLetters = /[\u0679\u0688\u0691\u06ba\u06c1\u06be\u06d2]/gu
/** Letters Persian and Urdu write and Arabic does not (پ چ ژ گ ک ی). */
const persoArabicLetters = /[\u067e\u0686\u0698\u06af\u06a9\u06cc]/gu

const letter = /\p{L}/u

/**
 * Guess the language of `text` (the content of one publication, chrome removed if possible).
 * Pure and deterministic; about 1 ms for 10 kB (franc looks at the first 2,048 characters).
 */
export function detectLanguage(text: string): LanguageGuess {
  const counts = new Map<string, number>()
  let letters = 0
  // The first 8,000 characters tell the script as well as a whole 50 MB file would.
  for (const ch of text.length > 8000 ? text.slice(0, 8000) : text) {
    const code = ch.codePointAt(0)!
    // ASCII letters are Latin and the common case: no regular expression for them.
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) {
        letters++
        counts.set('Latin', (counts.get('Latin') ?? 0) + 1)
      }
      continue
    }
    if (!letter.test(ch)) continue
    letters++
    const script = scripts.find((s) => s.re.test(ch))
    if (script) counts.set(script.name, (counts.get(script.name) ?? 0) + 1)
  }
  if (letters === 0) return {lang: 'und', confidence: 0, evidence: 'no letters'}
  // Kana with Han is Japanese, whatever the share of each.
  const kana = counts.get('Kana') ?? 0
  if (kana > 0 && kana >= (counts.get('Han') ?? 0) * 0.1) counts.set('Kana', kana + (counts.get('Han') ?? 0))
  const [name, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['Latin', 0]
  const share = count / letters
  const script = scripts.find((s) => s.name === name)!
  const scriptWords = `${name} script ${Math.round(share * 100)}%`
  if (script.fixed) return {lang: script.fixed, confidence: round(share), evidence: scriptWords}

  const sample = [...text.slice(0, 4000)].filter((ch) => !letter.test(ch) || script.re.test(ch)).join('')
  if (name === 'Arabic') {
    const urdu = sample.match(urduLetters)?.length ?? 0
    const perso = sample.match(persoArabicLetters)?.length ?? 0
    if (urdu >= 3)
      return {lang: 'ur', confidence: round(share), evidence: `${scriptWords}; ${urdu} letters only Urdu writes`}
    // Arabic writes none of these (its yeh and kaf are ي ك).
    if (perso >= 3)
      return {
        lang: 'fa',
        confidence: round(share),
        evidence: `${scriptWords}; ${perso} letters Persian writes and Arabic does not`
      }
  }
  // Function words settle most texts at a fraction of a trigram model's cost (jusText's signal);
  // franc decides where they do not (short texts, close languages).
  // The languages our sources come in first; franc weighs the rest when function words do not settle it.
  const candidates = (script.only ?? []).slice(0, 12).map((code) => macro[code] ?? iso6393To1[code] ?? code)
  const words = sample.slice(0, 1200)
  const shares = stopwordShares(words, [...new Set(candidates)])
  const [top, runner] = shares
  if (top && top[1] >= 0.25 && top[1] >= (runner?.[1] ?? 0) * 1.6) {
    return {
      lang: top[0],
      confidence: round(share * Math.min(1, top[1] * 2)),
      evidence: `${scriptWords}; stopwords: ${top[0]} ${top[1].toFixed(2)}${runner ? `, ${runner[0]} ${runner[1].toFixed(2)}` : ''}`
    }
  }
  const ranked = francAll(sample.slice(0, 1000), {only: script.only ?? undefined, minLength: 3})
  const [first, second] = ranked
  if (!first || first[0] === 'und')
    return {lang: fallback(name), confidence: round(share * 0.5), evidence: `${scriptWords}; too little text for franc`}
  const margin = second ? first[1] - second[1] : 1
  const code = macro[first[0]] ?? iso6393To1[first[0]] ?? first[0]
  return {
    lang: code,
    confidence: round(share * Math.min(1, 0.5 + margin * 5)),
    evidence: `${scriptWords}; franc: ${ranked
      .slice(0, 2)
      .map(([l, s]) => `${l} ${s.toFixed(2)}`)
      .join(', ')}`
  }
}

function fallback(script: string): string {
  return {Arabic: 'ar', Devanagari: 'hi', Bengali: 'bn', Cyrillic: 'ru', Hebrew: 'he', Ethiopic: 'am'}[script] ?? 'en'
}

const round = (n: number) => Math.round(n * 100) / 100
