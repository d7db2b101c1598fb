/**
 * Read schema.org JSON-LD (https://schema.org/NewsArticle, https://json-ld.org/spec/latest/json-ld/)
 * the way publishing systems write it: one object, an array, or an `@graph` whose nodes point at
 * each other by `@id` (Yoast's WordPress graph). Only plain values are taken; nothing is fetched
 * and no context is expanded. A script that is not JSON is a warning, never an error.
 */
import {decodeHTML} from 'entities'

/** A JSON-LD node, loosely typed: values are checked where they are read. */
export type LdNode = Record<string, unknown>

/** What the article node of a page says, as plain strings. */
export interface LdArticle {
  type: string
  headline: string | null
  description: string | null
  datePublished: string | null
  authors: string[]
  publisher: {name: string; url: string | null} | null
  isPartOf: string | null
  inLanguage: string | null
  url: string | null
}

const articleTypes =
  /^(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Report|Review|Interview|CreativeWork)$/
const pageTypes = /^(?:WebPage|ItemPage|AboutPage|ProfilePage|QAPage|FAQPage)$/

/** Parse the texts of the page's JSON-LD scripts into nodes; `bad` counts scripts that were not JSON. */
export function parseJsonLd(texts: string[]): {nodes: LdNode[]; bad: number} {
  const nodes: LdNode[] = []
  let bad = 0
  for (const text of texts) {
    let value: unknown
    try {
      // Some systems wrap the JSON in an HTML comment or CDATA section.
      value = JSON.parse(text.replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, ''))
    } catch {
      bad++
      continue
    }
    collect(value, nodes, 0)
  }
  return {nodes, bad}
}

function collect(value: unknown, into: LdNode[], depth: number): void {
  if (depth > 8 || value === null || typeof value !== 'object') return
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 200)) collect(item, into, depth + 1)
    return
  }
  const node = value as LdNode
  if (Array.isArray(node['@graph'])) collect(node['@graph'], into, depth + 1)
  if (node['@type'] !== undefined) into.push(node)
}

const typesOf = (node: LdNode): string[] =>
  (Array.isArray(node['@type']) ? node['@type'] : [node['@type']]).filter((t): t is string => typeof t === 'string')

/** The article the page is about: the first article-typed node, else the web page node. */
export function readArticle(nodes: LdNode[]): LdArticle | null {
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]))
  const deref = (value: unknown): unknown => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const id = (value as LdNode)['@id']
      if (typeof id === 'string' && Object.keys(value).length <= 2 && byId.has(id)) return byId.get(id)
    }
    return value
  }
  const article =
    nodes.find((n) => typesOf(n).some((t) => articleTypes.test(t))) ??
    nodes.find((n) => typesOf(n).some((t) => pageTypes.test(t)))
  if (!article) return null
  const nameOf = (value: unknown): string | null => {
    const v = deref(value)
    if (typeof v === 'string') return /^https?:/i.test(v) ? null : plain(v)
    if (v && typeof v === 'object' && !Array.isArray(v)) return plain((v as LdNode)['name'])
    return null
  }
  const list = (value: unknown): unknown[] =>
    Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]
  const publisherNode = deref(article['publisher'])
  const publisherName = nameOf(publisherNode)
  const partOf = deref(list(article['isPartOf'])[0])
  // isPartOf pointing at the web page or site wrapping the article says nothing new about the outlet.
  const partOfName =
    partOf && typeof partOf === 'object' && !typesOf(partOf as LdNode).some((t) => pageTypes.test(t))
      ? nameOf(partOf)
      : null
  return {
    type: typesOf(article)[0] ?? 'Thing',
    headline: plain(article['headline']) ?? plain(article['name']),
    description: plain(article['description']),
    datePublished: plain(article['datePublished']) ?? plain(article['dateCreated']),
    authors: [
      ...new Set(
        list(article['author'])
          .map(nameOf)
          .filter((n): n is string => n !== null)
      )
    ].slice(0, 10),
    publisher: publisherName ? {name: publisherName, url: urlOf((publisherNode as LdNode | null)?.['url'])} : null,
    isPartOf: partOfName && partOfName !== publisherName ? partOfName : null,
    inLanguage: plain(article['inLanguage']),
    url: urlOf(article['url']) ?? urlOf(deref(article['mainEntityOfPage']))
  }
}

/**
 * A metadata string as plain text: references decoded, tags (and script or style content) dropped,
 * controls, the noncharacters U+FFFE/U+FFFF and lone surrogates (JSON's `\\ud800`, which no XML output
 * can carry) made spaces, spaces collapsed, at most 300 characters (never half a surrogate pair).
 */
export function plain(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const text = decodeHTML(value)
    .replace(/<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<\/?[a-z][^<>]*>/gi, ' ')
    .replace(
      /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      ' '
    )
    .replace(/\s+/g, ' ')
    .trim()
  return text === '' ? null : text.slice(0, 300).replace(/[\ud800-\udbff]$/, '')
}

function urlOf(value: unknown): string | null {
  const v =
    typeof value === 'string'
      ? value
      : value && typeof value === 'object'
        ? ((value as LdNode)['@id'] ?? (value as LdNode)['url'])
        : null
  return typeof v === 'string' && /^https?:\/\/[^\s<>"]+$/i.test(v.trim()) ? v.trim() : null
}
