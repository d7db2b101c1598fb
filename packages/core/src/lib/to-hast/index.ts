/**
 * Shared mdast → hast conversion so the site and the EPUB emit the same markup for the same
 * content. Raw HTML never passes (it was made text in core); only safe URLs remain.
 */
import type {Element, ElementContent} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import {toHast} from 'mdast-util-to-hast'
import type {Block, Inline} from '../model/publication.js'
import {noteRefHandler, type NoteOptions, withBlockLanguage} from './notes.js'

export {footnotesToHast, type NoteOptions, type FootnotesOptions} from './notes.js'

/**
 * Convert one block to hast elements. A block whose language or direction differs from its
 * publication's carries `lang` and `dir` on its element, so browsers and reading systems shape,
 * hyphenate and lay it out right (https://www.w3.org/International/questions/qa-html-dir).
 * Footnote markers become `doc-noteref` links to their note (`to-hast/notes.ts`).
 */
export function blockToHast(block: Block, options: NoteOptions = {}): ElementContent[] {
  const root: MdastRoot = {type: 'root', children: [block.tree]}
  const tree = toHast(root, {allowDangerousHtml: false, handlers: {footnoteReference: noteRefHandler(options)}})
  const nodes = (
    tree.type === 'root'
      ? (tree.children.filter((node) => node.type !== 'doctype') as ElementContent[])
      : [tree as Element]
  ).map(alignAsClass)
  return withBlockLanguage(nodes, block)
}

/** Convert inline content (a title, a question) to hast phrasing nodes. */
export function inlineToHast(inline: Inline, options: NoteOptions = {}): ElementContent[] {
  const root: MdastRoot = {type: 'root', children: [{type: 'paragraph', children: inline.children}]}
  const tree = toHast(root, {allowDangerousHtml: false, handlers: {footnoteReference: noteRefHandler(options)}})
  const paragraph = tree.type === 'root' ? tree.children[0] : tree
  return paragraph && paragraph.type === 'element' ? paragraph.children : []
}

/**
 * A table column's alignment as a class (`align-right`) instead of the `align` attribute, which is
 * obsolete in HTML (the Nu checker rejects it) and dropped by the EPUB writer; each format's CSS
 * aligns `.align-left`, `.align-center` and `.align-right`.
 */
function alignAsClass(node: ElementContent): ElementContent {
  if (node.type !== 'element') return node
  const {align, ...properties} = node.properties
  const className =
    typeof align === 'string'
      ? [...((properties.className as string[] | undefined) ?? []), `align-${align}`]
      : properties.className
  return {
    ...node,
    properties: className ? {...properties, className} : properties,
    children: node.children.map(alignAsClass)
  }
}
