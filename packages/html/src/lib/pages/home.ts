/**
 * The home page: the collection, one card per publication, downloads. Each card is built with its
 * publication (`renderCard`) and kept in its part as hast, so the page is assembled without
 * loading any publication.
 */
import {directionOf, interfaceWords, type Publication} from '@dossier/core'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {inlineContent} from '../content.js'
import {describeConversation, describeOutlet, formatDate, originalOutlet, plainText, plural} from '../format.js'
import {renderPage} from '../layout.js'
import type {Download} from '../downloads.js'
import {downloadList} from '../parts/downloads.js'
import {pagePath, type State} from '../state.js'

/**
 * Build the home page document from every publication's card, in the collection's order, and the
 * collection-wide downloads (`planCollectionDownloads`).
 */
export function renderHomePage(state: State, cards: Element[], shared: Download[]): string {
  const {collection} = state
  const words = interfaceWords(collection.lang)
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
    description: collection.description || `${plural(cards.length, 'publication')} published with Dossier.`,
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
          cards.map((card) => h('li', [card]))
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

/** A publication's card on the home page, in the collection's words, with its own downloads. */
export function renderCard(state: State, publication: Publication, downloads: Download[]): Element {
  const words = interfaceWords(state.collection.lang)
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
  const list = downloadList(downloads, `Downloads of ${plainText(publication.title)}`)
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
    list
  ])
}
