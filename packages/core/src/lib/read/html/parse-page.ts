/**
 * Parse a saved page into hast with every node's source position, with its nesting bounded.
 *
 * The HTML standard's parser (parse5, as rehype-parse uses it) keeps any depth, but the code after it
 * does not: hast-util-from-parse5, hast-util-to-mdast and linkedom recurse per level (2,000 nested
 * `<div>`s overflowed the stack) and Readability's cost grows with the square of the depth (400 levels
 * took 3 s, 800 levels 20 s). Browsers bound it too: Chromium's parser attaches nodes deeper than 512
 * levels to the element at that level (`kMaximumHTMLParserDOMTreeDepth`, html_construction_site.cc).
 * Here an element at `maxDepth` keeps the text below it, in order, as one paragraph per block that held
 * it — the words survive, the deeper markup does not — and a warning names the line. 128 levels is
 * four times what Lighthouse already calls an excessive DOM depth (32). The walk is iterative, so no
 * depth can overflow the stack here.
 */
import type {Root} from 'hast'
import {fromParse5} from 'hast-util-from-parse5'
import {type DefaultTreeAdapterTypes as P5, parse} from 'parse5'
import {VFile} from 'vfile'
import type {Message} from '../../model/publication.js'
import {messageAt} from '../../messages.js'

/** Deepest element level kept as markup (`<html>` is level 1). */
export const maxDepth = 128

/** Elements whose text is not the page's text (code, styles, embedded documents): dropped when flattened. */
const notText = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'svg',
  'math',
  'select',
  'object'
])

/** Elements whose start and end begin a new paragraph of the flattened text. */
const blocks = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
  'br'
])

/** A page as hast, and the warning when its nesting was bounded. */
export interface ParsedPage {
  root: Root
  warnings: Message[]
}

/** Parse `text` (already decoded) as an HTML document; elements deeper than `maxDepth` are flattened to text. */
export function parsePage(file: string, text: string): ParsedPage {
  const document = parse(text, {sourceCodeLocationInfo: true, scriptingEnabled: false})
  const flattened = boundDepth(document)
  const root = fromParse5(document, {file: new VFile(text)}) as Root
  const warnings: Message[] = []
  if (flattened.length > 0)
    warnings.push(
      messageAt(
        file,
        'html/too-deep',
        `elements are nested deeper than ${maxDepth} levels (${flattened.length} place(s), from line ${flattened.join(', ')}); below that level only their text was kept, as paragraphs`,
        flattened[0]!
      )
    )
  return {root, warnings}
}

/** Flatten every element at `maxDepth` that has child elements; returns the lines where that happened (at most 5). */
function boundDepth(document: P5.Document): number[] {
  const lines: number[] = []
  let count = 0
  const stack: Array<{node: P5.ParentNode; depth: number}> = [{node: document, depth: 0}]
  while (stack.length > 0) {
    const {node, depth} = stack.pop()!
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue
      // A template's markup sits in its content fragment, outside `childNodes`.
      if ('content' in child) stack.push({node: child.content, depth: depth + 1})
      if (depth + 1 < maxDepth) stack.push({node: child, depth: depth + 1})
      else if (child.childNodes.some((grandchild) => 'tagName' in grandchild)) {
        count++
        if (lines.length < 5) lines.push(child.sourceCodeLocation?.startLine ?? 0)
        child.childNodes = paragraphsOf(child)
      }
    }
  }
  return count > 0 ? lines.sort((a, b) => a - b) : []
}

/** The text below `element`, in document order, as `<p>` elements split where a block starts or ends. */
function paragraphsOf(element: P5.Element): P5.ChildNode[] {
  const out: P5.Element[] = []
  let texts: P5.TextNode[] = []
  const close = () => {
    if (texts.some((t) => t.value.trim() !== '')) out.push(paragraph(element, texts))
    texts = []
  }
  // Iterative pre-order walk; a `null` marks the end of a block element.
  const pending: Array<P5.ChildNode | null> = [...element.childNodes].reverse()
  while (pending.length > 0) {
    const node = pending.pop()!
    if (node === null) {
      close()
      continue
    }
    if (node.nodeName === '#text') texts.push(node as P5.TextNode)
    if (!('tagName' in node) || notText.has(node.tagName)) continue
    if (blocks.has(node.tagName)) {
      close()
      pending.push(null)
    }
    for (let index = node.childNodes.length - 1; index >= 0; index--) pending.push(node.childNodes[index]!)
  }
  close()
  return out
}

/** A `<p>` holding `texts`, placed where they are in the source. */
function paragraph(parent: P5.Element, texts: P5.TextNode[]): P5.Element {
  const first = texts[0]!.sourceCodeLocation
  const last = texts.at(-1)!.sourceCodeLocation
  const p: P5.Element = {
    nodeName: 'p',
    tagName: 'p',
    attrs: [],
    namespaceURI: parent.namespaceURI,
    parentNode: parent,
    childNodes: [],
    sourceCodeLocation:
      first && last
        ? {
            startLine: first.startLine,
            startCol: first.startCol,
            startOffset: first.startOffset,
            endLine: last.endLine,
            endCol: last.endCol,
            endOffset: last.endOffset,
            startTag: {...first}
          }
        : null
  }
  p.childNodes = texts.map((text) => ({...text, parentNode: p}))
  return p
}
