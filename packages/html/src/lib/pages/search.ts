/**
 * The search page. Its script loads MiniSearch and the index only when needed, after first
 * paint; without JavaScript the page says so instead of showing a dead form. The script's
 * messages are core's terms in the collection's language, handed over as data attributes of the
 * status line (`data-nothing`, `data-results-<plural category>`, `data-failed`, each with the
 * language it is in), so the script only fills in `{query}`, `{count}` and `{file}`.
 */
import {h} from 'hastscript'
import {directionOf, interfaceWords, type Words} from '@dossier/core'
import {langProps} from '../lang-text.js'
import {renderPage} from '../layout.js'
import type {State} from '../state.js'

/** Build the search page document. */
export function renderSearchPage(state: State): string {
  const words = interfaceWords(state.collection.lang)
  const needsScriptLang = words.langOf('searchNeedsScript')
  const needsScript = {text: words.term('searchNeedsScript'), lang: needsScriptLang, dir: directionOf(needsScriptLang)}
  return renderPage(state, {
    path: 'search.html',
    title: words.term('search'),
    description: words.term('searchDescription', {title: state.collection.title}),
    lang: state.collection.lang,
    type: 'website',
    noHeaderSearch: true,
    scripts: ['assets/search.js'],
    main: [
      h('h1', words.term('search')),
      h('p.no-js-note', langProps(needsScript, state.collection.lang), needsScript.text),
      h('form.search-page-form', {action: 'search.html', method: 'get', role: 'search', hidden: true, dataJs: ''}, [
        h('label', {for: 'q'}, words.term('wordsToFind')),
        h('div.search-row', [
          // dir=auto: an Arabic, Persian or Urdu query is typed and shown right to left.
          h('input#q', {
            type: 'search',
            name: 'q',
            autoComplete: 'off',
            spellCheck: 'false',
            dir: 'auto',
            ariaKeyShortcuts: '/'
          }),
          h('button', {type: 'submit'}, words.term('search'))
        ])
      ]),
      h('p#search-status.search-status', {
        role: 'status',
        ariaLive: 'polite',
        ...statusWords(words, state.collection.lang)
      }),
      h('ol#results.results')
    ]
  })
}

/** The status line's messages as data attributes, each with `lang` and `dir` where they differ from the page's. */
function statusWords(words: Words, context: string): Record<string, string> {
  const results = words.plural('searchResults')
  const where = (name: string, lang: string) =>
    Object.fromEntries(
      Object.entries(langProps({text: '', lang, dir: directionOf(lang)}, context))
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => [`data${name}${key === 'lang' ? 'Lang' : 'Dir'}`, String(value)])
    )
  return {
    dataNothing: words.term('searchNothingFound'),
    ...where('Nothing', words.langOf('searchNothingFound')),
    ...Object.fromEntries(
      Object.entries(results.forms).map(([category, form]) => [
        `dataResults${category[0]!.toUpperCase()}${category.slice(1)}`,
        form
      ])
    ),
    ...where('Results', results.lang),
    dataFailed: words.term('searchFailed'),
    ...where('Failed', words.langOf('searchFailed'))
  }
}
