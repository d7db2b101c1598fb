/**
 * Where each question came from in its source, from the ledger (`Publication.lines`, the role of
 * every line) and the removed lines: a reader goes from a sentence on screen to the line, and with
 * the source's SHA-256 to the byte in the archived file. Formats show it; nothing here reads files.
 */
import type {LineRole, Publication} from '../model/publication.js'

/** A run of source lines with one role; a removed line is a run of its own, with its text and reason. */
export interface TraceSpan {
  /** First and last line, 1-based, inclusive. */
  from: number
  to: number
  role: LineRole
  /** For a removed line: what it said and why it was removed. */
  removed?: {text: string; reason: string; rule: string}
}

/** The lines one question and its answer came from. */
export interface QuestionTrace {
  /** The question's id (`q3`). */
  id: string
  /** First and last line of the turn, 1-based, inclusive (blank lines at the ends left out). */
  from: number
  to: number
  /** Its lines in order, blank lines left out. */
  spans: TraceSpan[]
}

/** Roles a question's turn is made of: beyond them (about, notes, body…) the turn has ended. */
const turnRoles: ReadonlySet<LineRole> = new Set(['question', 'answer', 'removed', 'blank'])

/**
 * One trace per question, in order. A turn runs from its question's line (`QA.line`) to the line
 * before the next question, and stops early at a line of another part (about, notes, body). Lines
 * the ledger does not know (beyond `lines`) are left out. Empty for a publication without questions.
 */
export function questionTraces(publication: Pick<Publication, 'qa' | 'lines' | 'removed'>): QuestionTrace[] {
  const removed = new Map(publication.removed.map((line) => [line.line, line]))
  const {lines, qa} = publication
  return qa.map((turn, index) => {
    const limit = Math.min(qa[index + 1]?.line ?? lines.length + 1, lines.length + 1)
    const spans: TraceSpan[] = []
    for (let line = turn.line; line < limit; line++) {
      const role = lines[line - 1]!
      if (line > turn.line && !turnRoles.has(role)) break
      if (role === 'blank') continue
      const gone = role === 'removed' ? removed.get(line) : undefined
      const last = spans.at(-1)
      if (gone)
        spans.push({from: line, to: line, role, removed: {text: gone.text, reason: gone.reason, rule: gone.rule}})
      else if (last && !last.removed && last.role === role && last.to === line - 1) last.to = line
      else spans.push({from: line, to: line, role})
    }
    return {id: turn.id, from: spans[0]?.from ?? turn.line, to: spans.at(-1)?.to ?? turn.line, spans}
  })
}
