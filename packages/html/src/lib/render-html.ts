/**
 * The HTML renderer: the model in, the site's files out. Pure: no file system, no clock, no
 * randomness (the build date and every asset come in `options`).
 */
import type {OutputFile, Renderer} from '@dossier/core'
import {assetOutputs} from './assets.js'
import {planDownloads} from './downloads.js'
import {renderFeed} from './feed.js'
import {renderHomePage} from './pages/home.js'
import {renderNotFoundPage} from './pages/not-found.js'
import {renderPublicationPage} from './pages/publication.js'
import {renderSearchPage} from './pages/search.js'
import {renderSearchIndex} from './search-index.js'
import {renderRobots, renderSitemap} from './sitemap.js'
import type {State} from './state.js'
import {pagePath} from './state.js'

/** Render the whole site. */
export const render: Renderer = async (input, options) => {
  const {collection, publications} = input
  const {files: downloadFiles, downloads} = planDownloads(options.attachments, publications, collection)
  const state: State = {collection, publications, buildDate: options.buildDate, downloads}
  const files: OutputFile[] = [
    {path: 'index.html', contents: renderHomePage(state)},
    ...publications.map((publication, index) => ({
      path: pagePath(publication.id),
      contents: renderPublicationPage(state, index)
    })),
    {path: 'search.html', contents: renderSearchPage(state)},
    {path: '404.html', contents: renderNotFoundPage(state)},
    {path: 'assets/search-index.js', contents: renderSearchIndex(publications)},
    {path: 'feed.xml', contents: renderFeed(state)},
    {path: 'robots.txt', contents: renderRobots(state)},
    ...assetOutputs(options.assets),
    ...downloadFiles
  ]
  const sitemap = renderSitemap(state)
  if (sitemap) files.push({path: 'sitemap.xml', contents: sitemap})
  else options.report?.('html: no sitemap.xml, because collection.yaml sets no baseUrl (sitemaps need absolute URLs)')
  return files
}
