/**
 * Core blocks and inlines as hast, cleaned for XHTML with the heading rank of where they land.
 * Each block kind of the model has its handler here (`blockHandlers`, a registry like unified's
 * `handlers`): a kind the model gains without a handler fails to compile, and a test checks the
 * registry against core's `blockKinds`. The markup itself is core's (`blockToHast`), shared with the
 * site; EPUB adds the `epub:type` that matches each DPUB-ARIA role (https://www.w3.org/TR/epub-ssv-11/).
 */
import {type Block, blockKindOf, blockToHast, type Handlers, type Inline, inlineToHast} from '@dossier/core'
import type {Element, ElementContent} from 'hast'
import {cleanHast, type State} from './xhtml.js'

/** A sub-heading met in the content, for the navigation document. */
export interface Heading {
  /** Fragment id given to the heading (`h1`, `h2`… in document order). */
  id: string
  /** Depth in the source (1 = the highest sub-heading of the part). */
  depth: number
  label: string
}

/** Where the sub-headings of one part are collected; parts of one document share `counter`, so ids stay unique in it. */
export interface Outline {
  headings: Heading[]
  counter: {count: number}
}

/** One block kind's EPUB markup, from core's shared hast. */
export type BlockHandler = (nodes: ElementContent[], block: Block, outline: Outline | null) => ElementContent[]

const same: BlockHandler = (nodes) => nodes

/** The registry: one handler per block kind of the model. */
export const blockHandlers: Handlers<BlockHandler> = {
  paragraph: same,
  // A sub-heading gets an id so the navigation document can point at it.
  heading: (nodes, block, outline) => {
    if (!outline || block.tree.type !== 'heading') return nodes
    return nodes.map((node) => {
      if (node.type !== 'element' || !/^h[1-6]$/.test(node.tagName)) return node
      outline.counter.count += 1
      const id = `h${outline.counter.count}`
      outline.headings.push({id, depth: (block.tree as {depth: number}).depth, label: block.text})
      return {...node, properties: {...node.properties, id}}
    })
  },
  // epub-gen-memory drops `start` (and `value`): a list that does not start at 1 prints its numbers itself.
  list: (nodes, block) => {
    const start = block.tree.type === 'list' && block.tree.ordered ? (block.tree.start ?? 1) : 1
    if (start === 1) return nodes
    return nodes.map((node) => {
      if (node.type !== 'element' || node.tagName !== 'ol') return node
      let number = start
      const children = node.children.map((child) =>
        child.type === 'element' && child.tagName === 'li'
          ? {
              ...child,
              children: [
                {
                  type: 'element',
                  tagName: 'span',
                  properties: {className: ['number']},
                  children: [{type: 'text', value: `${number++}. `}]
                } satisfies Element,
                ...child.children
              ]
            }
          : child
      )
      return {...node, properties: {...node.properties, className: ['numbered']}, children}
    })
  },
  // A wide table scrolls on its own instead of widening the page (see `.table` in css.ts).
  table: (nodes) => [
    {type: 'element', tagName: 'div', properties: {className: ['table']}, children: nodes} satisfies Element
  ],
  blockquote: same,
  thematicBreak: same,
  code: same
}

/** Blocks under a heading of rank `rank`: their own headings start one rank lower; sub-headings are collected into `outline`. */
export function blocksToHast(blocks: Block[], state: State, outline: Outline | null = null): ElementContent[] {
  return cleanHast(
    blocks.flatMap((block) => blockHandlers[blockKindOf(block)](blockToHast(block, {epub: true}), block, outline)),
    state
  )
}

/** Inline content (a title, a question) as cleaned phrasing nodes. */
export function inlineToCleanHast(inline: Inline, state: State): ElementContent[] {
  return cleanHast(inlineToHast(inline, {epub: true}), state)
}
