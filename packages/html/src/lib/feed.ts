/**
 * Atom feed (RFC 4287), well-formed whatever the titles hold (xml.ts). Links are relative unless the collection has a base URL (Atom resolves
 * relative references against the feed's own address); ids are stable URNs without one.
 */
import type {Presentation, PublicationHead} from '@dossier/core'
import {x} from 'xastscript'
import {absoluteUrl, pagePath, type State} from './state.js'
import {serializeXml} from './xml.js'

/** What a publication's feed entry says beyond its head, kept in its part. */
export interface FeedFacts {
  /** Names to attribute it to (`credits.attribution`): its creators, else the collection's publisher. */
  authors: string[]
  /** The page's description (`Presentation.description`). */
  summary: string
}

/** One publication of the feed: its head, its title as plain text and its facts. */
export interface FeedEntry extends FeedFacts {
  head: PublicationHead
  title: string
}

/** The facts of a publication's feed entry, from its presentation. */
export function feedFactsOf({credits, description}: Presentation): FeedFacts {
  return {authors: credits.attribution, summary: description.text}
}

/** The contents of `feed.xml`: newest first, publications of the same date in the collection's order. */
export function renderFeed(state: State, entries: FeedEntry[]): string {
  const {collection, buildDate} = state
  const feedId = absoluteUrl(state, '') ?? `urn:dossier:${collection.id}`
  const tree = x(null, [
    {type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"'},
    x('feed', {xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': collection.lang}, [
      x('title', collection.title),
      collection.description ? x('subtitle', collection.description) : null,
      x('id', feedId),
      x('updated', buildDate),
      x('link', {rel: 'self', href: absoluteUrl(state, 'feed.xml') ?? 'feed.xml'}),
      x('link', {rel: 'alternate', type: 'text/html', href: absoluteUrl(state, '') ?? 'index.html'}),
      x('author', [x('name', collection.publisher)]),
      x('rights', collection.rights),
      x('generator', 'Dossier'),
      ...[...entries].sort(byDateDescending).map((entry) => entryElement(state, entry))
    ])
  ])
  return `${serializeXml(tree)}\n`
}

function entryElement(state: State, {head, title, authors, summary}: FeedEntry) {
  const page = pagePath(head.id)
  const updated = head.date ? toInstant(head.date) : state.buildDate
  return x('entry', [
    x('title', title),
    x('id', absoluteUrl(state, page) ?? `urn:dossier:${state.collection.id}:${head.id}`),
    x('link', {rel: 'alternate', type: 'text/html', href: absoluteUrl(state, page) ?? page}),
    x('updated', updated),
    ...(head.date ? [x('published', updated)] : []),
    ...authors.map((name) => x('author', [x('name', name)])),
    x('summary', summary)
  ])
}

function byDateDescending(a: FeedEntry, b: FeedEntry): number {
  const left = a.head.date ?? ''
  const right = b.head.date ?? ''
  return left < right ? 1 : left > right ? -1 : 0
}

/** `2017-07` → `2017-07-01T00:00:00Z` (Atom dates are full instants). */
export function toInstant(value: string): string {
  const [year, month = '01', day = '01'] = value.split('-')
  return `${year}-${month}-${day}T00:00:00Z`
}
