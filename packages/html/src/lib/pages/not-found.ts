/** The 404 page that static hosts serve for unknown paths. */
import {directionOf} from '@dossier/core'
import {h} from 'hastscript'
import {renderPage} from '../layout.js'
import {pagePath, type State} from '../state.js'
import {plainText} from '../format.js'

/** Build the 404 page document. */
export function renderNotFoundPage(state: State): string {
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
        ...state.publications.map((publication) =>
          h('li', {lang: publication.lang, dir: directionOf(publication.lang)}, [
            h('a', {href: pagePath(publication.id)}, plainText(publication.title))
          ])
        )
      ])
    ]
  })
}
