/**
 * The text of page parts that are not published, line by line, for the ledger: what an extractor
 * or a safety rule dropped is listed as removed with a reason, as the words a reader saw (never as
 * markup), so nothing leaves the page silently.
 */
import type {Element, Nodes, Root} from 'hast'
import type {RemovedLine} from '../../model/publication.js'

const skipped = new Set(['script', 'style', 'template', 'noscript', 'head'])

/** Visible text of a subtree by source line (1-based), whitespace collapsed. */
export function textByLine(node: Nodes): Map<number, string> {
  const lines = new Map<number, string[]>()
  const add = (line: number, text: string) => {
    const value = text.replace(/\s+/g, ' ').trim()
    if (value !== '') lines.set(line, [...(lines.get(line) ?? []), value])
  }
  const visit = (current: Nodes) => {
    if (current.type === 'text') {
      const start = current.position?.start.line
      if (start === undefined) return
      const end = current.position?.end.line ?? start
      for (const [index, piece] of current.value.split('\n').entries()) add(Math.min(start + index, end), piece)
      return
    }
    if (current.type === 'element' && skipped.has(current.tagName)) return
    if ('children' in current) for (const child of current.children) visit(child as Nodes)
  }
  visit(node)
  return new Map([...lines].map(([line, parts]) => [line, parts.join(' ')]))
}

/** Removed-line entries for a dropped subtree: one per source line that showed some of its text. */
export function droppedLines(node: Element | Root, reason: string, rule: string): RemovedLine[] {
  return [...textByLine(node)].map(([line, text]) => ({line, text, reason, rule}))
}

/**
 * The page as the normalizer's lines: line N holds the visible text the body shows on source line
 * N (markup-only lines are blank), so the ledger and every message keep the HTML file's numbering.
 */
export function pageLines(body: Element | Root, lineCount: number): string[] {
  const lines = Array.from({length: lineCount}, () => '')
  for (const [line, text] of textByLine(body)) if (line >= 1 && line <= lineCount) lines[line - 1] = text
  return lines
}
