/** The 404 page that static hosts serve for unknown paths. */
import {directionOf, interfaceWords} from '@dossier/core'
import {h} from 'hastscript'
import {langProps, termText} from '../lang-text.js'
import {renderPage} from '../layout.js'
import {pagePath, type State} from '../state.js'

/** A publication as the 404 page lists it: its page, its title as plain text, its language. */
export interface ListedPublication {
  id: string
  title: string
  lang: string
}

/** Build the 404 page document, listing every publication in the collection's order. */
export function renderNotFoundPage(state: State, publications: ListedPublication[]): string {
  const {lang} = state.collection
  const words = interfaceWords(lang)
  // A term the language lacks is English, and marked so (lang, dir) where it is shown.
  const shown = (key: 'notFound' | 'notFoundText' | 'goHome' | 'searchCollection') =>
    langProps(termText(words, key), lang)
  return renderPage(state, {
    path: '404.html',
    title: words.term('notFound'),
    description: words.term('notFoundText'),
    lang,
    type: 'website',
    noIndex: true,
    anyDepth: true,
    main: [
      h('h1', shown('notFound'), words.term('notFound')),
      h('p', shown('notFoundText'), words.term('notFoundText')),
      h('ul', [
        h('li', [h('a', {href: 'index.html', ...shown('goHome')}, words.term('goHome'))]),
        h('li', [h('a', {href: 'search.html', ...shown('searchCollection')}, words.term('searchCollection'))]),
        ...publications.map((publication) =>
          h('li', {lang: publication.lang, dir: directionOf(publication.lang)}, [
            h('a', {href: pagePath(publication.id)}, publication.title)
          ])
        )
      ])
    ]
  })
}
