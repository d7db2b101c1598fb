/**
 * How scraped interviews mark their questions, as patterns shared by the readers of each
 * convention and by the plain-text splitter.
 */
import {nameSource} from '../../text/names.js'
import {lexicon} from '../../languages/index.js'
import {matchChrome} from '../strip-chrome.js'

import {endsWithQuestion, hasQuestionMark} from '../../text/sentence-marks.js'

export {endsWithQuestion, hasQuestionMark}

/**
 * `1. `, `1) `, `Q1. `, `Q1: `, `Question 1: `, `Question 1 – `. The separator needs a space after
 * it, and a dash only follows up to three digits, so "2.5 percent" and "2023 - after" are not
 * questions. Groups: 1 prefix, 2 or 3 the number, 4 the text.
 */
export const numbered = new RegExp(
  `^((?:[-–—•]\\s+)?(?:(?:${lexicon('questionNumberLead')}|No\\.?)\\s*[-–]?\\s*)?(?:(\\d{1,5})\\s*[.):]\\s+|(\\d{1,3})\\s+[-–—]\\s+|(\\d{1,3})\\.(?=\\p{Lu})))(\\S.*)$`,
  'iu'
)

/**
 * `Q:`, `A.`, `Q -`, `Question:`, `Answer:`, `Q1.`/`A1.`, `प्रश्न-1.` (the number after a hyphen is
 * part of the prefix), `Q (Tass):` (an outlet in brackets, then a colon); not the initial in "A. Q. Khan".
 */
const qaPrefixRe = new RegExp(
  `^((?:[a-z]{1,3}\\s?:\\s+(?=[QPFВ]))?(${lexicon(['questionPrefix', 'answerPrefix'])})(?:[-–—](?=\\d))?(\\d{0,3})(?:\\s*\\(([^()]{1,40})\\)(?=\\s*[:：]))?\\s*(?:[:.)：]|\\s[-–—]|[-–—])\\s*)(\\S.*)$`,
  'iu'
)
const questionWord = new RegExp(`^${lexicon('questionPrefix')}$`, 'iu')

export interface PrefixMatch {
  prefix: number
  kind: 'q' | 'a'
  number: string | null
  rest: string
  /** What the prefix says in brackets ("Q (Tass):" → "Tass"), a time stamp excepted; null without. */
  affiliation: string | null
  /** The prefix word as printed ("Q", "Question", "В"). */
  word: string
}

/** Read a `Q:`/`A:` style prefix. */
export function qaPrefix(text: string): PrefixMatch | null {
  const m = qaPrefixRe.exec(text)
  if (!m) return null
  const rest = m[5]!
  // "A. Q. Khan", "Q. E. D." are initials, not prefixes.
  if (
    /^[.]/.test(
      m[1]!
        .replace(/^[a-z]{1,3}\s?:\s+/i, '')
        .slice(m[2]!.length + m[3]!.length)
        .trim()
    ) &&
    /^\p{Lu}\.(?:\s|$)/u.test(rest)
  )
    return null
  return {
    prefix: m[1]!.length,
    kind: questionWord.test(m[2]!) ? 'q' : 'a',
    number: m[3] || null,
    rest,
    affiliation: labelAffiliation(m[4]),
    word: m[2]!
  }
}

/** A time stamp in a label's brackets ("Speaker 1 (01:02):"): not an affiliation. */
export const isStamp = (bracket: string) => /^\d{1,2}:\d{2}(?::\d{2})?$/u.test(bracket.trim())

/** What a label's brackets say, as an affiliation: null for none, an empty pair or a time stamp. */
export function labelAffiliation(bracket: string | undefined): string | null {
  const text = bracket?.replace(/\s+/gu, ' ').trim() ?? ''
  return text === '' || isStamp(text) ? null : text
}

