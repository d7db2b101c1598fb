/** The home page: the collection, one card per publication, downloads. */
import {directionOf, interfaceWords, type Publication, type Words} from '@dossier/core'
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
  const words = interfaceWords(collection.lang)
  const shared = state.downloads.filter((download) => download.owner === null)
  const books = downloadList(
    shared.filter((download) => download.group === 'books'),
    'Books of the whole collection',
    true
  )
  const data = downloadList(
    shared.filter((download) => download.group === 'data'),
    'Dataset files',
    true
  )
  return renderPage(state, {
    path: 'index.html',
    title: collection.title,
    description: collection.description || `${plural(publications.length, 'publication')} published with Dossier.`,
    lang: collection.lang,
    type: 'website',
    main: [
      h('header.home-head', [
        h('h1', collection.title),
        collection.description ? h('p.dek', collection.description) : null
      ]),
      h('section', {ariaLabelledBy: 'pubs'}, [
        h('h2#pubs', words.term('publications')),
        h(
          'ol.cards',
          publications.map((publication) => h('li', [card(state, publication, words)]))
        )
      ]),
      books || data
        ? h('section.collection-downloads', {ariaLabelledBy: 'downloads'}, [
            h('h2#downloads', words.term('downloads')),
            ...(books ? [h('h3', 'To read'), books] : []),
            ...(data
              ? [
                  h('h3', 'The dataset'),
                  h('p.meta', 'Every question and answer as structured data, with its schema, for research and reuse.'),
                  data
                ]
              : [])
          ])
        : null
    ]
  })
}

function card(state: State, publication: Publication, words: Words): Element {
  const date = formatDate(publication.date)
  const outlet = originalOutlet(publication)
  const who = describeConversation(publication, words)
  const count =
    publication.kind === 'interview' ? words.count('questionCount', publication.qa.length) : words.term('article')
  // The title and dek are in the publication's own language and direction, the card's words in the collection's.
  const own = {
    lang: publication.lang,
    dir:
      directionOf(publication.lang) === directionOf(state.collection.lang) ? undefined : directionOf(publication.lang)
  }
  const downloads = downloadList(
    state.downloads.filter((download) => download.owner === publication.id),
    `Downloads of ${plainText(publication.title)}`
  )
  return h('article.card', [
    h('h3', own, [h('a', {href: pagePath(publication.id)}, inlineContent(publication.title))]),
    publication.subtitle ? h('p.dek', own, inlineContent(publication.subtitle)) : null,
    h('p.meta', [
      date && publication.date ? h('time', {dateTime: publication.date.value}, date) : null,
      date && outlet ? ' · ' : null,
      outlet ? describeOutlet(outlet) : null
    ]),
    who ? h('p.meta', who) : null,
    h('p.meta', `${count} · ${words.count('readingMinutes', publication.stats.readingMinutes)}`),
    downloads
  ])
}
