/**
 * A page per outlet (`outlets/<slug>.html`): every publication of the collection that first
 * appeared in it or that it republished, by date, with the detail and address each source gives;
 * and the index of outlets (`outlets/index.html`). Who is the same outlet is core's `indexPeople`.
 */
import {colonOf, type IndexedOutlet, type OutletPublication, type Words} from '@dossier/core'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {
  countsText,
  dateOf,
  ownProps,
  publicationHeading,
  renderEntityPage,
  renderIndexPage,
  termProps
} from '../parts/appearance.js'
import {outletPath, type State} from '../state.js'

const roleTerms = {original: 'firstPublishedIn', republisher: 'republishedBy'} as const

/** "2 publications". */
const countsOf = (outlet: IndexedOutlet) => (words: Words) =>
  countsText(words, [['publicationCount', outlet.publications.length]])

/** Build the page of one outlet of core's index. */
export function renderOutletPage(state: State, outlet: IndexedOutlet): string {
  return renderEntityPage(state, {
    path: outletPath(outlet.slug),
    index: 'outlets',
    entity: outlet,
    counts: countsOf(outlet),
    sections: (words, lang) => outlet.publications.map((entry) => appearance(words, lang, entry))
  })
}

/** Build the index of outlets, in core's order. */
export function renderOutletsIndex(state: State, outlets: IndexedOutlet[]): string {
  return renderIndexPage(
    state,
    'outlets',
    'outletCount',
    outlets.map((outlet) => ({...outlet, counts: countsOf(outlet)}))
  )
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
