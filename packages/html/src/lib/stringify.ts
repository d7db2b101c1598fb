/**
 * HTML serialization through unified with rehype-stringify, as the project's design names it.
 * rehype-stringify hands the tree to hast-util-to-html with these (default) options, so the bytes
 * are those of `toHtml(tree)`.
 */
import type {Root} from 'hast'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'

const processor = unified().use(rehypeStringify).freeze()

/** Serialize a hast tree (a whole document or a fragment) to HTML. */
export function stringifyHtml(tree: Root): string {
  return processor.stringify(tree)
}
