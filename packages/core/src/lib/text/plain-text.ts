/**
 * Plain text of an mdast node, as `mdast-util-to-string` gives it (the values of text, code and
 * inline code, the alt of images), except that a hard line break (`break`: Markdown's two trailing
 * spaces or backslash, HTML's `<br>`) is a line end. `mdast-util-to-string` drops it, so
 * "resume<br>after" became "resumeafter" in the dataset, the search index and the key points
 * (field case 20; mozilla/readability#779 is the same fault).
 */
import type {Nodes} from 'mdast'

/** The text of `node` and its descendants; each `break` is `\n`. */
export function plainText(node: Nodes | undefined): string {
  if (!node) return ''
  if (node.type === 'break') return '\n'
  if ('value' in node) return node.value
  if ('alt' in node && node.alt) return node.alt
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('')
  return ''
}

/**
 * Runs of white space a line may break at, as one space, trimmed. The no-break spaces (U+00A0,
 * U+202F narrow, U+2007 figure) are kept: typography set them where a break must not fall (French
 * « » ? ! ; :, field case 17), and `\s` would take them too.
 */
export function collapseSpaces(text: string): string {
  return text.replace(/[^\S\u00a0\u202f\u2007]+/g, ' ').trim()
}
