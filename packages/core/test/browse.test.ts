/**
 * Browse lists (issue 24, "Find"): the same publications sorted by date, title and length and
 * grouped by language, type and year, from summaries alone.
 */
import {describe, expect, it} from 'vitest'
import {browseCollection, type PublicationSummary} from '../src/index.js'

const summary = (id: string, fields: Partial<PublicationSummary>): PublicationSummary => ({
  id,
  title: id,
  lang: 'en',
  kind: 'interview',
  date: null,
  source: `${id}.txt`,
  questions: 1,
  words: 100,
  readingMinutes: 1,
  creators: [],
  contributors: [],
  ...fields
})

const summaries = [
  summary('b', {title: 'Item 10', date: '2017-07', words: 300, lang: 'ru'}),
  summary('a', {title: 'item 9', date: '2024-05-22', words: 50}),
  summary('c', {title: 'Älter', date: null, words: 300, kind: 'article'}),
  summary('d', {title: 'Zebra', date: '2017', words: 900, lang: 'ru'}),
  summary('e', {title: 'Apfel', date: '2024-05-22', words: 10, lang: 'ja'})
]
const ids = (entries: Array<{id: string}>) => entries.map((entry) => entry.id)

describe('browseCollection', () => {
  const browse = browseCollection('de', 'Sammlung', summaries)
  const order = (key: string) => ids(browse.orders.find((o) => o.key === key)!.entries)

  it('sorts by date both ways with undated last and ties in collection order', () => {
    // "2017" sorts before "2017-07" (a year before a month of it); equal dates keep collection order.
    expect(order('newest')).toEqual(['a', 'e', 'b', 'd', 'c'])
    expect(order('oldest')).toEqual(['d', 'b', 'a', 'e', 'c'])
  })

  it('sorts titles by the collection language, case- and accent-blind, numbers by value', () => {
    expect(order('title')).toEqual(['c', 'e', 'a', 'b', 'd'])
  })

  it('sorts by length, longest first, ties in collection order', () => {
    expect(order('length')).toEqual(['d', 'b', 'c', 'a', 'e'])
  })

  it('groups by language (most first, named in itself), type (interviews first) and year (newest first, undated last)', () => {
    const facet = (key: string) => browse.facets.find((f) => f.key === key)!.groups
    expect(facet('lang').map((g) => [g.anchor, g.label.text, g.label.lang, ids(g.entries)])).toEqual([
      ['lang-en', 'English', 'en', ['a', 'c']],
      ['lang-ru', 'Русский', 'ru', ['b', 'd']],
      ['lang-ja', '日本語', 'ja', ['e']]
    ])
    expect(facet('kind').map((g) => [g.anchor, g.label.text, ids(g.entries)])).toEqual([
      ['kind-interview', 'Interview', ['b', 'a', 'd', 'e']],
      ['kind-article', 'Artikel', ['c']]
    ])
    expect(facet('year').map((g) => [g.anchor, g.label.text, ids(g.entries)])).toEqual([
      ['year-2024', '2024', ['a', 'e']],
      ['year-2017', '2017', ['b', 'd']],
      ['year-undated', 'undatiert', ['c']]
    ])
  })

  it('names everything in the collection language, with English where a table lacks a term', () => {
    expect(browse.orders.map((o) => o.label.text)).toEqual([
      'Neueste zuerst',
      'Älteste zuerst',
      'Nach Titel',
      'Längste zuerst'
    ])
    expect(browse.orders[0]!.heading.text).toBe('Alle Veröffentlichungen, neueste zuerst')
    const polish = browseCollection('pl', 'Zbiór', summaries)
    expect(polish.title).toEqual({text: 'Browse', lang: 'en', dir: 'ltr'})
  })
})
