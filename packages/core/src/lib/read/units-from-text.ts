/**
 * Split scraped plain text into units. Blank lines always separate units; inside a run of lines,
 * a line starts a new unit when the previous one is long (web copy puts one paragraph per line)
 * or when it starts like a structural line (a numbered question, `Q:`, a "Read more" link).
 */
import type {Unit} from '../normalize/unit.js'
import {textUnit} from '../normalize/unit.js'

/** Lines between these lengths, followed by more text, are read as hard-wrapped paragraphs. */
const wrapWidth = {min: 30, max: 100}

interface Open {
  line: number
  parts: string[]
  lastLength: number
  last: string
}

/** Build units from cleaned lines; `startsBlock` says whether a line must begin a new unit. */
export function unitsFromText(lines: string[], startsBlock: (line: string, previous: string, first: string) => boolean): Unit[] {
  const units: Unit[] = []
  const state: {open: Open | null} = {open: null}

  const flush = (endLine: number): void => {
    const open = state.open
    if (open) units.push(textUnit(open.line, endLine, open.parts.join(' ')))
    state.open = null
  }

  lines.forEach((raw, index) => {
    const text = raw.trim()
    const lineNumber = index + 1
    if (text === '') {
      flush(lineNumber - 1)
      return
    }
    const open = state.open
    if (open && open.lastLength >= wrapWidth.min && open.lastLength <= wrapWidth.max && !startsBlock(text, open.last, open.parts[0]!)) {
      open.parts.push(text)
      open.lastLength = text.length
      open.last = text
      return
    }
    flush(lineNumber - 1)
    state.open = {line: lineNumber, parts: [text], lastLength: text.length, last: text}
  })
  flush(lines.length)
  return units
}
