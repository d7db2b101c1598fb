import type {BlockContent, ListItem} from 'mdast'
import {collapseSpaces, plainText} from './plain-text.js'

/**
 * Plain text of a block. `mdast-util-to-string` glues list items and table cells together
 * ("prohibited practices;general-purpose…"), so child blocks are joined with a space.
 */
export function blockText(node: BlockContent | ListItem): string {
  const children = 'children' in node ? (node.children as Array<BlockContent | ListItem>) : []
  const blocky = children.some((child) =>
    // not words: mdast node types
    ['paragraph', 'list', 'listItem', 'blockquote', 'code', 'heading', 'table', 'tableRow', 'tableCell'].includes(
      child.type
    )
  )
  const text = blocky ? children.map(blockText).join(' ') : plainText(withMarkers(node))
  return collapseSpaces(text)
}

/** A footnote marker has no text of its own; plain text keeps it as `[1]`, as pages print it. */
function withMarkers<T>(node: T): T {
  const walk = (value: unknown): unknown => {
    if (!value || typeof value !== 'object') return value
    const record = value as {type?: string; label?: string | null; identifier?: string; children?: unknown[]}
    if (record.type === 'footnoteReference') return {type: 'text', value: `[${record.label ?? record.identifier}]`}
    return Array.isArray(record.children) ? {...record, children: record.children.map(walk)} : value
  }
  return walk(node) as T
}
