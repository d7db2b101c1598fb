/**
 * What a saved page says about itself, each fact with its evidence ("JSON-LD datePublished",
 * `<meta property="og:title">`): schema.org JSON-LD, schema.org microdata, Open Graph and article
 * tags, `<meta name="author">`, `<time datetime>`, `<link rel="canonical">` and `<html lang>`.
 * Candidates are listed best first; `apply-page-meta.ts` ranks them between an editor's sidecar
 * and what the normalizer infers from the text.
 */
import type {Element, Root} from 'hast'
import {toText} from 'hast-util-to-text'
import {visit} from 'unist-util-visit'
import {parseIsoDate} from '../../text/dates.js'
import {parseJsonLd, plain, readArticle} from './json-ld.js'

/** One fact read from the page, with where it was read. */
export interface PageFact {
  value: string
  evidence: string
  /** Source line of the element it was read from. */
  line: number | null
}

/** Everything the page says about itself; every list is best first. */
export interface PageMeta {
  titles: PageFact[]
  /** The standfirst the page gives for search and sharing (JSON-LD, Open Graph, `<meta name="description">`). */
  descriptions: PageFact[]
  /** Dates as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (the page's own local date). */
  dates: PageFact[]
  /** The date the page shows its reader (`<time datetime>`), for the disagreement check. */
  shownDate: PageFact | null
  authors: PageFact[]
  publisher: (PageFact & {url: string | null}) | null
  partOf: PageFact | null
  urls: PageFact[]
  langs: PageFact[]
  /** JSON-LD scripts that were not JSON. */
  badJsonLd: number
}

const str = (value: unknown) =>
  Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? '' : String(value)

