/**
 * `sitemap.xml` (sitemaps.org protocol). Its locations must be absolute URLs, so it is written only
 * when the collection has a `baseUrl`; the renderer reports why it is missing otherwise.
 */
import type {PublicationHead} from '@dossier/core'
import {x} from 'xastscript'
import {toInstant} from './feed.js'
import {absoluteUrl, pagePath, type State} from './state.js'
import {serializeXml} from './xml.js'

/**
 * The contents of `sitemap.xml` (home, every publication's page, search, then `collectionPages`:
 * the people and outlets pages), or null without a base URL.
 */
export function renderSitemap(state: State, heads: PublicationHead[], collectionPages: string[] = []): string | null {
  if (!state.collection.baseUrl) return null
  const pages: Array<{path: string; date: string | null}> = [
    {path: '', date: null},
    ...heads.map((head) => ({path: pagePath(head.id), date: head.date})),
    {path: 'search.html', date: null},
    ...collectionPages.map((path) => ({path, date: null}))
  ]
  const tree = x(null, [
    {type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"'},
    x(
      'urlset',
      {xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9'},
      pages.map((page) =>
        x('url', [
          x('loc', absoluteUrl(state, page.path) ?? page.path),
          x('lastmod', page.date ? toInstant(page.date).slice(0, 10) : state.buildDate.slice(0, 10))
        ])
      )
    )
  ])
  return `${serializeXml(tree)}\n`
}

/** `robots.txt` pointing at the sitemap, when there is one. */
export function renderRobots(state: State): string {
  const sitemap = absoluteUrl(state, 'sitemap.xml')
  return `User-agent: *\nAllow: /\n${sitemap && state.collection.baseUrl ? `Sitemap: ${sitemap}\n` : ''}`
}
