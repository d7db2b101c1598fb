/**
 * Words about a publication for the cover, table and heading block: dates, who spoke to whom,
 * outlets, and the lead sentence of an answer. Deterministic: no locale-dependent formatting.
 */
import type {DateInfo, Publication, QA} from '@dossier/core'
import {formatDateValue} from '@dossier/core'

export {formatDateValue as formatDate}

/** A publication's date, or "undated". */
export function dateOf(date: DateInfo | null): string {
  return date ? formatDateValue(date.value) : 'undated'
}

/** The build date (an ISO instant) as the edition date. */
export function editionDate(buildDate: string): string {
  return formatDateValue(buildDate.slice(0, 10))
}

/** Names with a given role, joined ("A and B", "A, B and C"). */
export function namesOf(publication: Publication, role: 'interviewee' | 'interviewer' | 'author'): string {
  const names = publication.people.filter((p) => p.role === role).map((p) => p.name)
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/** "Andrew Korybko, interviewed by Adeela Jawad", or the author for articles. */
export function whoOf(publication: Publication): string {
  const interviewee = namesOf(publication, 'interviewee')
  const interviewer = namesOf(publication, 'interviewer')
  const author = namesOf(publication, 'author')
  if (publication.kind === 'article') return author || interviewee || '—'
  if (interviewee && interviewer) return `${interviewee}, interviewed by ${interviewer}`
  if (interviewee) return `${interviewee}, interviewed`
  if (interviewer) return `interviewed by ${interviewer}`
  return author || '—'
}

/** The original outlet's name, else the first outlet's. */
export function outletOf(publication: Publication): string {
  const original = publication.outlets.find((o) => o.role === 'original') ?? publication.outlets[0]
  return original ? original.name : '—'
}

/** "12 questions" / "1 question". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/**
 * The first sentence of an answer, in the source's own words (extractive), by the Unicode sentence
 * rules (UAX #29) via `Intl.Segmenter`; long sentences are cut at a word with an ellipsis.
 */
export function leadSentence(qa: QA, lang: string): string {
  const text = qa.answer[0]?.text ?? ''
  if (!text) return ''
  let first = text
  try {
    const segmenter = new Intl.Segmenter(lang, {granularity: 'sentence'})
    for (const {segment} of segmenter.segment(text)) {
      first = segment.trim()
      // "Mr." or "e.g." do not end a sentence worth quoting: join short pieces with the next.
      if (first.length >= 40 || !/\b(?:Mr|Mrs|Ms|Dr|St|e\.g|i\.e|vs|U\.S)\.$/.test(first)) break
    }
    if (first.length < 40) first = joinShort(segmenter, text)
  } catch {
    first = text
  }
  const words = first.split(' ')
  return words.length > 60 ? `${words.slice(0, 55).join(' ')} …` : first
}

function joinShort(segmenter: Intl.Segmenter, text: string): string {
  let joined = ''
  for (const {segment} of segmenter.segment(text)) {
    joined += segment
    if (joined.trim().length >= 40) break
  }
  return joined.trim()
}