// An optional timestamp ("[00:12:31] ", "(12:31) "), the name, an optional "(Reuters)", the colon.
const stamp = '(?:[[(]?\\d{1,2}:\\d{2}(?::\\d{2})?[\\])]?\\s+)?'
/** A capitalised name of up to four words (with particles), in any cased script. */
const casedName = `\\p{Lu}[\\p{L}\\p{M}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.\\-]*|${lexicon('nameParticle')})){0,3}`
/** An ALL-CAPS label of up to six words: "DAILY BRIEF", "TİCARET BAKANI NURHAN EKİNCİOĞLU", "THE MODERATOR". */
const capsName = "\\p{Lu}[\\p{Lu}\\p{M}'’.&\\-]*(?:\\s+[\\p{Lu}\\p{M}'’.&\\-]+){0,5}"
/** A site's lower-case abbreviation ("zsf"). */
const abbreviation = '\\p{Ll}{2,5}'
/** A name in any script without letter case (\p{Lo}: Han, kana, Hangul, Arabic, Devanagari, Bengali, Thai…): 1–4 words, or 2–12 characters with "·". */
const uncasedName = '[\\p{Lo}\\p{M}·・•]{2,12}|[\\p{Lo}\\p{M}]+(?:\\s[\\p{Lo}\\p{M}]+){0,3}'
const label = new RegExp(
  `^(${stamp}((?:${capsName}|${casedName})(?:[\\s_]\\d{1,2})?|${uncasedName}|${abbreviation})(?:\\s*\\(([^)]{1,40})\\))?(?:,\\s+[\\p{Lu}\\s]{2,30})?\\s*[:：]\\s*)(\\S.*)?$`,
  'u'
)
const notSpeakers = new Set([
  'note',
  'notes',
  "editor's note",
  'editor’s note',
  'update',
  'updated',
  'source',
  'sources',
  'photo',
  'photos',
  'image',
  'video',
  'watch',
  'listen',
  'credit',
  'credits',
  'caption',
  'disclaimer',
  'correction',
  'translation',
  'warning',
  'read more',
  'related',
  'also read',
  'q',
  'a',
  'question',
  'answer',
  'ans',
  'tags',
  'tag',
  'category',
  'categories',
  'topics',
  'topic',
  'see also',
  'example',
  'for example',
  'first',
  'second',
  'third',
  'finally',
  'conclusion',
  'summary',
  'background',
  'context',
  'published',
  'posted',
  'date',
  'by',
  'author',
  'location',
  'dateline',
  'filed under',
  'keywords',
  'subject',
  'image credit',
  'photo credit',
  'transcript',
  'important',
  'reminder',
  'interview',
  'q&a',
  'q & a',
  'entretien',
  'entrevista',
  'интервью',
  'p',
  'r',
  'f',
  'ti',
  'http',
  'https',
  'www',
  'tel',
  'fax',
  'e-mail',
  'email',
  'mail',
  'and',
  'but',
  'the',
  'also',
  'so',
  'yes',
  'no',
  'now',
  'then',
  'here',
  'there',
  'why',
  'how',
  'what',
  'when',
  'this',
  'that',
  'his',
  'her',
  'our',
  'for',
  'via',
  'von',
  'und'
])

/** True for a label-shaped head that names no speaker: a field ("Source", "Tags"), "Q", a connective. */
export const notSpeaker = (name: string) => notSpeakers.has(name.replace(/[.]$/, '').trim().toLowerCase())

/**
 * A speaker label (`Jane Doe: `, `KHAN: `, `AK: `, `zsf: `, `DAILY BRIEF : `, `郑大使:`), or null.
 * `rest` is empty when the label stands on a line of its own and its turn follows.
 */
