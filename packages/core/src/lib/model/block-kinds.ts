/**
 * Every block kind of the model, as a value, so each renderer can keep a registry of handlers keyed
 * by kind (unified's `handlers`, Pandoc's writers) and a test can fail when a kind is added here
 * without a handler in every format.
 */
import type {Block, BlockKind} from './publication.js'

/** The block kinds of `BlockKind`, in a stable order. */
export const blockKinds = [
  'paragraph',
  'heading',
  'list',
  'table',
  'blockquote',
  'thematicBreak',
  'code'
] as const satisfies readonly BlockKind[]

// A kind added to `BlockKind` but not to `blockKinds` fails to compile here.
type Missing = Exclude<BlockKind, (typeof blockKinds)[number]>
const complete: Missing extends never ? true : never = true
void complete

/** A registry of one handler per block kind, as each renderer keeps (`Handlers<Render>`). */
export type Handlers<Handler> = {readonly [K in BlockKind]: Handler}

/**
 * The kind of a block. Blocks whose tree is some other mdast node (raw `html`, a stray `definition`)
 * never leave core: the Markdown reader turns them into paragraphs, so they read as `paragraph`.
 */
export function blockKindOf(block: Pick<Block, 'tree'>): BlockKind {
  const type = block.tree.type
  return (blockKinds as readonly string[]).includes(type) ? (type as BlockKind) : 'paragraph'
}

/** The block kinds a registry lacks (an empty list when it handles every kind). */
export function missingHandlers(handlers: Partial<Record<string, unknown>>): BlockKind[] {
  return blockKinds.filter((kind) => typeof handlers[kind] !== 'function')
}
