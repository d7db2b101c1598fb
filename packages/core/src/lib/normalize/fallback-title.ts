/**
 * A title for a source that gives none, or only an empty one (a Markdown `#` with nothing after
 * it, a title line that typography or inert markup left blank). Every publication needs a title:
 * the dataset's schema requires one and every format shows it. The first words of the first
 * content paragraph are used, with a warning, so the editor knows to set a real one; an empty
 * title line is listed as removed so the ledger still accounts for it.
 */
import {toString} from 'mdast-util-to-string'
import {interfaceWords} from '../i18n/index.js'
import {messageAt} from '../messages.js'
import type {State} from './state.js'
import {removeUnit} from './state.js'

/** At most this many words, and about this many characters, go into a derived title. */
const maxWords = 8
const maxChars = 60

const graphemes = new Intl.Segmenter('und', {granularity: 'grapheme'})

/**
 * Derive a title from the content (else from the file name), push a `metadata/derived-title`
 * warning onto `state.warnings`, and mark an empty title line as removed.
 */
export function deriveTitle(state: State, fileName: string): string {
  const empty = state.title
  if (empty) {
    for (const unit of state.units.filter((u) => u.role === 'title'))
      removeUnit(state, unit, 'metadata/empty-title', 'title line with no text')
    state.title = null
  }
  // An interview whose guest is known: "Interview with Jane Doe", in the publication's language.
  const guests = state.people.filter((p) => p.role === 'interviewee').map((p) => p.name)
  if (!empty && state.questions.length > 0 && guests.length > 0) {
    const words = interfaceWords(state.language?.lang ?? 'en')
    const title = words.term('interviewWith', {names: words.list(guests)})
    state.warnings.push(
      messageAt(
        state.file,
        'metadata/derived-title',
        `no title line was found; "${title}" is used, from the people named: set "title" ${overrideHint(state)}`,
        null
      )
    )
    state.reasons.title = 'derived from the interviewee’s name (no headline in the text)'
    return title
  }
  const first = firstParagraph(state)
  const words = first ? firstWords(first.text) : ''
  const where = overrideHint(state)
  const what = empty ? `the title at line ${empty.line ?? '?'} is empty` : 'no title line was found'
  if (first && words) {
    state.warnings.push(
      messageAt(
        state.file,
        'metadata/derived-title',
        `${what}; the first words of line ${first.line} are used ("${words}"): set "title" ${where}`,
        first.line
      )
    )
    state.reasons.title = `derived from the first words of line ${first.line}`
    return words
  }
  const name = fileName.replace(/\.[^.]+$/, '').trim() || 'Untitled'
  state.warnings.push(
    messageAt(
      state.file,
      'metadata/derived-title',
      `${what} and no paragraph has words; the file name is used: set "title" ${where}`,
      null
    )
  )
  state.reasons.title = 'the file name (no title and no words in the content)'
  return name
}

/** The earliest content unit (intro, question, answer, body, about, notes) with visible text. */
function firstParagraph(state: State): {line: number; text: string} | null {
  const candidates = [
    // Never a question or an answer: a title made from an interviewer's words misleads (issue 11).
    ...[...state.intro, ...state.body].map((unit) => ({line: unit.line, text: toString(unit.tree)}))
  ]
  // A dateline ("Riyadh - Culture", "Brussels") is not what the piece is about: take a sentence.
  const visible = (list: Array<{line: number; text: string}>) => {
    const shown = list.filter((c) => /[\p{L}\p{N}\p{So}]/u.test(c.text)).sort((a, b) => a.line - b.line)
    return [...shown.filter((c) => c.text.trim().split(/\s+/).length >= 4), ...shown]
  }
  // The text itself first; a note or bio ("This interview first ran in…") only when there is nothing else.
  return (
    visible(candidates)[0] ??
    visible([...state.about, ...state.notes].map((unit) => ({line: unit.line, text: toString(unit.tree)})))[0] ??
    null
  )
}

/**
 * The first words of a paragraph, cut at a word (or, for scripts written without spaces, at a
 * character) near `maxChars`, with an ellipsis when cut; never splits a grapheme cluster.
 */
export function firstWords(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ')
  let out = ''
  for (const word of words.slice(0, maxWords)) {
    const next = out ? `${out} ${word}` : word
    if (length(next) > maxChars) {
      if (!out)
        out = [...graphemes.segment(word)]
          .slice(0, maxChars)
          .map((s) => s.segment)
          .join('')
      return `${out.replace(/[\s,;:–—-]+$/u, '')}…`
    }
    out = next
  }
  return words.length > maxWords ? `${out.replace(/[\s,;:–—-]+$/u, '')}…` : out
}

const length = (text: string) => [...graphemes.segment(text)].length

function overrideHint(state: State): string {
  return state.format === 'md' ? 'in front matter' : `in ${state.file.replace(/\.[^.]+$/, '')}.meta.yaml`
}
