/**
 * Make a parsed page inert before anything else reads it: nothing in it may run or be fetched.
 * Scripts, styles, embedded frames and media, forms and event handlers are removed; images become
 * their alt text (nothing is loaded from another host); `javascript:`, `data:` and other links that
 * are not http(s), mailto or in-page lose their target and keep their words. Each kind of change is
 * one warning with its count and lines. Relative links are resolved against the page's address.
 */
import type {Element, ElementContent, Root, RootContent} from 'hast'
import type {Message, RemovedLine} from '../../model/publication.js'
import {messageAt} from '../../messages.js'
import {isSafeUrl} from '../sanitize-markdown.js'
import {droppedLines} from './dropped-lines.js'

/** Elements removed whole: what they hold is code, styling or content from elsewhere. */
const removed: Record<string, {code: string; what: string}> = {
  script: {code: 'safety/script', what: 'script'},
  noscript: {code: 'safety/script', what: 'script'},
  template: {code: 'safety/script', what: 'script'},
  style: {code: 'safety/style', what: 'style sheet'},
  link: {code: 'safety/style', what: 'style sheet'},
  iframe: {code: 'safety/embed', what: 'embedded frame or media'},
  frame: {code: 'safety/embed', what: 'embedded frame or media'},
  frameset: {code: 'safety/embed', what: 'embedded frame or media'},
  object: {code: 'safety/embed', what: 'embedded frame or media'},
  embed: {code: 'safety/embed', what: 'embedded frame or media'},
  applet: {code: 'safety/embed', what: 'embedded frame or media'},
  video: {code: 'safety/embed', what: 'embedded frame or media'},
  audio: {code: 'safety/embed', what: 'embedded frame or media'},
  canvas: {code: 'safety/embed', what: 'embedded frame or media'},
  svg: {code: 'safety/embed', what: 'embedded frame or media'},
  portal: {code: 'safety/embed', what: 'embedded frame or media'},
  'amp-iframe': {code: 'safety/embed', what: 'embedded frame or media'},
  'amp-ad': {code: 'safety/embed', what: 'embedded frame or media'},
  'amp-analytics': {code: 'safety/script', what: 'script'},
  'amp-video': {code: 'safety/embed', what: 'embedded frame or media'},
  'amp-youtube': {code: 'safety/embed', what: 'embedded frame or media'},
  form: {code: 'safety/form', what: 'form'},
  input: {code: 'safety/form', what: 'form'},
  button: {code: 'safety/form', what: 'form'},
  select: {code: 'safety/form', what: 'form'},
  textarea: {code: 'safety/form', what: 'form'},
  base: {code: 'safety/base', what: 'base address'},
  meta: {code: 'safety/refresh', what: 'refresh'}
}
const images = new Set(['img', 'amp-img', 'image'])

export interface InertPage {
  warnings: Message[]
  /** Visible words inside removed parts (a form's labels), for the ledger. */
  removed: RemovedLine[]
}

