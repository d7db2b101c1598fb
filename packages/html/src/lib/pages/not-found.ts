/** The 404 page that static hosts serve for unknown paths. */
import {directionOf} from '@dossier/core'
import {h} from 'hastscript'
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
  return renderPage(state, {
    path: '404.html',
    title: 'Page not found',
    description: 'This page does not exist.',
    lang: state.collection.lang,
    type: 'website',
    noIndex: true,
    anyDepth: true,
    main: [
      h('h1', 'Page not found'),
      h('p', 'There is no page at this address. It may have moved, or the link may be mistyped.'),
      h('ul', [
        h('li', [h('a', {href: 'index.html'}, 'Go to the home page')]),
        h('li', [h('a', {href: 'search.html'}, 'Search the collection')]),
        ...publications.map((publication) =>
          h('li', {lang: publication.lang, dir: directionOf(publication.lang)}, [
            h('a', {href: pagePath(publication.id)}, publication.title)
          ])
        )
      ])
    ]
  })
}
