/**
 * The dataset's structured form of a block: what an analyst needs to get a table back as rows and
 * cells and a list as items, without parsing Markdown. Plain text of each cell, item paragraph and
 * heading is the same text the plain paragraphs hold (footnote markers read `[1]`).
 * Documented by `$defs.block` in `schemas.ts`.
 */
import type {BlockContent, ListItem, RootContent, TableRow} from 'mdast'
import type {Block} from '../model/publication.js'
import {blockText} from '../text/block-text.js'

/** One block of the dataset's structured form (a discriminated union on `kind`). */
export type StructuredBlock =
  | {kind: 'paragraph'; text: string}
  | {kind: 'heading'; level: number; text: string}
  | {kind: 'list'; ordered: boolean; start: number | null; items: StructuredBlock[][]}
  | {kind: 'table'; align: Array<'left' | 'right' | 'center' | null>; header: string[]; rows: string[][]}
  | {kind: 'blockquote'; blocks: StructuredBlock[]}
  | {kind: 'thematicBreak'}
  | {kind: 'code'; lang: string | null; text: string}

/** The structured form of a run of blocks. */
export function toStructuredBlocks(blocks: Block[]): StructuredBlock[] {
  return blocks.map((block) => toStructured(block.tree))
}

function toStructured(node: BlockContent | RootContent): StructuredBlock {
  switch (node.type) {
    case 'heading':
      return {kind: 'heading', level: node.depth, text: blockText(node)}
    case 'list':
      return {kind: 'list', ordered: node.ordered === true, start: node.ordered ? (node.start ?? 1) : null, items: node.children.map(itemBlocks)}
    case 'table': {
      const [head, ...rows] = node.children
      const cells = (row: TableRow | undefined) => (row ? row.children.map((cell) => blockText(cell as unknown as BlockContent)) : [])
      return {kind: 'table', align: (node.align ?? []).map((a) => a ?? null), header: cells(head), rows: rows.map(cells)}
    }
    case 'blockquote':
      return {kind: 'blockquote', blocks: node.children.map((child) => toStructured(child))}
    case 'thematicBreak':
      return {kind: 'thematicBreak'}
    case 'code':
      return {kind: 'code', lang: node.lang ?? null, text: node.value}
    default:
      return {kind: 'paragraph', text: blockText(node as BlockContent)}
  }
}

function itemBlocks(item: ListItem): StructuredBlock[] {
  return item.children.filter((child) => child.type !== 'definition').map((child) => toStructured(child))
}
