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
const removed: Record<string, string> = {
  script: 'safety/script',
  noscript: 'safety/script',
  template: 'safety/script',
  'amp-analytics': 'safety/script',
  style: 'safety/style',
  link: 'safety/style',
  iframe: 'safety/embed',
  frame: 'safety/embed',
  frameset: 'safety/embed',
  object: 'safety/embed',
  embed: 'safety/embed',
  applet: 'safety/embed',
  video: 'safety/embed',
  audio: 'safety/embed',
  canvas: 'safety/embed',
  svg: 'safety/embed',
  math: 'safety/embed',
  portal: 'safety/embed',
  'amp-iframe': 'safety/embed',
  'amp-ad': 'safety/embed',
  'amp-video': 'safety/embed',
  'amp-youtube': 'safety/embed',
  'amp-social-share': 'safety/embed',
  form: 'safety/form',
  input: 'safety/form',
  button: 'safety/form',
  select: 'safety/form',
  textarea: 'safety/form',
  base: 'safety/base',
  meta: 'safety/refresh'
}
/** What each warning says: the things removed, and why that is safe. */
const reports: Record<string, [string, string]> = {
  'safety/script': ['scripts', 'nothing in the page runs'],
  'safety/style': ['style sheets', "the page's styles are not used"],
  'safety/embed': ['embedded frames, media and drawings', 'nothing is loaded from another site'],
  'safety/form': ['forms and form controls', 'forms are not published; their words are listed as removed'],
  'safety/event-handler': ['event handlers', 'event handlers never run'],
  'safety/image': ['images', 'images are not loaded; their alt text is kept'],
  'safety/unsafe-link': [
    'links that are not http(s), mailto or in-page',
    'the link target was dropped, its words are kept'
  ],
  'safety/relative-link': ['links relative to an address the page does not give', 'their words are kept'],
  'safety/base': ['base addresses', "links are resolved against the page's canonical address"],
  'safety/refresh': ['refresh instructions', 'the page cannot redirect'],
  'safety/control-characters': ['control characters in the text', 'they are invisible and break e-books']
}
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g
const images = new Set(['img', 'amp-img', 'image'])

export interface InertPage {
  warnings: Message[]
  /** Visible words inside removed parts (a form's labels), for the ledger. */
  removed: RemovedLine[]
}

/** Remove or neutralize everything active in `root`, in place. `base` resolves relative links. */
export function makeInert(file: string, root: Root, base: string | null): InertPage {
  const found = new Map<string, {lines: number[]; names: Set<string>}>()
  const note = (code: string, line: number | undefined, name?: string) => {
    const entry = found.get(code) ?? {lines: [], names: new Set<string>()}
    entry.lines.push(line ?? 0)
    if (name) entry.names.add(name)
    found.set(code, entry)
  }
  const lost: RemovedLine[] = []

  const clean = (children: Array<RootContent | ElementContent>): Array<RootContent | ElementContent> => {
    const out: Array<RootContent | ElementContent> = []
    for (const node of children) {
      if (node.type === 'comment' || node.type === 'doctype') continue
      if (node.type === 'text') {
        // Character references can name control characters (&#1;) that no cleaning of the file saw.
        if (controls.test(node.value)) {
          note('safety/control-characters', node.position?.start.line)
          node.value = node.value.replace(controls, '')
        }
        out.push(node)
        continue
      }
      if (node.type !== 'element') {
        out.push(node)
        continue
      }
      const line = node.position?.start.line
      const code = removed[node.tagName]
      const isData =
        node.tagName === 'script' && /^application\/(?:ld\+)?json$/i.test(String(node.properties['type'] ?? ''))
      if (
        code &&
        !(
          node.tagName === 'link' &&
          !/stylesheet|preload|import|modulepreload|prefetch/i.test(String(node.properties['rel'] ?? ''))
        ) &&
        !(node.tagName === 'meta' && !/refresh/i.test(String(node.properties['httpEquiv'] ?? '')))
      ) {
        // JSON-LD is data, read as metadata before this step; it never runs.
        if (!isData) note(code, line)
        if (node.tagName === 'form') lost.push(...droppedLines(node, 'form (not published)', 'safety/form'))
        continue
      }
      dropHandlers(node, (name) => note('safety/event-handler', line, name))
      if (images.has(node.tagName)) {
        note('safety/image', line)
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
            note(isRelative(String(href)) && !base ? 'safety/relative-link' : 'safety/unsafe-link', line)
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
  for (const [code, {lines, names}] of found) {
    const [what, why] = reports[code]!
    const shown = [...new Set(lines.filter((l) => l > 0))]
    const where =
      shown.length > 0
        ? `, line${shown.length > 1 ? 's' : ''} ${shown.slice(0, 5).join(', ')}${shown.length > 5 ? ', …' : ''}`
        : ''
    const named = names.size > 0 ? ` (${[...names].join(', ')})` : ''
    warnings.push(messageAt(file, code, `${what}${named}: ${lines.length} removed${where}; ${why}`, shown[0] ?? null))
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

/**
 * Only what later steps read survives on an element: class and id (chrome rules), visibility, dir,
 * lang, datetime, start, and a table cell's colspan and rowspan (hast-util-to-mdast keeps the
 * values after a merged cell in their columns).
 */
function keepSafeProperties(node: Element): void {
  const kept: Element['properties'] = {}
  for (const name of [
    'className',
    'id',
    'dir',
    'lang',
    'dateTime',
    'start',
    'role',
    'itemProp',
    'rel',
    'hidden',
    'ariaHidden',
    'style',
    'colSpan',
    'rowSpan'
  ]) {
    const value = node.properties[name]
    if (value !== undefined && value !== null) kept[name] = value
  }
  // The HTML standard's limits on spans (browsers clamp to them too).
  if (typeof kept['colSpan'] === 'number') kept['colSpan'] = Math.min(Math.max(kept['colSpan'], 1), 1000)
  if (typeof kept['rowSpan'] === 'number') kept['rowSpan'] = Math.min(Math.max(kept['rowSpan'], 0), 65534)
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
