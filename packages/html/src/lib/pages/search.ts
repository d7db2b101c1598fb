/**
 * The search page. Its script loads MiniSearch and the index only when needed, after first
 * paint; without JavaScript the page says so instead of showing a dead form.
 */
import {h} from 'hastscript'
import {renderPage} from '../layout.js'
import type {State} from '../state.js'

/** Build the search page document. */
export function renderSearchPage(state: State): string {
  return renderPage(state, {
    path: 'search.html',
    title: 'Search',
    description: `Search every question and answer in ${state.collection.title}.`,
    lang: state.collection.lang,
    type: 'website',
    noHeaderSearch: true,
    scripts: ['assets/search.js'],
    main: [
      h('h1', 'Search'),
      h('p.no-js-note', 'Search needs JavaScript. Every publication is listed on the home page, with its questions on its own page.'),
      h('form.search-page-form', {action: 'search.html', method: 'get', role: 'search', hidden: true, dataJs: ''}, [
        h('label', {for: 'q'}, 'Words to find'),
        h('div.search-row', [
          h('input#q', {type: 'search', name: 'q', autoComplete: 'off', spellCheck: 'false'}),
          h('button', {type: 'submit'}, 'Search')
        ])
      ]),
      h('p#search-status.search-status', {role: 'status', ariaLive: 'polite'}),
      h('ol#results.results')
    ]
  })
}
