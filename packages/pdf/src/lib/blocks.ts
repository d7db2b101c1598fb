/**
 * Content blocks as tagged PDF (PDF/UA-1, ISO 14289-1; standard structure types of ISO 32000-1
 * §14.8.4): one handler per block kind of the model in `blockHandlers`, a registry like unified's
 * `handlers` — a kind the model gains without a handler here fails to compile, and a test checks the
 * registry against core's `blockKinds`, so nothing falls to plain text silently. Headings are H1–H6
 * in the outline, lists L/LI/Lbl/LBody (nested), tables Table/TR/TH/TD with the header row repeated
 * on each new page, quotes BlockQuote, links Link annotations, note markers Reference → Link.
 */
import {type Block, blockKindOf, type Handlers} from '@dossier/core'
import type {BlockContent, List, Table} from 'mdast'
import {addOutlineItem, markDestination} from './outline.js'
import {
  artifact,
  heightOf,
  horizontalRule,
  type NoteLinks,
  type ParagraphOptions,
  paragraph,
  plainOf,
  segmentsOf
} from './flow.js'
import {renderTable} from './table.js'
import {margins, rule, space, styles, type State, type Style} from './state.js'

/** Where the blocks of one part land: heading rank, outline and note destinations. */
export interface BlockContext {
  /** Heading rank of the enclosing heading (1 under the publication's H1, 2 under a question's H2). */
  rank: number
  /** Outline item the part's sub-headings go under; none to leave them out of the outline. */
  outline: PDFKit.PDFOutline | null
  /** How note markers link to their notes; none to print them as `[1]`. */
  notes: NoteLinks | null
  /** Destination prefix for sub-headings (`<publication id>-h1`…), counted per publication. */
  headings: {prefix: string; count: number} | null
  /**
   * The open sub-headings of this part, deepest last, so a `###` goes in the outline under the `##`
   * before it (made on the first heading; a part's context object is its own).
   */
  open?: Array<{depth: number; item: PDFKit.PDFOutline}>
}

/** Everything a handler needs. */
export interface HandlerArgs {
  state: State
  parent: PDFKit.PDFStructureElement
  node: BlockContent
  style: Style
  options: ParagraphOptions
  context: BlockContext
  /** Left indent in points (nested lists and quotes). */
  indent: number
}

/** One block kind's PDF layout. */
export type BlockHandler = (args: HandlerArgs) => void

/** Heading styles by rank below the document's own H1 and H2: visibly distinct sizes and faces. */
const headingStyles: Style[] = [
  styles.h2,
  {...styles.h2, size: 12.5},
  {...styles.h3, size: 11.5},
  {...styles.h3, face: 'sansSemibold', size: 10.5, color: '#333333'},
  {...styles.h3, face: 'sans', size: 10.5, color: '#333333'}
]