export function speakerOf(text: string): SpeakerMatch | null {
  const m = label.exec(text)
  if (!m) return null
  const name = m[2]!.replace(/[.]$/, '').trim()
  const affiliation = labelAffiliation(m[3])
  // "Q (Tass):" is a reporter's label in a briefing: the question word names the asker's role there.
  const asking = affiliation !== null && questionWord.test(name)
  if ((notSpeakers.has(name.toLowerCase()) && !asking) || name.split(/\s+/).length > 6) return null
  // A sentence that merely has a colon ("Beijing said: …") is not a label: labels are short.
  if (m[2]!.length > 48) return null
  // A lone label must look like one: capitalised or in a script without case.
  if (/^\p{Ll}/u.test(name) && !(m[4] ?? '').length && name.length > 5) return null
  return {name, prefix: m[1]!.length, rest: m[4] ?? '', bracket: m[3] ?? null, affiliation}
}

/** A speaker label read by `speakerOf`. */
export interface SpeakerMatch {
  /** The name before the brackets and colon ("Luis Moreno"). */
  name: string
  /** Characters of the label, colon and spaces included. */
  prefix: number
  /** The turn's words after the label; empty when the label stands alone. */
  rest: string
  /** What the label says in brackets, as printed ("El País", "01:02"), or null. */
  bracket: string | null
  /** The bracket as an affiliation (`labelAffiliation`): null without one or for a time stamp. */
  affiliation: string | null
}

/** Two labels that name the same speaker: same letters in any case, a surname, or initials. */
export function sameSpeaker(a: string, b: string): boolean {
  const [x, y] = [a.toLocaleLowerCase(), b.toLocaleLowerCase()]
  if (x === y) return true
  const [short, long] = x.length < y.length ? [x, y] : [y, x]
  const words = long.split(/\s+/)
  if (words.length > 1 && words.at(-1) === short) return true
  const initials = words.map((w) => w[0]).join('')
  return words.length > 1 && initials === short.replace(/[.\s]/g, '')
}

const questionNumber = new RegExp(`^(?:[-–—•]\\s+)?${lexicon('questionNumberLead')}`, 'iu')

/** True when a line opens a question in any convention (used to split text and spot titles). */
export function isQuestionStart(text: string): boolean {
  const n = numbered.exec(text)
  if (n && (hasQuestionMark(n[5]!) || questionNumber.test(n[1]!))) return true
  return qaPrefix(text)?.kind === 'q'
}

/** A line that opens a structural unit: a numbered item, a prefixed question or answer, a speaker turn. */
function opensTurn(text: string): boolean {
  return numbered.test(text) || qaPrefix(text) !== null || speakerOf(text) !== null
}

const nameLine = new RegExp(`^${nameSource}\\.?$`, 'u')
const transcriptFurniture = new RegExp(
  `^[[(]?\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?[\\])]?$|^${lexicon('speakerWord', ['en', 'de', 'fr', 'es', 'ru'])}[\\s_]*\\d{1,2}$|-->`,
  'iu'
)
const bylineStart = new RegExp(`^${lexicon('byName', undefined, {capitalized: true})}\\s+\\p{Lu}`, 'u')

/**
 * True when a plain-text line must begin a new unit: it opens a question, an answer or a speaker's
 * turn, is chrome, or follows the last line of a question (answers often start on the next line,
 * and a hard-wrapped question ends with its `?`).
 */
export function startsBlock(text: string, previous = '', first = previous): boolean {
  // Transcript furniture stands alone: "Speaker 1", "00:05", and the segment after them.
  const furniture = transcriptFurniture
  if (furniture.test(text) || furniture.test(previous)) return true
  // A byline ("By Tomas Veyra") or a name alone on its line never continues the headline above it.
  if (bylineStart.test(text) || (text.split(/\s+/).length <= 4 && nameLine.test(text))) return true
  // A bullet ("* ", "• ", "- ") is an item of its own, not the rest of the line before.
  if (opensTurn(text) || matchChrome(text) !== undefined || /^[*•·▪◦■●–-]\s+\S|^(?:──|——|――)\S/u.test(text)) return true
  return endsWithQuestion(previous) && opensTurn(first)
}
