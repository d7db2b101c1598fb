/**
 * One content block (paragraph, heading, list, quote, code) as tagged paragraphs. The block's mdast
 * tree supplies emphasis; anything unusual falls back to the block's plain text.
 */
import type {Block} from '@dossier/core'
import type {BlockContent, ListItem, PhrasingContent, RootContent} from 'mdast'
import {paragraph, segmentsOf, type ParagraphOptions, type Segment} from './flow.js'
import {styles, type State, type Style} from './state.js'

/** Inline content of any block, flattened (list items, quotes). */
function phrasingOf(node: RootContent | ListItem): PhrasingContent[] {
  if (node.type === 'paragraph' || node.type === 'heading') return node.children
  if (node.type === 'code' || node.type === 'html') return [{type: 'text', value: node.value}]
  if ('children' in node) {
    const out: PhrasingContent[] = []
    for (const child of node.children as RootContent[]) {
      if (out.length) out.push({type: 'text', value: ' '})
      out.push(...phrasingOf(child))
    }
    return out
  }
  return 'value' in node && typeof node.value === 'string' ? [{type: 'text', value: node.value}] : []
}

/** A block's own language and direction, where the model gives them (they differ from the publication's). */
type Localized = Block & {lang?: string | undefined; dir?: 'ltr' | 'rtl' | undefined}

/** Render a block into `parent`; `style` is the running text style. */
export function renderBlock(state: State, parent: PDFKit.PDFStructureElement, block: Block, style: Style = styles.body, base: ParagraphOptions = {}): void {
  const tree = block.tree as BlockContent
  const {lang, dir} = block as Localized
  const options: ParagraphOptions = {...base, ...(lang ? {lang} : {}), ...(dir ? {dir} : {})}
  if (state.source && block.line !== null) state.source = {...state.source, line: block.line}
  const face = style.face
  const fallback: Segment[] = [{text: block.text, face}]
  switch (tree.type) {
    case 'paragraph':
      paragraph(state, parent, 'P', tree.children.length ? segmentsOf(tree.children, face) : fallback, style, options)
      break
    case 'heading':
      paragraph(state, parent, 'H3', segmentsOf(tree.children, 'sansSemibold'), styles.h3, {...options, keepWithNext: 40})
      break
    case 'blockquote':
      paragraph(state, parent, 'BlockQuote', segmentsOf(phrasingOf(tree), face), style, {...options, indent: 18})
      break
    case 'list': {
      const start = tree.start ?? 1
      for (const [index, item] of tree.children.entries()) {
        const marker = tree.ordered ? `${start + index}. ` : '• '
        paragraph(state, parent, 'P', [{text: marker, face}, ...segmentsOf(phrasingOf(item), face)], style, {...options, indent: 12})
        state.doc.y += 2
      }
      break
    }
    case 'code':
      paragraph(state, parent, 'P', [{text: tree.value, face: 'sans'}], style, options)
      break
    default:
      paragraph(state, parent, 'P', fallback, style, options)
  }
}
