/** The home page: the collection, one card per publication, downloads. */
import type {Publication} from '@dossier/core'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {inlineContent} from '../content.js'
import {describeConversation, describeOutlet, formatDate, originalOutlet, plainText, plural} from '../format.js'
import {renderPage} from '../layout.js'
import {downloadList} from '../parts/downloads.js'
import {pagePath, type State} from '../state.js'

/** Build the home page document. */
export function renderHomePage(state: State): string {
  const {collection, publications} = state
  const shared = state.downloads.filter((download) => download.owner === null)
  const books = downloadList(shared.filter((download) => download.group === 'books'), 'Books of the whole collection', true)
  const data = downloadList(shared.filter((download) => download.group === 'data'), 'Dataset files', true)
  return renderPage(state, {
    path: 'index.html',
    title: collection.title,
    description: collection.description || `${plural(publications.length, 'publication')} published with Dossier.`,
    lang: collection.lang,
    type: 'website',
    main: [
      h('header.home-head', [h('h1', collection.title), collection.description ? h('p.dek', collection.description) : null]),
      h('section', {ariaLabelledBy: 'pubs'}, [
        h('h2#pubs', 'Publications'),
        h('ol.cards', publications.map((publication) => h('li', [card(state, publication)])))
      ]),
      books || data
        ? h('section.collection-downloads', {ariaLabelledBy: 'downloads'}, [
            h('h2#downloads', 'Downloads'),
            ...(books ? [h('h3', 'To read'), books] : []),
            ...(data ? [h('h3', 'The dataset'), h('p.meta', 'Every question and answer as structured data, with its schema, for research and reuse.'), data] : [])
          ])
        : null
    ]
  })
}

function card(state: State, publication: Publication): Element {
  const date = formatDate(publication.date)
  const outlet = originalOutlet(publication)
  const who = describeConversation(publication)
  const count = publication.kind === 'interview' ? plural(publication.qa.length, 'question') : 'Article'
  const downloads = downloadList(state.downloads.filter((download) => download.owner === publication.id), `Downloads of ${plainText(publication.title)}`)
  return h('article.card', [
    h('h3', [h('a', {href: pagePath(publication.id)}, inlineContent(publication.title))]),
    publication.subtitle ? h('p.dek', inlineContent(publication.subtitle)) : null,
    h('p.meta', [
      date && publication.date ? h('time', {dateTime: publication.date.value}, date) : null,
      date && outlet ? ' · ' : null,
      outlet ? describeOutlet(outlet) : null
    ]),
    who ? h('p.meta', who) : null,
    h('p.meta', `${count} · ${publication.stats.readingMinutes} min read`),
    downloads
  ])
}
