/**
 * Atom feed (RFC 4287). Links are relative unless the collection has a base URL (Atom resolves
 * relative references against the feed's own address); ids are stable URNs without one.
 */
import type {Publication} from '@dossier/core'
import {toXml} from 'xast-util-to-xml'
import {x} from 'xastscript'
import {creditedPeople, plainText} from './format.js'
import {describe} from './pages/publication.js'
import {absoluteUrl, pagePath, type State} from './state.js'

/** The contents of `feed.xml`. */
export function renderFeed(state: State): string {
  const {collection, publications, buildDate} = state
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
      ...[...publications].sort(byDateDescending).map((publication) => entry(state, publication))
    ])
  ])
  return `${toXml(tree)}\n`
}

function entry(state: State, publication: Publication) {
  const page = pagePath(publication.id)
  const updated = publication.date ? toInstant(publication.date.value) : state.buildDate
  const authors = creditedPeople(publication)
  return x('entry', [
    x('title', plainText(publication.title)),
    x('id', absoluteUrl(state, page) ?? `urn:dossier:${state.collection.id}:${publication.id}`),
    x('link', {rel: 'alternate', type: 'text/html', href: absoluteUrl(state, page) ?? page}),
    x('updated', updated),
    ...(publication.date ? [x('published', updated)] : []),
    ...(authors.length > 0 ? authors : [{name: state.collection.publisher}]).map((person) =>
      x('author', [x('name', person.name)])
    ),
    x('summary', describe(publication))
  ])
}

function byDateDescending(a: Publication, b: Publication): number {
  const left = a.date?.value ?? ''
  const right = b.date?.value ?? ''
  return left < right ? 1 : left > right ? -1 : 0
}

/** `2017-07` → `2017-07-01T00:00:00Z` (Atom dates are full instants). */
export function toInstant(value: string): string {
  const [year, month = '01', day = '01'] = value.split('-')
  return `${year}-${month}-${day}T00:00:00Z`
}