/** The registry: one handler per block kind of the model. */
export const blockHandlers: Handlers<BlockHandler> = {
  paragraph: ({state, parent, node, style, options, context, indent}) => {
    const children = node.type === 'paragraph' ? node.children : []
    // Paragraphs are justified and hyphenated, as in a printed report (complex scripts justified unhyphenated, see flow.ts).
    paragraph(state, parent, 'P', segmentsOf(children, style.face, context.notes ?? undefined), style, {
      align: 'justify',
      ...options,
      indent: (options.indent ?? 0) + indent
    })
  },
  heading: ({state, parent, node, options, context, indent}) => {
    if (node.type !== 'heading') return
    const level = Math.min(6, context.rank + node.depth)
    const style = headingStyles[Math.min(headingStyles.length - 1, level - 2)] ?? styles.h3
    space(state, level <= 3 ? 10 : 6)
    const segments = segmentsOf(node.children, style.face, context.notes ?? undefined)
    const placed = paragraph(state, parent, `H${level}`, segments, style, {...options, indent, keepWithNext: 40})
    if (context.headings && context.outline) {
      context.headings.count += 1
      markDestination(state, `${context.headings.prefix}-h${context.headings.count}`, placed.top)
      // Bookmarks nest as the headings do: under the nearest shallower heading of the part, else the part's item.
      if (!context.open) context.open = []
      const open = context.open
      while (open.length > 0 && open.at(-1)!.depth >= node.depth) open.pop()
      const item = addOutlineItem(open.at(-1)?.item ?? context.outline, plainOf(segments))
      open.push({depth: node.depth, item})
    }
    state.doc.y += 3
  },
  list: (args) => renderList(args, args.node as List),
  table: ({state, parent, node, context, indent}) => renderTable(state, parent, node as Table, context.notes, indent),
  blockquote: ({state, parent, node, style, options, context, indent}) => {
    if (node.type !== 'blockquote') return
    const quote = state.doc.struct('BlockQuote')
    parent.add(quote)
    const top = state.doc.y
    const page = state.doc.bufferedPageRange().count
    renderChildren(
      state,
      quote,
      node.children as BlockContent[],
      {...style, face: style.face === 'serif' ? 'serifItalic' : style.face},
      options,
      context,
      indent + 18
    )
    quote.end()
    // The rule at the left is decoration; on a page break it marks only the quote's last page.
    const from = state.doc.bufferedPageRange().count === page ? top : margins.top
    const to = state.doc.y
    artifact(
      state,
      () =>
        state.doc
          .save()
          .rect(margins.left + indent + 4, from, 2, Math.max(0, to - from - 4))
          .fill(rule)
          .restore(),
      'Layout'
    )
  },
  thematicBreak: ({state}) => {
    // A scene break is decoration: an artifact, like every rule.
    space(state, 8)
    horizontalRule(state, rule)
    state.doc.y += 10
  },
  code: ({state, parent, node, options, indent}) => {
    const text = node.type === 'code' ? node.value : ''
    // Monospaced, one paragraph per line; indentation kept as no-break spaces (runs trim ordinary ones).
    for (const line of text.split('\n')) {
      const shown = line.replace(/^[ \t]+/, (lead) => '\u00a0'.repeat(lead.replace(/\t/g, '    ').length))
      paragraph(state, parent, 'P', [{text: shown || ' ', face: 'mono'}], styles.code, {
        ...options,
        align: 'left',
        indent: indent + 8
      })
    }
  }
}

/** Render a block into `parent`; `style` is the running text style, `context` where it lands. */
export function renderBlock(
  state: State,
  parent: PDFKit.PDFStructureElement,
  block: Block,
  style: Style = styles.body,
  base: ParagraphOptions = {},
  context: BlockContext = {rank: 1, outline: null, notes: null, headings: null}
): void {
  const options: ParagraphOptions = {
    ...base,
    ...(block.lang ? {lang: block.lang} : {}),
    ...(block.dir ? {dir: block.dir} : {})
  }
  if (state.source && block.line !== null) state.source = {...state.source, line: block.line}
  blockHandlers[blockKindOf(block)]({state, parent, node: block.tree, style, options, context, indent: 0})
}

/** Child blocks of a quote or list item, each by its kind's handler. */
function renderChildren(
  state: State,
  parent: PDFKit.PDFStructureElement,
  nodes: BlockContent[],
  style: Style,
  options: ParagraphOptions,
  context: BlockContext,
  indent: number
): void {
  for (const [index, node] of nodes.entries()) {
    if (index > 0) state.doc.y += 3
    blockHandlers[blockKindOf({tree: node})]({state, parent, node, style, options, context, indent})
  }
}

/** A list as L > LI > (Lbl, LBody); nested lists sit inside their item's LBody, indented. */
function renderList({state, parent, style, options, context, indent}: HandlerArgs, list: List): void {
  const element = state.doc.struct('L')
  parent.add(element)
  const start = list.start ?? 1
  const labelWidth = list.ordered ? 18 : 12
  for (const [index, item] of list.children.entries()) {
    const marker = list.ordered ? `${start + index}.` : '•'
    const li = state.doc.struct('LI')
    element.add(li)
    const first = item.children[0]
    const firstHeight =
      first && first.type === 'paragraph'
        ? heightOf(state, plainOf(segmentsOf(first.children, style.face)), style, state.width - indent - labelWidth)
        : 0
    if (state.doc.y + Math.min(firstHeight, 30) > state.doc.page.height - state.doc.page.margins.bottom)
      state.doc.addPage()
    const top = state.doc.y
    paragraph(state, li, 'Lbl', [{text: marker, face: style.face}], style, {...options, indent})
    state.doc.y = top
    const body = state.doc.struct('LBody')
    li.add(body)
    renderChildren(state, body, item.children as BlockContent[], style, options, context, indent + labelWidth)
    body.end()
    li.end()
    state.doc.y += 2
  }
  element.end()
}
