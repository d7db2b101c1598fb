/**
 * Pick the main text of a page. Furniture recognised by its markup goes first, each part with its
 * reason (chrome-rules.ts); then Mozilla's Readability (the Firefox Reader View engine,
 * https://github.com/mozilla/readability) chooses the article over a linkedom DOM of what remains.
 * Every element carries a numbered marker through Readability, so the content kept is taken from
 * our own tree, with its source positions, and everything Readability left out is listed as
 * removed with a reason, as text.
 */
import {Readability} from '@mozilla/readability'
import type {Element, Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {toText} from 'hast-util-to-text'
import {parseHTML} from 'linkedom'
import type {Message, RemovedLine} from '../../model/publication.js'
import {messageAt} from '../../messages.js'
import {chromeRules, leftOutRules, matchRule} from './chrome-rules.js'
import {droppedLines} from './dropped-lines.js'

export interface Extracted {
  /** The kept parts of the page, in reading order, with their source positions. */
  content: Root
  removed: RemovedLine[]
  warnings: Message[]
}

const marker = 'dataDossierN'
const phrasing = new Set([
  'a',
  'abbr',
  'b',
  'br',
  'cite',
  'code',
  'em',
  'i',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'font'
])
const articleLike = /(?:^|[\s_-])(?:hentry|post|entry|article|story|blog-post)(?:$|[\s_-])/i
const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** Split `body` into the main text and what was left out (with reasons); `titles` are the page's own titles. */
export function extractMain(file: string, body: Element, titles: string[]): Extracted {
  const removed: RemovedLine[] = []
  const warnings: Message[] = []
  dropChrome(body, false, removed)

  const nodes: Element[] = []
  const number = (node: Element) => {
    node.properties[marker] = String(nodes.push(node) - 1)
    for (const child of node.children) if (child.type === 'element') number(child)
  }
  for (const child of body.children) if (child.type === 'element') number(child)

  const head = titles[0] ? `<title>${toHtml({type: 'text', value: titles[0]})}</title>` : ''
  const {document} = parseHTML(`<!doctype html><html><head>${head}</head><body>${toHtml(body.children)}</body></html>`)
  // charThreshold: interviews are often short; 250 characters of text is enough to be an article.
  const article = new Readability(document, {
    charThreshold: 250,
    serializer: (element: unknown) => element
  }).parse() as {
    content: {querySelectorAll(selector: string): Iterable<{getAttribute(name: string): string | null}>}
  } | null
  const kept = new Set<number>()
  if (article)
    for (const element of article.content.querySelectorAll('[data-dossier-n]'))
      kept.add(Number(element.getAttribute('data-dossier-n')))
  if (kept.size === 0) {
    warnings.push(
      messageAt(
        file,
        'extract/whole-page',
        'the extractor found no main text; every part of the page that is not furniture is read',
        null
      )
    )
    for (let index = 0; index < nodes.length; index++) kept.add(index)
  }

  const isKept = (node: Element) => kept.has(Number(node.properties[marker]))
  const hasKept = (node: Element): boolean =>
    node.children.some((child) => child.type === 'element' && (isKept(child) || hasKept(child)))
  const left: LeftOut = {removed, titleKeys: new Set(titles.map(comparable)), title: null}
  const roots: Element[] = []
  const walk = (node: Element, inArticle: boolean) => {
    for (const child of node.children) {
      if (child.type === 'text') {
        if (child.value.trim() !== '')
          removed.push(...droppedLines({type: 'root', children: [child]}, outside, 'extract/outside'))
        continue
      }
      if (child.type !== 'element') continue
      const inside = inArticle || isArticle(child)
      if (isKept(child)) roots.push(child)
      else if (hasKept(child)) walk(child, inside)
      else drop(child, inside, left)
    }
  }
  walk(body, false)
  /** Inside kept content, drop the descendants Readability left out (share bars, captions it judged noise). */
  const prune = (node: Element) => {
    node.children = node.children.filter((child) => {
      if (child.type !== 'element') return true
      // Readability unwraps single-child wrappers: a wrapper with kept content inside is kept; so
      // is plain prose its conditional cleaning dropped inside the article (a closing paragraph).
      if (isKept(child) || hasKept(child) || isProse(child)) {
        prune(child)
        return true
      }
      drop(child, true, left)
      return false
    })
  }
  for (const root of roots) prune(root)
  // Readability takes the headline out of the text it returns; the page's own heading is the title.
  return {content: {type: 'root', children: left.title ? [left.title, ...roots] : roots}, removed, warnings}
}

const outside = 'outside the main text (Readability)'

/** A paragraph-like part of running text: a sentence or more, few links, no furniture names. */
function isProse(node: Element): boolean {
  if (!['p', 'div', 'blockquote'].includes(node.tagName) || matchRule(leftOutRules, node, true)) return false
  if (node.children.some((child) => child.type === 'element' && !phrasing.has(child.tagName) && child.tagName !== 'br'))
    return false
  const text = toText(node).trim()
  let linked = 0
  const count = (current: Element) => {
    for (const child of current.children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'a') linked += toText(child).length
      else count(child)
    }
  }
  count(node)
  return text.length >= 40 && /[.!?。！？؟]["'”’»)]*$/u.test(text) && linked / text.length < 0.25
}
const isArticle = (node: Element) =>
  node.tagName === 'article' || node.tagName === 'main' || articleLike.test(String(node.properties['className'] ?? ''))

interface LeftOut {
  removed: RemovedLine[]
  titleKeys: Set<string>
  /** The page's headline, found among the parts left out. */
  title: Element | null
}

/** List a left-out part, part by part, so a byline and a date line each get their own reason. */
function drop(node: Element, inArticle: boolean, left: LeftOut): void {
  if (!left.title && /^h[1-4]$/.test(node.tagName) && left.titleKeys.has(comparable(toText(node)))) {
    left.title = node
    return
  }
  // "Posted on <date> by <name>": when the parts have reasons of their own, list them part by part.
  const parts = node.children.filter(
    (child) => child.type === 'element' && matchRule(leftOutRules, child, inArticle)
  ).length
  const rule = parts >= 2 ? null : matchRule(leftOutRules, node, inArticle)
  if (rule || (parts < 2 && node.children.every((child) => child.type !== 'element' || phrasing.has(child.tagName)))) {
    left.removed.push(...droppedLines(node, rule?.reason ?? outside, rule?.rule ?? 'extract/outside'))
    return
  }
  for (const child of node.children) {
    if (child.type === 'element') drop(child, inArticle || isArticle(child), left)
    else if (child.type === 'text' && child.value.trim() !== '')
      left.removed.push(...droppedLines({type: 'root', children: [child]}, outside, 'extract/outside'))
  }
}

/** Remove furniture recognised by its markup, in place, listing each part's text with its reason. */
function dropChrome(node: Element, inArticle: boolean, removed: RemovedLine[]): void {
  node.children = node.children.filter((child) => {
    if (child.type !== 'element') return true
    const rule = matchRule(chromeRules, child, inArticle)
    if (rule) {
      removed.push(...droppedLines(child, rule.reason, rule.rule))
      return false
    }
    dropChrome(child, inArticle || isArticle(child), removed)
    return true
  })
}
