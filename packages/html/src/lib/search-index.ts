/**
 * The search index: one document per question (so a hit lands on its anchor) and one per
 * article or intro, split into shards so that one changed publication costs the build one shard.
 * Every file is a classic script rather than JSON fetched at run time, because fetch does not work
 * from file:// and a script does:
 *
 * - `assets/search-index.js`, the loader: the folding table and the tokenizer's patterns
 *   (`window.dossierSearchRules`), so the browser folds and splits a query with the very data the
 *   index was built with, then the shards' files and the publications' ids in the collection's
 *   order (`window.dossierSearchShards`, the order breaks ties between equal scores).
 * - `assets/search-index-<k>.js`, one MiniSearch index per shard k of `searchShardCount`:
 *   a publication's shard is `searchShardOf` its id (a hash), so inserting or removing a
 *   publication elsewhere leaves it where it is; within a shard, documents keep the collection's order.
 *
 * The index stores no text to show: a result's excerpt comes from its publication's text script
 * (`search-texts.ts`).
 */
import {createHash} from 'node:crypto'
import {directionOf, type Publication} from '@dossier/core'
import MiniSearch from 'minisearch'
import {foldRanges, foldTerm} from './fold.js'
import {tokenize, tokenizeRules} from './tokenize.js'
import {pagePath} from './state.js'
import {plainText} from './format.js'

export interface SearchDocument {
  id: string
  /** Link target, relative to the site root (`<id>.html#q3`). */
  url: string
  /** Publication title. */
  title: string
  /** The question, or the section name. */
  heading: string
  /** Indexed, not stored: the browser reads it from `search/<publication id>.js` for the excerpt. */
  text: string
  /** The publication's language and direction, for showing the result. */
  lang: string
  dir: 'ltr' | 'rtl'
}

/** A search document without its text, as a publication's part keeps it (`HtmlPart.search`). */
export type SearchHead = Omit<SearchDocument, 'text'>

/** A search document's head: everything but its text. */
export function searchHeadOf({text: _text, ...head}: SearchDocument): SearchHead {
  return head
}

/** Options that must be identical when indexing and when loading (see assets/search.js). */
export const searchOptions = {
  fields: ['heading', 'text', 'title'],
  storeFields: ['url', 'title', 'heading', 'lang', 'dir'],
  processTerm: foldTerm,
  tokenize
}

/** The documents to index, in publication and question order. */
export function searchDocuments(publications: Publication[]): SearchDocument[] {
  return publications.flatMap(searchDocumentsOf)
}

/** One publication's documents: its lead (dek, intro, body), then one per question. */
export function searchDocumentsOf(publication: Publication): SearchDocument[] {
  const page = pagePath(publication.id)
  const title = plainText(publication.title)
  const documents: SearchDocument[] = []
  const lead = [
    ...(publication.subtitle ? [plainText(publication.subtitle)] : []),
    ...publication.intro.map((block) => block.text),
    ...publication.body.map((block) => block.text)
  ]
  const lang = {lang: publication.lang, dir: directionOf(publication.lang)}
  if (lead.length > 0) documents.push(document(publication.id, page, title, title, lead.join('\n'), lang))
  for (const qa of publication.qa) {
    documents.push(
      document(
        `${publication.id}#${qa.id}`,
        `${page}#${qa.id}`,
        title,
        `${qa.number}. ${plainText(qa.question)}`,
        qa.answer.map((block) => block.text).join('\n'),
        lang
      )
    )
  }
  return documents
}

function document(
  id: string,
  url: string,
  title: string,
  heading: string,
  text: string,
  lang: {lang: string; dir: 'ltr' | 'rtl'}
): SearchDocument {
  return {id, url, title, heading, text, ...lang}
}

/** Characters of each answer a large collection's search index keeps (see `Collection.searchFullTexts`). */
export const searchLeadLength = 400

/** The first `length` characters of a text, cut at a word boundary where there is one (none in CJK text). */
export function leadOf(text: string, length: number): string {
  if (text.length <= length) return text
  const cut = text.slice(0, length)
  const space = cut.search(/\s\S*$/)
  return space > length / 2 ? cut.slice(0, space) : cut
}

/** The first line of `assets/search-index.js`: the folding ranges and the tokenizer's patterns. */
export const searchRulesScript = `window.dossierSearchRules = ${JSON.stringify({fold: foldRanges, ...tokenizeRules})};\n`

/** An empty index, to which each publication's documents are added in the collection's order. */
export function createSearchIndex(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>(searchOptions)
}

/**
 * How many shards the search index of `publications` publications has: the least power of two
 * that keeps `shardSize` publications per shard or fewer on average, at least 1. It depends on the
 * count alone and changes only when the count crosses a power of two times `shardSize`; then each
 * shard k splits into k and k + count (see `searchShardOf`), and every shard is made again once.
 */
