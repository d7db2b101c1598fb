/**
 * The dataset's structured form of a block: what an analyst needs to get a table back as rows and
 * cells and a list as items, without parsing Markdown. Plain text of each cell, item paragraph and
 * heading is the same text the plain paragraphs hold (footnote markers read `[1]`).
 * Documented by `$defs.block` in `schemas.ts`.
 */
import type {BlockContent, ListItem, TableRow} from 'mdast'
import {blockKindOf, type Handlers} from '../model/block-kinds.js'
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

/** One block kind's structured form; `toStructured` converts nested blocks (list items, quotes). */
type StructuredHandler = (node: BlockContent, toStructured: (node: BlockContent) => StructuredBlock) => StructuredBlock

/** The dataset's registry: one handler per block kind of the model (`model/block-kinds.ts`). */
export const structuredHandlers: Handlers<StructuredHandler> = {
  paragraph: (node) => ({kind: 'paragraph', text: blockText(node)}),
  heading: (node) => ({kind: 'heading', level: node.type === 'heading' ? node.depth : 1, text: blockText(node)}),
  list: (node, convert) => {
    if (node.type !== 'list') return {kind: 'paragraph', text: blockText(node)}
    return {
      kind: 'list',
      ordered: node.ordered === true,
      start: node.ordered ? (node.start ?? 1) : null,
      items: node.children.map((item) => itemBlocks(item, convert))
    }
  },
  table: (node) => {
    if (node.type !== 'table') return {kind: 'paragraph', text: blockText(node)}
    const [head, ...rows] = node.children
    const cells = (row: TableRow | undefined) =>
      row ? row.children.map((cell) => blockText(cell as unknown as BlockContent)) : []
    return {kind: 'table', align: (node.align ?? []).map((a) => a ?? null), header: cells(head), rows: rows.map(cells)}
  },
  blockquote: (node, convert) => ({
    kind: 'blockquote',
    blocks: node.type === 'blockquote' ? node.children.map((child) => convert(child as BlockContent)) : []
  }),
  thematicBreak: () => ({kind: 'thematicBreak'}),
  code: (node) => ({
    kind: 'code',
    lang: node.type === 'code' ? (node.lang ?? null) : null,
    text: node.type === 'code' ? node.value : blockText(node)
  })
}

/** The structured form of a run of blocks. */
export function toStructuredBlocks(blocks: Block[]): StructuredBlock[] {
  return blocks.map((block) => toStructured(block.tree))
}

function toStructured(node: BlockContent): StructuredBlock {
  return structuredHandlers[blockKindOf({tree: node})](node, toStructured)
}

function itemBlocks(item: ListItem, convert: (node: BlockContent) => StructuredBlock): StructuredBlock[] {
  return item.children.filter((child) => child.type !== 'definition').map((child) => convert(child as BlockContent))
}
