/**
 * The kept page as mdast, shaped so the Markdown conventions read it: a definition list's terms
 * become bold paragraphs and its descriptions paragraphs (`<dt>` questions), a run of text broken
 * by `<br><br>` (Blogger's paragraphs) becomes paragraphs, and so does a bold line ended by `<br>`
 * (a question above its answer). Then hast-util-to-mdast converts, and every block gets the source
 * lines of what it was made from.
 */
import type {Element, ElementContent, Root as HastRoot, Text} from 'hast'
import {toMdast} from 'hast-util-to-mdast'
import type {Nodes, Root} from 'mdast'
import {toText} from 'hast-util-to-text'
import {endsWithQuestion} from '../../text/sentence-marks.js'

const phrasing = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'font',
  'del',
  'ins'
])
const isPhrasing = (node: ElementContent) =>
  node.type === 'text' || (node.type === 'element' && phrasing.has(node.tagName))
const isBreak = (node: ElementContent) => node.type === 'element' && node.tagName === 'br'
const blank = (node: ElementContent) => node.type === 'text' && node.value.trim() === ''

/** Convert the kept content of a page to mdast with source positions on every block. */
export function pageToMdast(content: HastRoot): Root {
  const shaped: HastRoot = {type: 'root', children: reshape(content.children as ElementContent[])}
  const tree = toMdast(shaped) as Root
  fillPositions(tree)
  return tree
}

/** Rewrite definition lists and `<br>`-separated runs, recursively. */
function reshape(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = []
  let run: ElementContent[] = []
  const flush = () => {
    if (run.some(isBreak)) out.push(...splitRun(run))
    else out.push(...run)
    run = []
  }
  for (const child of children) {
    if (isPhrasing(child)) {
      run.push(child)
      continue
    }
    flush()
    if (child.type !== 'element') {
      out.push(child)
      continue
    }
    if (child.tagName === 'dl') out.push(...definitionList(child))
    else if (child.tagName === 'p' && child.children.some(isBreak)) out.push(...splitRun(child.children))
    else if (child.tagName === 'pre' || child.tagName === 'code') out.push(child)
    else if (child.tagName === 'table') out.push(boundSpans({...child, children: reshape(child.children)}))
    else out.push({...child, children: reshape(child.children)})
  }
  flush()
  return out
}

/**
 * A table whose merged cells would cover more than four times its own cells (and a thousand more)
 * loses its spans: hast-util-to-mdast fills every covered position with an empty cell, and a
 * hostile page of `colspan="1000"` rows would otherwise grow a thousandfold. Real tables keep theirs.
 */
function boundSpans(table: Element): Element {
  const rows: Element[] = []
  const collect = (node: Element) => {
    for (const child of node.children)
      if (child.type === 'element') {
        if (child.tagName === 'tr') rows.push(child)
        else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) collect(child)
      }
  }
  collect(table)
  const span = (value: unknown) => (typeof value === 'number' && value > 1 ? value : 1)
  let cells = 0
  let covered = 0
  rows.forEach((row, index) => {
    for (const cell of row.children) {
      if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue
      cells++
      covered += span(cell.properties['colSpan']) * Math.min(span(cell.properties['rowSpan']), rows.length - index)
    }
  })
  if (covered <= 4 * cells + 1000) return table
  for (const row of rows)
    for (const cell of row.children)
      if (cell.type === 'element') {
        delete cell.properties['colSpan']
        delete cell.properties['rowSpan']
      }
  return table
}

/** `<dt>` → a bold paragraph; `<dd>` → its paragraphs. */
function definitionList(dl: Element): ElementContent[] {
  const out: ElementContent[] = []
  for (const child of dl.children) {
    if (child.type !== 'element') continue
    if (child.tagName === 'dt')
      out.push(
        paragraph(
          [{type: 'element', tagName: 'strong', properties: {}, children: child.children, position: child.position}],
          child
        )
      )
    else if (child.tagName === 'dd')
      out.push(
        ...(child.children.some((c) => !isPhrasing(c)) ? reshape(child.children) : [paragraph(child.children, child)])
      )
    else out.push(...definitionList(child))
  }
  return out
}

/** Split phrasing at `<br><br>`, and at a single `<br>` after a bold line or a question. */
function splitRun(run: ElementContent[]): ElementContent[] {
  const parts: ElementContent[][] = [[]]
  for (let index = 0; index < run.length; index++) {
    const node = run[index]!
    if (!isBreak(node)) {
      parts.at(-1)!.push(node)
      continue
    }
    let breaks = 1
    let next = index + 1
    while (next < run.length && (isBreak(run[next]!) || blank(run[next]!))) {
      if (isBreak(run[next]!)) breaks++
      next++
    }
    index = next - 1
    const current = parts.at(-1)!
    if (breaks >= 2 || endsLine(current)) parts.push([])
    else current.push(node)
  }
  return parts
    .filter((part) => part.some((node) => !blank(node) && !isBreak(node)))
    .map((part) => paragraph(part, null))
}

/** A line that stands alone: all bold, or a question. */
function endsLine(part: ElementContent[]): boolean {
  const content = part.filter((node) => !blank(node))
  if (content.length === 0) return false
  const bold = content.every((node) => node.type === 'element' && ['b', 'strong'].includes(node.tagName))
  const text = content
    .map((node) => (node.type === 'text' ? node.value : node.type === 'element' ? toText(node) : ''))
    .join('')
    .trim()
  return bold || endsWithQuestion(text)
}

function paragraph(children: ElementContent[], from: Element | null): Element {
  const positioned = children.filter((c) => c.position)
  const position =
    from?.position ??
    (positioned.length > 0 ? {start: positioned[0]!.position!.start, end: positioned.at(-1)!.position!.end} : undefined)
  return {type: 'element', tagName: 'p', properties: {}, children: trimEdges(children), position}
}

/** Leading and trailing white space of a paragraph made from a run. */
function trimEdges(children: ElementContent[]): ElementContent[] {
  const out = [...children]
  while (out.length > 0 && (blank(out[0]!) || isBreak(out[0]!))) out.shift()
  while (out.length > 0 && (blank(out.at(-1)!) || isBreak(out.at(-1)!))) out.pop()
  if (out[0]?.type === 'text') out[0] = {...(out[0] as Text), value: (out[0] as Text).value.trimStart()}
  return out
}

/** Give every node without a position the span of its positioned descendants. */
function fillPositions(node: Nodes): void {
  if (!('children' in node)) return
  for (const child of node.children) fillPositions(child as Nodes)
  if (node.position) return
  const spans = (node.children as Nodes[]).flatMap((child) => (child.position ? [child.position] : []))
  if (spans.length > 0) node.position = {start: spans[0]!.start, end: spans.at(-1)!.end}
}