export function searchShardCount(publications: number, shardSize: number): number {
  const wanted = Math.ceil(publications / Math.max(1, shardSize))
  let count = 1
  while (count < wanted) count *= 2
  return count
}

/**
 * The shard, 0 to `count - 1`, of the publication `id`: the first four bytes of its id's sha256 as
 * an unsigned big-endian integer, modulo `count` (a power of two, so its low bits). Fixed by the id
 * alone: a publication stays in its shard whatever is added to or removed from the collection.
 */
export function searchShardOf(id: string, count: number): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % count
}

/** Site-relative path of shard `shard`'s script. */
export function searchShardPath(shard: number): string {
  return `assets/search-index-${shard}.js`
}

/**
 * The contents of `assets/search-index.js`: `searchRulesScript`, then the paths of the `count`
 * shards' scripts (site-relative, in shard order) and `ids`, the publications' ids in the
 * collection's order, as `window.dossierSearchShards = {files, ids}`.
 */
export function searchLoaderScript(count: number, ids: string[]): string {
  const files = Array.from({length: count}, (_, shard) => searchShardPath(shard))
  return `${searchRulesScript}window.dossierSearchShards = ${JSON.stringify({files, ids})};\n`
}

/**
 * The contents of shard `shard`'s script, chunk by chunk:
 * `(window.dossierSearch = window.dossierSearch || [])[shard] = "<index>";` with the index as a JSON
 * string literal. Double encoding: a string literal parses faster than an object literal of the same size. The outer encoding is done a slice at a
 * time, so the escaped copy of a large index is never one string; a slice that would end between
 * the two halves of a surrogate pair takes the second half too, since `JSON.stringify` would escape
 * each half on its own. `chunkLength` is the number of characters of the serialized index escaped per chunk.
 */
export async function* searchIndexChunks(
  index: MiniSearch<SearchDocument>,
  shard: number,
  chunkLength = 1 << 16
): AsyncGenerator<string> {
  yield `(window.dossierSearch = window.dossierSearch || [])[${shard}] = "`
  let pending = ''
  for (const piece of serializedIndex(index)) {
    pending += piece
    // Pieces end between JSON tokens, never inside a string, so no surrogate pair is ever split.
    if (pending.length >= chunkLength) {
      yield JSON.stringify(pending).slice(1, -1)
      pending = ''
    }
  }
  if (pending) yield JSON.stringify(pending).slice(1, -1)
  yield '";\n'
}

/**
 * `JSON.stringify(index)` piece by piece: MiniSearch's `toJSON()` (minisearch 7, serialization
 * version 2) with its largest member, the inverted index, written one term at a time from the live
 * index instead of as one array and one string — a collection's index is hundreds of megabytes as
 * a string. The joined pieces equal `JSON.stringify(index)` exactly (a test checks it).
 */
export function* serializedIndex(index: MiniSearch<SearchDocument>): Generator<string> {
  const live = (index as unknown as {_index?: Iterable<[string, Map<number, Map<number, number>>]>})._index
  if (!live || typeof live[Symbol.iterator] !== 'function') {
    yield JSON.stringify(index)
    return
  }
  const {index: _whole, ...head} = emptyIndexJson(index)
  const keys = Object.keys(head)
  let first = true
  yield '{'
  for (const key of [
    'documentCount',
    'nextId',
    'documentIds',
    'fieldIds',
    'fieldLength',
    'averageFieldLength',
    'storedFields',
    'dirtCount',
    'index',
    'serializationVersion'
  ]) {
    if (key !== 'index' && !keys.includes(key)) continue
    yield `${first ? '' : ','}${JSON.stringify(key)}:`
    first = false
    if (key !== 'index') {
      yield JSON.stringify((head as Record<string, unknown>)[key])
      continue
    }
    yield '['
    let firstTerm = true
    for (const [term, fieldIndex] of live) {
      const data: Record<string, Record<string, number>> = {}
      for (const [fieldId, freqs] of fieldIndex) data[fieldId] = Object.fromEntries(freqs)
      yield `${firstTerm ? '' : ','}${JSON.stringify([term, data])}`
      firstTerm = false
    }
    yield ']'
  }
  yield '}'
}

/** `index.toJSON()` without building its inverted index (the members other than `index`). */
function emptyIndexJson(index: MiniSearch<SearchDocument>): Record<string, unknown> {
  const live = index as unknown as {_index: unknown}
  const saved = live._index
  live._index = []
  try {
    return index.toJSON() as unknown as Record<string, unknown>
  } finally {
    live._index = saved
  }
}
