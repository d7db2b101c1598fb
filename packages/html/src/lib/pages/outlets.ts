/**
 * A page per outlet (`outlets/<slug>.html`): every publication of the collection that first
 * appeared in it or that it republished, by date, with the detail and address each source gives;
 * and the index of outlets (`outlets/index.html`). Who is the same outlet is core's `indexPeople`.
 */
import {colonOf, type IndexedOutlet, interfaceWords, type OutletPublication, type Words} from '@dossier/core'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {renderPage} from '../layout.js'
import {
  countsText,
  dateOf,
  entityHeader,
  indexList,
  ownProps,
  publicationHeading,
  reasonsSection,
  termProps
} from '../parts/appearance.js'
import {outletPath, outletsIndexPath, type State} from '../state.js'

const roleTerms = {original: 'firstPublishedIn', republisher: 'republishedBy'} as const

/** Build the page of one outlet of core's index. */
export function renderOutletPage(state: State, outlet: IndexedOutlet): string {
  const {lang} = state.collection
  const words = interfaceWords(lang)
  const counts = countsText(words, [['publicationCount', outlet.publications.length]])
  return renderPage(state, {
    path: outletPath(outlet.slug),
    title: outlet.name,
    description: `${outlet.name} · ${counts.text}`,
    lang,
    type: 'website',
    main: [
      h('article.entity', [
        entityHeader(words, lang, outlet, 'outlets', counts),
        ...outlet.publications.map((entry) => appearance(words, lang, entry)),
        reasonsSection(words, lang, outlet.reasons)
      ])
    ]
  })
}

/** One publication: its title, date, and "First published in: Name (detail)" or "Republished by: Name", with the address. */
function appearance(words: Words, lang: string, entry: OutletPublication): Element {
  const {publication} = entry
  const key = roleTerms[entry.role]
  const date = dateOf(publication, lang)
  return h('section.appearance', {ariaLabelledBy: `p-${publication.id}`}, [
    publicationHeading(publication, lang),
    h('p.meta', [
      ...date,
      ...(date.length > 0 ? [' · '] : []),
      h('span', termProps(words, key, lang), `${words.term(key)}${colonOf(words.langOf(key)).trimEnd()}`),
      ' ',
      h('span', ownProps(publication.lang, lang), entry.detail ? `${entry.name} (${entry.detail})` : entry.name),
      ...(entry.url ? [' · ', h('a', {href: entry.url, dir: 'ltr'}, entry.url)] : [])
    ])
  ])
}

/** Build the index of outlets, in core's order. */
export function renderOutletsIndex(state: State, outlets: IndexedOutlet[]): string {
  const {lang} = state.collection
  const words = interfaceWords(lang)
  const count = countsText(words, [['outletCount', outlets.length]])
  return renderPage(state, {
    path: outletsIndexPath,
    title: words.term('outlets'),
    description: count.text,
    lang,
    type: 'website',
    main: [
      h('header.pub-head', [
        h('h1', termProps(words, 'outlets', lang), words.term('outlets')),
        h('p.byline', ownProps(count.lang, lang), count.text)
      ]),
      indexList(
        lang,
        outlets.map((outlet) => ({
          ...outlet,
          counts: countsText(words, [['publicationCount', outlet.publications.length]])
        }))
      )
    ]
  })
}
