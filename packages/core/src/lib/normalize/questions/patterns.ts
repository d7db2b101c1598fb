/**
 * How scraped interviews mark their questions, as patterns shared by the readers of each
 * convention and by the plain-text splitter.
 */
import {matchChrome} from '../strip-chrome.js'

/** `?` in Latin, Arabic (؟), full-width (？) and Greek (;) scripts. */
export const hasQuestionMark = (text: string) => /[?\u061f\uff1f\u037e]/.test(text)
export const endsWithQuestion = (text: string) => /[?\u061f\uff1f\u037e]["”’»)\]*_\s]*$/.test(text)

/**
 * `1. `, `1) `, `Q1. `, `Q1: `, `Question 1: `, `Question 1 – `. The separator needs a space after
 * it, and a dash only follows up to three digits, so "2.5 percent" and "2023 - after" are not
 * questions. Groups: 1 prefix, 2 or 3 the number, 4 the text.
 */
export const numbered = /^((?:[-–—•]\s+)?(?:(?:Q|Question|No\.?|प्रश्न|सवाल|Вопрос|Soru|Pregunta|Frage)\s*[-–]?\s*)?(?:(\d{1,5})\s*[.):]\s+|(\d{1,3})\s+[-–—]\s+|(\d{1,3})\.(?=\p{Lu})))(\S.*)$/iu

/** `Q:`, `A.`, `Q -`, `Question:`, `Answer:`, `Q1.`/`A1.`; not the initial in "A. Q. Khan". */
const qaPrefixRe = /^((Q|Question|A|Ans|Answer|P|R|Pregunta|Respuesta|Frage|Antwort|F|问|答|問|答え|В|О|Вопрос|Ответ)(\d{0,3})\s*(?:[:.)：]|\s[-–—]|[-–—])\s*)(\S.*)$/iu

export interface PrefixMatch {
  prefix: number
  kind: 'q' | 'a'
  number: string | null
  rest: string
}

/** Read a `Q:`/`A:` style prefix. */
export function qaPrefix(text: string): PrefixMatch | null {
  const m = qaPrefixRe.exec(text)
  if (!m) return null
  const rest = m[4]!
  // "A. Q. Khan", "Q. E. D." are initials, not prefixes.
  if (/^[.]/.test(m[1]!.slice(m[2]!.length + m[3]!.length).trim()) && /^\p{Lu}\.(?:\s|$)/u.test(rest)) return null
  return {prefix: m[1]!.length, kind: /^(?:q|p$|pregunta|frage|f$|问|問|в$|вопрос)/iu.test(m[2]!) ? 'q' : 'a', number: m[3] || null, rest}
}

// An optional timestamp ("[00:12:31] ", "(12:31) "), the name, an optional "(Reuters)", the colon.
const label = /^((?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+)?(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|bin|al|von|van|de|der|da|ul)){0,3})(?:\s*\([^)]{1,40}\))?\s*[:：]\s*)(\S.*)$/u
const notSpeakers = new Set(['note', 'notes', "editor's note", 'editor’s note', 'update', 'updated', 'source', 'sources', 'photo', 'photos', 'image', 'video', 'watch', 'listen', 'credit', 'credits', 'caption', 'disclaimer', 'correction', 'translation', 'warning', 'read more', 'related', 'also read', 'q', 'a', 'question', 'answer', 'ans', 'tags', 'tag', 'category', 'categories', 'topics', 'topic', 'see also', 'example', 'for example', 'first', 'second', 'third', 'finally', 'conclusion', 'summary', 'background', 'context', 'published', 'posted', 'date', 'by', 'author', 'location', 'dateline', 'filed under', 'keywords', 'subject', 'image credit', 'photo credit', 'transcript', 'update', 'important', 'warning', 'reminder'])

/** A speaker label (`Jane Doe: `, `KHAN: `, `AK: `), or null. */
export function speakerOf(text: string): {name: string; prefix: number} | null {
  const m = label.exec(text)
  if (!m) return null
  const name = m[2]!.replace(/[.]$/, '')
  if (notSpeakers.has(name.toLowerCase()) || name.split(/\s+/).length > 4) return null
  return {name, prefix: m[1]!.length}
}

/** True when a line opens a question in any convention (used to split text and spot titles). */
export function isQuestionStart(text: string): boolean {
  const n = numbered.exec(text)
  if (n && (hasQuestionMark(n[5]!) || /^(?:[-–—•]\s+)?(?:Q|Question|प्रश्न|सवाल|Вопрос|Soru|Pregunta|Frage)/iu.test(n[1]!))) return true
  return qaPrefix(text)?.kind === 'q'
}

/** A line that opens a structural unit: a numbered item, a prefixed question or answer, a speaker turn. */
function opensTurn(text: string): boolean {
  return numbered.test(text) || qaPrefix(text) !== null || speakerOf(text) !== null
}

/**
 * True when a plain-text line must begin a new unit: it opens a question, an answer or a speaker's
 * turn, is chrome, or follows the last line of a question (answers often start on the next line,
 * and a hard-wrapped question ends with its `?`).
 */
export function startsBlock(text: string, previous = '', first = previous): boolean {
  // A bullet ("* ", "• ", "- ") is an item of its own, not the rest of the line before.
  if (opensTurn(text) || matchChrome(text) !== undefined || /^[*•·▪◦–-]\s+\S/.test(text)) return true
  return endsWithQuestion(previous) && opensTurn(first)
}
