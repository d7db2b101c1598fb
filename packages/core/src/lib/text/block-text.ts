import type {BlockContent, ListItem} from 'mdast'
import {toString} from 'mdast-util-to-string'

/**
 * Plain text of a block. `mdast-util-to-string` glues list items and table cells together
 * ("prohibited practices;general-purpose…"), so child blocks are joined with a space.
 */
export function blockText(node: BlockContent | ListItem): string {
  const children = 'children' in node ? (node.children as Array<BlockContent | ListItem>) : []
  const blocky = children.some((child) => ['paragraph', 'list', 'listItem', 'blockquote', 'code', 'heading', 'table', 'tableRow', 'tableCell'].includes(child.type))
  const text = blocky ? children.map(blockText).join(' ') : toString(node)
  return text.replace(/\s+/g, ' ').trim()
}

