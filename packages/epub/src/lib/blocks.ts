/**
 * Core blocks and inlines as hast, cleaned for XHTML with the heading rank of where they land.
 */
import {blockToHast, inlineToHast, type Block, type Inline} from '@dossier/core'
import type {ElementContent} from 'hast'
import {cleanHast, type State} from './xhtml.js'

/** Blocks under a heading of rank `rank`: their own headings start one rank lower. */
export function blocksToHast(blocks: Block[], state: State): ElementContent[] {
  return cleanHast(blocks.flatMap((block) => blockToHast(block)), state)
}

/** Inline content (a title, a question) as cleaned phrasing nodes. */
export function inlineToCleanHast(inline: Inline, state: State): ElementContent[] {
  return cleanHast(inlineToHast(inline), state)
}
