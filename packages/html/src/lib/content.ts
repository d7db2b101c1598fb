/**
 * Source content as hast, adapted to the page it lands in. Core's shared conversion already makes
 * raw HTML text, drops unsafe URLs and marks note references (`doc-noteref`); here headings move
 * below the page's own outline and images become links, because the site loads nothing from other
 * hosts (and a hostile source could otherwise use an image as a beacon). Each block kind of the
 * model has its handler (`blockHandlers`, a registry like unified's `handlers`): a kind the model
 * gains without a handler fails to compile, and a test checks the registry against core's list.
 */
import {
  type Block,
  blockKindOf,
  blockToHast,
  footnotesToHast,
  type Handlers,
  type Inline,
  inlineToHast,
  interfaceWords,
  type Publication
} from '@dossier/core'
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'

/** One block kind's site markup, from core's shared hast. */
export type BlockHandler = (nodes: ElementContent[], block: Block) => ElementContent[]

const same: BlockHandler = (nodes) => nodes

/** The registry: one handler per block kind of the model. */
export const blockHandlers: Handlers<BlockHandler> = {
  paragraph: same,
  heading: same,
  list: same,
  // A wide table scrolls on its own; the scrolling region is focusable and named, as axe's
  // scrollable-region-focusable asks (https://dequeuniversity.com/rules/axe/4.10/scrollable-region-focusable).
  table: (nodes, block) => {
    const header = block.tree.type === 'table' ? block.tree.children[0] : undefined
    const label = header
      ? header.children
          .map((cell) => cell.children.map((child) => ('value' in child ? child.value : '')).join(''))
          .join(', ')
      : block.text.slice(0, 80)
    return [h('div.table-wrap', {tabIndex: 0, role: 'region', ariaLabel: label}, nodes)]
  },
  blockquote: same,
  thematicBreak: same,
  code: same
}

/** Blocks as hast, with their headings demoted to start at `topLevel`. */
export function blocksToHast(blocks: Block[], topLevel = 3): ElementContent[] {
  return blocks
    .flatMap((block) => blockHandlers[blockKindOf(block)](blockToHast(block), block))
    .map((node) => adapt(node, topLevel))
}

/** Inline content (a title, a question) as hast phrasing. */
export function inlineContent(inline: Inline): ElementContent[] {
  return inlineToHast(inline).map((node) => adapt(node, 3))
}

/** The publication's numbered notes (a `doc-endnotes` section, core's markup), or nothing. */
export function footnotesSection(publication: Publication): ElementContent[] {
  return footnotesToHast(publication.footnotes, {
    heading: interfaceWords(publication.lang).term('notes'),
    rank: 2,
    lang: publication.lang
  })
}

function adapt(node: ElementContent, topLevel: number): ElementContent {
  if (node.type !== 'element') return node
  if (node.tagName === 'img') return imageAsLink(node)
  const heading = /^h([1-6])$/.exec(node.tagName)
  const tagName = heading ? `h${Math.min(6, Number(heading[1]) + topLevel - 1)}` : node.tagName
  return {...node, tagName, children: node.children.map((child) => adapt(child, topLevel))}
}

function imageAsLink(node: Element): ElementContent {
  const alt = typeof node.properties.alt === 'string' && node.properties.alt ? node.properties.alt : 'image'
  const src = typeof node.properties.src === 'string' ? node.properties.src : null
  const label = `[Image: ${alt}]`
  return src ? h('a', {href: src}, label) : h('span', label)
}
