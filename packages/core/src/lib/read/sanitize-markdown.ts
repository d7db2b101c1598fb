/**
 * Make Markdown inline content inert. Raw HTML becomes visible text; links keep only http(s),
 * mailto and in-page targets; images become their alt text (the site loads nothing from other
 * hosts); references are resolved so each block stands alone.
 */
import type {Definition, PhrasingContent} from 'mdast'

const safeUrl = /^(https?:|mailto:|#)/i

/** True for URLs a published document may link to. */
export function isSafeUrl(url: string): boolean {
  return safeUrl.test(url.trim())
}

/** Return sanitized copies of phrasing nodes; `warn` is told about everything changed. */
export function sanitizePhrasing(
  nodes: PhrasingContent[],
  definitions: Map<string, Definition>,
  warn: (code: string, message: string) => void
): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (const node of nodes) {
    switch (node.type) {
      case 'html':
        warn('markup/html-as-text', `inline HTML ${JSON.stringify(node.value.slice(0, 40))} is shown as text`)
        out.push({type: 'text', value: node.value})
        break
      case 'image':
      case 'imageReference':
        warn('markup/image-dropped', 'images are not published; their description is kept as text')
        if (node.alt) out.push({type: 'text', value: node.alt})
        break
      case 'link':
        if (isSafeUrl(node.url)) {
          out.push({...node, children: sanitizePhrasing(node.children, definitions, warn)})
        } else {
          warn('markup/unsafe-link', `link to ${JSON.stringify(node.url.slice(0, 40))} removed; its text is kept`)
          out.push(...sanitizePhrasing(node.children, definitions, warn))
        }
        break
      case 'linkReference': {
        const definition = definitions.get(node.identifier)
        const children = sanitizePhrasing(node.children, definitions, warn)
        if (definition && isSafeUrl(definition.url))
          out.push({type: 'link', url: definition.url, title: definition.title ?? null, children})
        else out.push(...children)
        break
      }
      case 'footnoteReference':
        // Kept as a marker: `read-notes.ts` links it to its note, or makes it text when no note has its label.
        out.push(node)
        break
      case 'emphasis':
      case 'strong':
      case 'delete':
        out.push({...node, children: sanitizePhrasing(node.children, definitions, warn)} as PhrasingContent)
        break
      default:
        out.push(node)
    }
  }
  return out
}
