/**
 * Shared mdast → hast conversion so the site and the EPUB emit the same markup for the same
 * content. Raw HTML never passes (it was made text in core); only safe URLs remain.
 */
import type {Element, ElementContent} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import {toHast} from 'mdast-util-to-hast'
import type {Block, Inline} from '../model/publication.js'

/** Convert one block to hast elements. */
export function blockToHast(block: Block): ElementContent[] {
  const root: MdastRoot = {type: 'root', children: [block.tree]}
  const tree = toHast(root, {allowDangerousHtml: false})
  return tree.type === 'root' ? (tree.children.filter((node) => node.type !== 'doctype') as ElementContent[]) : [tree as Element]
}

/** Convert inline content (a title, a question) to hast phrasing nodes. */
export function inlineToHast(inline: Inline): ElementContent[] {
  const root: MdastRoot = {type: 'root', children: [{type: 'paragraph', children: inline.children}]}
  const tree = toHast(root, {allowDangerousHtml: false})
  const paragraph = tree.type === 'root' ? tree.children[0] : tree
  return paragraph && paragraph.type === 'element' ? paragraph.children : []
}
