/**
 * The normalizer's working unit: one paragraph-like piece of a source with its lines.
 * Both readers (.txt and .md) produce units, so every later step is format-blind.
 */
import type {BlockContent, Paragraph, PhrasingContent} from 'mdast'
import type {LineRole} from '../model/publication.js'

export interface Unit {
  /** First and last source line (1-based, inclusive). */
  line: number
  endLine: number
  /** Plain text of the unit. */
  text: string
  tree: BlockContent
  /** Markdown signals: paragraph that is all bold, heading depth, ordered-list number as typed. */
  strong: boolean
  heading: number
  listNumber: string | null
  /** Label of the Markdown footnote definition (`[^1]: …`) this unit belongs to; read by `read-notes.ts`. */
  note?: string
  /** What the unit became; unset until a step claims it. */
  role: LineRole | null
}

/** A plain-text paragraph tree (scraped text is not Markdown: `*` and `_` stay literal). */
export function textParagraph(value: string): Paragraph {
  return {type: 'paragraph', children: [{type: 'text', value}]}
}

/** Make a unit from plain text lines. */
export function textUnit(line: number, endLine: number, text: string): Unit {
  return {line, endLine, text, tree: textParagraph(text), strong: false, heading: 0, listNumber: null, role: null}
}

/** Phrasing children of a block, or a single text node for blocks that have none. */
export function phrasingOf(tree: BlockContent, text: string): PhrasingContent[] {
  if (tree.type === 'paragraph' || tree.type === 'heading') return tree.children
  return [{type: 'text', value: text}]
}
