/**
 * Plain text has no headings, but articles mark their sections with short lines in capitals
 * ("THE DECISION", "WHAT COMES NEXT"). In an article's body such a line becomes a heading, so the
 * site, EPUB and PDF set it as one; its words are kept exactly.
 */
import type {State} from './state.js'

const subhead = (text: string) => {
  const letters = text.replace(/[^\p{L}]/gu, '')
  return (
    letters.length >= 3 &&
    letters === letters.toUpperCase() &&
    letters !== letters.toLowerCase() &&
    text.split(/\s+/).length <= 8 &&
    !/[.!?,;:]$/.test(text)
  )
}

/** Turn capitalised section lines of a plain-text article into level-two headings. */
export function readSubheads(state: State): void {
  if (state.format !== 'txt' || state.questions.length > 0) return
  state.body.forEach((unit, index) => {
    if (index === state.body.length - 1 || unit.tree.type !== 'paragraph' || !subhead(unit.text)) return
    unit.tree = {type: 'heading', depth: 2, children: unit.tree.children}
  })
}
