/**
 * Hast → XHTML fragment. The markup comes from core's `blockToHast`/`inlineToHast` (the same
 * conversion as the site); this file makes it safe for an EPUB content document before
 * epub-gen-memory re-parses it: no comments, no control characters, no obsolete attributes,
 * headings shifted under the section's own heading, and links that EPUBCheck can resolve.
 */
import type {ElementContent, Properties, Root, RootContent} from 'hast'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {cleanText} from './text.js'

/** What a fragment needs to know about the document it lands in. */
export interface State {
  /** Heading rank of the enclosing section (1 for the document title). */
  rank: number
  /** Fragment ids that exist in the same document, for in-page links; `null` trusts links as they are. */
  ids: ReadonlySet<string> | null
}

/** Attributes that mdast-util-to-hast may emit but EPUB's XHTML rejects or epub-gen-memory drops. */
const droppedProperties = ['align', 'start', 'dataFootnoteRef', 'dataFootnoteBackref', 'disabled', 'checked']

/** Return cleaned copies of hast nodes: see the file comment for what changes. */
export function cleanHast(nodes: RootContent[], state: State): ElementContent[] {
  const out: ElementContent[] = []
  for (const node of nodes) {
    if (node.type === 'text') {
      const value = cleanText(node.value)
      if (value) out.push({type: 'text', value})
    } else if (node.type === 'element') {
      const children = cleanHast(node.children, state)
      const properties = cleanProperties(node.properties)
      let tagName = node.tagName
      const heading = /^h([1-6])$/.exec(tagName)
      if (heading) tagName = `h${Math.min(6, state.rank + Number(heading[1]))}`
      if (tagName === 'a') {
        const href = typeof properties.href === 'string' ? properties.href : ''
        if (!isLinkable(href, state)) {
          out.push(...children)
          continue
        }
        properties.href = href
      }
      if (tagName === 'input') continue
      out.push({type: 'element', tagName, properties, children})
    }
    // Comments, doctypes and raw nodes are dropped: they never carry content here.
  }
  return out
}

/**
 * XHTML through unified with rehype-stringify (which hands the tree to hast-util-to-html): void
 * elements self-closed, no named character references (XML knows only five), nothing raw.
 */
const xhtmlProcessor = unified()
  .use(rehypeStringify, {
    closeSelfClosing: true,
    closeEmptyElements: false,
    allowDangerousHtml: false,
    characterReferences: {useNamedReferences: false, useShortestReferences: false}
  })
  .freeze()

/** Serialize cleaned hast as an XHTML fragment. */
export function toXhtml(nodes: ElementContent[]): string {
  const root: Root = {type: 'root', children: nodes}
  return xhtmlProcessor.stringify(root)
}

function cleanProperties(properties: Properties): Properties {
  const out: Properties = {}
  for (const [key, value] of Object.entries(properties)) {
    if (droppedProperties.includes(key) || value === undefined || value === null) continue
    out[key] =
      typeof value === 'string'
        ? cleanText(value)
        : Array.isArray(value)
          ? value.map((v) => (typeof v === 'string' ? cleanText(v) : v))
          : value
  }
  return out
}

/** In-page links must point at an id of the same document; others must be absolute and parse. */
function isLinkable(href: string, state: State): boolean {
  if (state.ids === null) return href !== ''
  if (href.startsWith('#')) {
    try {
      return state.ids.has(decodeURIComponent(href.slice(1)))
    } catch {
      return false
    }
  }
  return isExternalHref(href)
}

/** True for an absolute http(s) or mailto URL that parses and needs no further escaping. */
export function isExternalHref(href: string): boolean {
  if (!/^(https?|mailto):/i.test(href) || /[\s<>"{}|\\^`\u0000-\u001F\u007F]/.test(href)) return false
  try {
    new URL(href)
    return true
  } catch {
    return false
  }
}
