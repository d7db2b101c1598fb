/**
 * Finding a publication without search or script: one page per order (`browse-newest.html`,
 * `browse-oldest.html`, `browse-title.html`, `browse-length.html`) and one page of groups
 * (`browse.html`: by language, type and year, each group a fragment such as `#lang-ru`), all at
 * the site root so every link is relative and works from `file://`. The home page links them
 * (`browseNav`). What they list is core's `browseCollection`.
 */
import {type BrowseEntry, type CollectionBrowse, interfaceWords} from '@dossier/core'
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {langProps, phrase, termText} from '../lang-text.js'
import {renderPage} from '../layout.js'
import {indexPath, pagePath, type State} from '../state.js'

/** The file of an order's page. */
export const orderPath = (key: string) => `browse-${key}.html`

/** The browse pages of a collection, as `[path, document]` pairs. */
export function renderBrowsePages(state: State, browse: CollectionBrowse): Array<{path: string; contents: string}> {
  const {lang} = state.collection
  const pages = browse.orders.map((order) => ({
    path: orderPath(order.key),
    contents: renderPage(state, {
      path: orderPath(order.key),
      title: order.heading.text,
      description: browse.description.text,
      lang,
      type: 'website',
      main: [
        h('h1', langProps(order.heading, lang), order.heading.text),
        browseNav(state, browse, order.key),
        h(
          'ol.listing',
          order.entries.map((entry) => listItem(entry, lang))
        )
      ]
    })
  }))
  pages.push({
    path: 'browse.html',
    contents: renderPage(state, {
      path: 'browse.html',
      title: browse.title.text,
      description: browse.description.text,
      lang,
      type: 'website',
      main: [
        h('h1', langProps(browse.title, lang), browse.title.text),
        browseNav(state, browse, null),
        ...browse.facets.map((facet) =>
          h('section.facet', {ariaLabelledBy: `facet-${facet.key}`}, [
            h(`h2#facet-${facet.key}`, langProps(facet.label, lang), facet.label.text),
            ...facet.groups.flatMap((group) => [
              h(`h3#${group.anchor}`, [phrase(group.label, lang), ` (${group.entries.length})`]),
              h(
                'ul.listing',
                group.entries.map((entry) => listItem(entry, lang))
              )
            ])
          ])
        )
      ]
    })
  })
  return pages
}

/**
 * The links to every order and every facet group, for the home page and the browse pages: a
 * `<nav>` of two lines, "Sort: Newest first · …" and, per facet, "Language: English (3) · …".
 * `current` is the order shown on the page (marked `aria-current`), or null.
 */
export function browseNav(state: State, browse: CollectionBrowse, current: string | null): Element {
  const {lang} = state.collection
  const words = interfaceWords(lang)
  const links = (items: Array<{href: string; content: Array<ElementContent | string>; current: boolean}>) =>
    items.flatMap((item, index) => [
      ...(index > 0 ? [' · '] : []),
      h('a', {href: item.href, ariaCurrent: item.current ? 'page' : undefined}, item.content)
    ])
  return h('nav.browse', {ariaLabel: browse.title.text}, [
    h('p', [
      h('span.browse-label', [phrase(browse.sortLabel, lang), ': ']),
      ...links(
        browse.orders.map((order) => ({
          href: orderPath(order.key),
          content: [phrase(order.label, lang)],
          current: order.key === current
        }))
      )
    ]),
    ...browse.facets.map((facet) =>
      h('p', [
        h('span.browse-label', [phrase(facet.label, lang), ': ']),
        ...links(
          facet.groups.map((group) => ({
            href: `browse.html#${group.anchor}`,
            content: [phrase(group.label, lang), ` (${group.entries.length})`],
            current: false
          }))
        )
      ])
    ),
    // By person and by outlet: their pages list every publication of each (people/, outlets/).
    h(
      'p',
      links(
        (['people', 'outlets'] as const).map((key) => ({
          href: indexPath(key),
          content: [phrase(termText(words, key), lang)],
          current: false
        }))
      )
    )
  ])
}

/** One publication in a list: its title (in its own language) and "date · type · length". */
function listItem(entry: BrowseEntry, lang: string): Element {
  const meta: Array<ElementContent | string> = []
  if (entry.date)
    meta.push(h('time', {dateTime: entry.dateValue, ...langProps(entry.date, lang)}, entry.date.text), ' · ')
  meta.push(phrase(entry.kind, lang), ' · ', phrase(entry.length, lang))
  return h('li', [
    h('a', {href: pagePath(entry.id), ...langProps(entry.title, lang)}, entry.title.text),
    ' ',
    h('span.meta', meta)
  ])
}