/** Read the page's own metadata from its full (not yet extracted) tree. */
export function readPageMeta(root: Root): PageMeta {
  const meta: PageMeta = {
    titles: [],
    descriptions: [],
    dates: [],
    shownDate: null,
    authors: [],
    publisher: null,
    partOf: null,
    urls: [],
    langs: [],
    badJsonLd: 0
  }
  const jsonLd: string[] = []
  const metas = new Map<string, PageFact>()
  const micro: Record<string, PageFact> = {}
  let documentTitle: PageFact | null = null
  const times: Array<PageFact & {published: boolean}> = []
  visit(root, 'element', (node: Element) => {
    const p = node.properties
    const line = node.position?.start.line ?? null
    switch (node.tagName) {
      case 'html':
        if (str(p['lang']).trim())
          meta.langs.push({value: str(p['lang']).trim(), evidence: `<html lang="${str(p['lang']).trim()}">`, line})
        break
      case 'script':
        if (/^application\/ld\+json$/i.test(str(p['type']).trim())) jsonLd.push(toText(node))
        break
      case 'title':
        documentTitle ??= fact(toText(node), '<title>', line)
        break
      case 'meta': {
        const key = str(p['property'] ?? p['name'] ?? p['itemProp'])
          .toLowerCase()
          .trim()
        const value = str(p['content'])
        if (key && value && !metas.has(key)) {
          const f = fact(value, `<meta ${p['property'] ? 'property' : p['name'] ? 'name' : 'itemprop'}="${key}">`, line)
          if (f) metas.set(key, f)
        }
        break
      }
      case 'link':
        if (
          str(p['rel']).toLowerCase().split(/\s+/).includes('canonical') &&
          /^https?:\/\//i.test(str(p['href']).trim())
        ) {
          meta.urls.push({value: str(p['href']).trim(), evidence: '<link rel="canonical">', line})
        }
        break
      case 'time':
        if (p['dateTime']) {
          const published =
            /publish|entry-date|post-date|date-published/i.test(str(p['className'])) ||
            str(p['itemProp']) === 'datePublished'
          const f = fact(str(p['dateTime']), '<time datetime>', line)
          if (f) times.push({...f, published})
        }
        break
    }
    // schema.org microdata (Blogger and many templates): itemprop="headline|datePublished|author".
    const prop = str(p['itemProp'])
    if (prop && node.tagName !== 'meta') {
      const value =
        str(p['dateTime'] ?? p['content'] ?? p['title']) || (prop === 'author' ? authorName(node) : toText(node))
      for (const name of prop.split(/\s+/)) {
        const f = fact(value, `microdata ${name}`, line)
        if (f && !micro[name]) micro[name] = f
      }
    }
  })

  const parsed = parseJsonLd(jsonLd)
  meta.badJsonLd = parsed.bad
  const ld = readArticle(parsed.nodes)
  const from = (value: string | null | undefined, evidence: string): PageFact[] =>
    value ? [{value, evidence, line: null}] : []
  const og = (key: string) => (metas.get(key) ? [metas.get(key)!] : [])

  meta.titles = [
    ...from(ld?.headline, 'JSON-LD headline'),
    ...(micro['headline'] ? [micro['headline']] : []),
    ...og('og:title'),
    ...og('twitter:title'),
    ...(documentTitle ? [documentTitle] : [])
  ]
  meta.descriptions = [...from(ld?.description, 'JSON-LD description'), ...og('og:description'), ...og('description')]
  const isoDates = [
    ...from(ld?.datePublished, 'JSON-LD datePublished'),
    ...(micro['datePublished'] ? [micro['datePublished']] : []),
    ...og('article:published_time'),
    ...og('date'),
    ...times.filter((t) => t.published),
    ...times.filter((t) => !t.published)
  ]
  meta.dates = isoDates.flatMap((d) => {
    const day = isoDay(d.value)
    return day ? [{...d, value: day}] : []
  })
  const shown = times.find((t) => t.published) ?? times[0]
  meta.shownDate = shown && isoDay(shown.value) ? {...shown, value: isoDay(shown.value)!} : null
  meta.authors = [
    ...(ld?.authors ?? []).map((name) => ({value: name, evidence: 'JSON-LD author', line: null})),
    ...(micro['author'] ? [micro['author']] : []),
    ...og('author').flatMap((a) =>
      a.value
        .split(/\s*(?:,|\band\b)\s*/)
        .filter(Boolean)
        .map((value) => ({...a, value}))
    )
  ]
  meta.authors = meta.authors.filter(
    (a, index) =>
      !/^https?:/i.test(a.value) &&
      meta.authors.findIndex((b) => b.value.toLowerCase() === a.value.toLowerCase()) === index
  )
  if (ld?.publisher)
    meta.publisher = {value: ld.publisher.name, url: ld.publisher.url, evidence: 'JSON-LD publisher', line: null}
  else if (metas.get('og:site_name')) meta.publisher = {...metas.get('og:site_name')!, url: null}
  if (ld?.isPartOf) meta.partOf = {value: ld.isPartOf, evidence: 'JSON-LD isPartOf', line: null}
  meta.urls.push(...og('og:url').filter((u) => /^https?:\/\//i.test(u.value)), ...from(ld?.url, 'JSON-LD url'))
  meta.langs.push(
    ...from(ld?.inLanguage, 'JSON-LD inLanguage'),
    ...og('og:locale').map((l) => ({...l, value: l.value.replace('_', '-')}))
  )
  return meta
}

/** The name of an `itemprop="author"` element: its own `itemprop="name"` if it has one. */
function authorName(node: Element): string {
  let name = ''
  visit(node, 'element', (child: Element) => {
    if (!name && str(child.properties['itemProp']) === 'name') name = toText(child)
  })
  return name || toText(node)
}

function fact(value: string, evidence: string, line: number | null): PageFact | null {
  const text = plain(value)
  return text ? {value: text, evidence, line} : null
}

/** `2023-04-12T09:15:00+00:00` → `2023-04-12`: the date as the page wrote it, not shifted to another zone. */
export function isoDay(value: string): string | null {
  const m = /^\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T\s]|$)/.exec(value)
  return m && parseIsoDate(m[1]!) ? m[1]! : null
}
