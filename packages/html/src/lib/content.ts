/**
 * Source content as hast, adapted to the page it lands in. Core's shared conversion already makes
 * raw HTML text and drops unsafe URLs; here headings move below the page's own outline and images
 * become links, because the site loads nothing from other hosts (and a hostile source could
 * otherwise use an image as a beacon).
 */
import {blockToHast, inlineToHast, type Block, type Inline} from '@dossier/core'
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'

/** Blocks as hast, with their headings demoted to start at `topLevel`. */
export function blocksToHast(blocks: Block[], topLevel = 3): ElementContent[] {
  return blocks.flatMap((block) => blockToHast(block)).map((node) => adapt(node, topLevel))
}

/** Inline content (a title, a question) as hast phrasing. */
export function inlineContent(inline: Inline): ElementContent[] {
  return inlineToHast(inline).map((node) => adapt(node, 3))
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
