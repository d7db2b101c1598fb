/**
 * The search page. Its script loads MiniSearch and the index only when needed, after first
 * paint; without JavaScript the page says so instead of showing a dead form.
 */
import {h} from 'hastscript'
import {interfaceWords} from '@dossier/core'
import {english, renderPage} from '../layout.js'
import type {State} from '../state.js'

/** Build the search page document. */
export function renderSearchPage(state: State): string {
  const words = interfaceWords(state.collection.lang)
  return renderPage(state, {
    path: 'search.html',
    title: words.term('search'),
    description: `Search every question and answer in ${state.collection.title}.`,
    lang: state.collection.lang,
    type: 'website',
    noHeaderSearch: true,
    scripts: ['assets/search.js'],
    main: [
      h('h1', words.term('search')),
      h(
        'p.no-js-note',
        {lang: english(state.collection.lang)},
        'Search needs JavaScript. Every publication is listed on the home page, with its questions on its own page.'
      ),
      h('form.search-page-form', {action: 'search.html', method: 'get', role: 'search', hidden: true, dataJs: ''}, [
        h('label', {for: 'q'}, words.term('wordsToFind')),
        h('div.search-row', [
          // dir=auto: an Arabic, Persian or Urdu query is typed and shown right to left.
          h('input#q', {type: 'search', name: 'q', autoComplete: 'off', spellCheck: 'false', dir: 'auto'}),
          h('button', {type: 'submit'}, words.term('search'))
        ])
      ]),
      // The script's status messages are English for now, and say so.
      h('p#search-status.search-status', {role: 'status', ariaLive: 'polite', lang: english(state.collection.lang)}),
      h('ol#results.results')
    ]
  })
}