/** Remove or neutralize everything active in `root`, in place. `base` resolves relative links. */
export function makeInert(file: string, root: Root, base: string | null): InertPage {
  const found = new Map<string, {what: string; lines: number[]}>()
  const note = (code: string, what: string, line: number | undefined) => {
    const entry = found.get(code) ?? {what, lines: []}
    entry.lines.push(line ?? 0)
    found.set(code, entry)
  }
  const lost: RemovedLine[] = []

  const clean = (children: Array<RootContent | ElementContent>): Array<RootContent | ElementContent> => {
    const out: Array<RootContent | ElementContent> = []
    for (const node of children) {
      if (node.type === 'comment' || node.type === 'doctype') continue
      if (node.type !== 'element') {
        out.push(node)
        continue
      }
      const line = node.position?.start.line
      const rule = removed[node.tagName]
      const isData = node.tagName === 'script' && /^application\/(?:ld\+)?json$/i.test(String(node.properties['type'] ?? ''))
      if (rule && !(node.tagName === 'link' && !/stylesheet|preload|import|modulepreload|prefetch/i.test(String(node.properties['rel'] ?? ''))) && !(node.tagName === 'meta' && !/refresh/i.test(String(node.properties['httpEquiv'] ?? '')))) {
        // JSON-LD is data, read as metadata before this step; it never runs.
        if (!isData) note(rule.code, rule.what, line)
        if (rule.code === 'safety/form' && node.tagName === 'form') lost.push(...droppedLines(node, 'form (not published)', 'safety/form'))
        continue
      }
      dropHandlers(node, (name) => note('safety/event-handler', `event handler (${name})`, line))
      if (images.has(node.tagName)) {
        note('safety/image', 'image', line)
        const alt = String(node.properties['alt'] ?? '').trim()
        if (alt) out.push({type: 'text', value: alt, position: node.position})
        continue
      }
      if (node.tagName === 'picture' || node.tagName === 'source') {
        node.children = clean(node.children) as ElementContent[]
        out.push(...(node.tagName === 'picture' ? node.children : []))
        continue
      }
      if (node.tagName === 'a') {
        const href = node.properties['href']
        if (href !== undefined && href !== null) {
          const target = resolve(String(href), base)
          if (target === null) {
            if (isRelative(String(href)) && !base) note('safety/relative-link', 'link relative to an address the page does not give', line)
            else note('safety/unsafe-link', 'link that is not http(s), mailto or in-page', line)
            out.push(...(clean(node.children) as ElementContent[]))
            continue
          }
          keepSafeProperties(node)
          node.properties['href'] = target
        } else keepSafeProperties(node)
      } else keepSafeProperties(node)
      node.children = clean(node.children) as ElementContent[]
      out.push(node)
    }
    return out
  }
  root.children = clean(root.children) as RootContent[]

  const warnings: Message[] = []
  const advice: Record<string, string> = {
    'safety/script': 'nothing in the page runs',
    'safety/style': "the page's styles are not used",
    'safety/embed': 'nothing is loaded from another site',
    'safety/form': 'forms are not published; their words are listed as removed',
    'safety/event-handler': 'event handlers never run',
    'safety/image': 'images are not loaded; their alt text is kept',
    'safety/unsafe-link': 'the link target was dropped, its words are kept',
    'safety/relative-link': 'no canonical address to resolve it against; its words are kept',
    'safety/base': "links are resolved against the page's own address",
    'safety/refresh': 'the page cannot redirect'
  }
  for (const [code, {what, lines}] of found) {
    const shown = [...new Set(lines.filter((l) => l > 0))]
    const where = shown.length > 0 ? ` (line${shown.length > 1 ? 's' : ''} ${shown.slice(0, 5).join(', ')}${shown.length > 5 ? ', …' : ''})` : ''
    warnings.push(messageAt(file, code, `removed ${lines.length} ${what}${lines.length > 1 && !what.includes('(') ? 's' : ''}${where}: ${advice[code]}`, shown[0] ?? null))
  }
  return {warnings, removed: lost}
}

/** Remove `on*` attributes (hast names them `onClick`, `onError`…), reporting each. */
function dropHandlers(node: Element, report: (name: string) => void): void {
  for (const name of Object.keys(node.properties)) {
    if (/^on/i.test(name)) {
      report(name.toLowerCase())
      delete node.properties[name]
    }
  }
}

/** Only what later steps read survives on an element: class and id (chrome rules), visibility, dir, lang, datetime, start. */
function keepSafeProperties(node: Element): void {
  const kept: Element['properties'] = {}
  for (const name of ['className', 'id', 'dir', 'lang', 'dateTime', 'start', 'role', 'itemProp', 'rel', 'hidden', 'ariaHidden', 'style']) {
    const value = node.properties[name]
    if (value !== undefined && value !== null) kept[name] = value
  }
  node.properties = kept
}

/**
 * A link target a publication may carry: absolute http(s)/mailto/in-page, or relative resolved
 * against `base`. Control characters and spaces browsers ignore inside a scheme ("java\tscript:")
 * are removed first, so they cannot hide one. Null when unsafe or unresolvable.
 */
export function resolve(href: string, base: string | null): string | null {
  const compact = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  if (compact === '') return null
  if (/^[a-z][a-z0-9+.-]*:/i.test(compact)) return isSafeUrl(compact) ? compact : null
  if (compact.startsWith('#')) return compact
  if (!base) return null
  try {
    const url = new URL(compact, base)
    return isSafeUrl(url.href) ? url.href : null
  } catch {
    return null
  }
}

/** A link with no scheme and not in-page ("/about", "../x.html"). */
function isRelative(href: string): boolean {
  const compact = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  return compact !== '' && !compact.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(compact)
}
