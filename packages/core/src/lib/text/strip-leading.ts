/**
 * Remove a prefix (a number, `Q:`, a speaker label) from phrasing content by character count,
 * descending into emphasis and strong, so `**Q:** Why?` and `Q: Why?` both become `Why?`.
 */
import type {PhrasingContent} from 'mdast'

interface Parent {
  children: PhrasingContent[]
}

/** Drop the first `count` characters of the content's text (and the whitespace after them). */
export function stripLeading(children: PhrasingContent[], count: number): PhrasingContent[] {
  let remaining = count
  let trimming = true
  const walk = (nodes: PhrasingContent[]): PhrasingContent[] => {
    const out: PhrasingContent[] = []
    for (const node of nodes) {
      if (!trimming) {
        out.push(node)
        continue
      }
      if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) {
        let value = node.value
        const cut = Math.min(remaining, value.length)
        value = value.slice(cut)
        remaining -= cut
        if (remaining === 0) {
          value = value.replace(/^\s+/, '')
          if (value !== '') trimming = false
        }
        if (value !== '') out.push({...node, value})
        continue
      }
      if ('children' in node) {
        const kids = walk((node as Parent).children)
        if (kids.length > 0) out.push({...node, children: kids} as PhrasingContent)
        continue
      }
      out.push(node)
    }
    return out
  }
  return walk(children)
}
