/**
 * The home page: the collection, one card per publication, downloads. Each card is built with its
 * publication (`renderCard`) and kept in its part as hast, so the page is assembled without
 * loading any publication.
 */
import {
  type CollectionBrowse,
  type CollectionPresentation,
  directionOf,
  interfaceWords,
  type Presentation,
  type Publication
} from '@dossier/core'
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {inlineContent} from '../content.js'
import {plainText} from '../format.js'
import {langProps, phrase, termText} from '../lang-text.js'
import {renderPage} from '../layout.js'
import type {Download} from '../downloads.js'
import {downloadList} from '../parts/downloads.js'
import {browseNav} from './browse.js'
import {bylineContent} from '../parts/facts.js'
import {outletPath, pagePath, type State} from '../state.js'

/**
 * Build the home page document from every publication's card, in the collection's order, and the
 * collection-wide downloads (`planCollectionDownloads`); `facts` (`presentCollection`) describes a
 * collection that has no description of its own; `browse` (`browseCollection`) gives the links to
 * the same publications sorted and grouped.
 */
export function renderHomePage(
  state: State,
  cards: Element[],
  shared: Download[],
  facts: CollectionPresentation,
  browse: CollectionBrowse
): string {
  const {collection} = state
  const words = interfaceWords(collection.lang)
  const books = downloadList(
    shared.filter((download) => download.group === 'books'),
    words.term('booksOfCollection'),
    true
  )
  const data = downloadList(
    shared.filter((download) => download.group === 'data'),
    words.term('datasetFiles'),
    true
  )
  // A term the language lacks is English, and marked so where it is shown.
  const shown = (key: 'toRead' | 'theDataset' | 'datasetDescription') =>
    langProps(termText(words, key), collection.lang)
  return renderPage(state, {
    path: 'index.html',
    title: collection.title,
    description: collection.description || facts.counts.text,
    lang: collection.lang,
    type: 'website',
    main: [
      h('header.home-head', [
        h('h1', collection.title),
        collection.description ? h('p.dek', collection.description) : null
      ]),
      browseNav(state, browse, null),
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
            ...(books ? [h('h3', shown('toRead'), words.term('toRead')), books] : []),
            ...(data
              ? [
                  h('h3', shown('theDataset'), words.term('theDataset')),
                  h('p.meta', shown('datasetDescription'), words.term('datasetDescription')),
                  data
                ]
              : [])
          ])
        : null
    ]
  })
}

/**
 * A publication's card on the home page, with its own downloads. `presentation` is the
 * publication's in the collection's words (`present(publication, collection, {lang: collection.lang})`).
 */
export function renderCard(
  state: State,
  publication: Publication,
  presentation: Presentation,
  downloads: Download[]
): Element {
  const {lang} = state.collection
  const {facts, byline} = presentation
  const {date, outlet} = facts
  // The title and dek are in the publication's own language and direction, the card's words in the collection's.
  const own = {
    lang: publication.lang,
    dir:
      directionOf(publication.lang) === directionOf(state.collection.lang) ? undefined : directionOf(publication.lang)
  }
  const list = downloadList(downloads, interfaceWords(lang).term('downloadsOf', {title: plainText(publication.title)}))
  return h('article.card', [
    h('h3', own, [h('a', {href: pagePath(publication.id)}, inlineContent(publication.title))]),
    publication.subtitle ? h('p.dek', own, inlineContent(publication.subtitle)) : null,
    h('p.meta', [
      date ? h('time', {dateTime: date.value, ...langProps(date.text, lang)}, date.text.text) : null,
      date && outlet ? ' · ' : null,
      ...(outlet ? [h('a', {href: outletPath(outlet.slug)}, outlet.name), outlet.text.slice(outlet.name.length)] : [])
    ]),
    byline.line ? h('p.meta', langProps(byline.line, lang), bylineContent(byline)) : null,
    h('p.meta', [phrase(facts.questions ?? facts.kind, lang), ' · ', phrase(facts.reading, lang)] as ElementContent[]),
    list
  ])
}
