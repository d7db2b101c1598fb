/**
 * The search index: one document per question (so a hit lands on its anchor) and one per
 * article or intro. Serialized into a classic script (`window.dossierSearch = …`) rather than
 * JSON fetched at run time, because fetch does not work from file:// and a script does.
 */
import {directionOf, type Publication} from '@dossier/core'
import MiniSearch from 'minisearch'
import {foldTerm} from './fold.js'
import {tokenize} from './tokenize.js'
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
  text: string
  /** The first words of the text, shown under a result. */
  excerpt: string
  /** The publication's language and direction, for showing the result. */
  lang: string
  dir: 'ltr' | 'rtl'
}

/** Options that must be identical when indexing and when loading (see assets/search.js). */
export const searchOptions = {
  fields: ['heading', 'text', 'title'],
  storeFields: ['url', 'title', 'heading', 'excerpt', 'lang', 'dir'],
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
  return {id, url, title, heading, text, excerpt: excerptOf(text), ...lang}
}

/** About 25 words, cut at a word boundary. */
export function excerptOf(text: string, length = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= length) return flat
  const cut = flat.slice(0, length)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 80 ? cut.lastIndexOf(' ') : length).replace(/[\s,;:.–—-]+$/, '')}…`
}

/** An empty index, to which each publication's documents are added in the collection's order. */
export function createSearchIndex(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>(searchOptions)
}

/**
 * The contents of `assets/search-index.js`, chunk by chunk. Double encoding: a string literal
 * parses faster than an object literal of the same size. The outer encoding is done a slice at a
 * time, so the escaped copy of a large index is never one string; a slice that would end between
 * the two halves of a surrogate pair takes the second half too, since `JSON.stringify` would escape
 * each half on its own. `chunkLength` is the number of characters of the serialized index escaped per chunk.
 */
export async function* searchIndexChunks(
  index: MiniSearch<SearchDocument>,
  chunkLength = 1 << 16
): AsyncGenerator<string> {
  const json = JSON.stringify(index)
  yield 'window.dossierSearch = "'
  for (let start = 0; start < json.length; ) {
    let end = Math.min(start + chunkLength, json.length)
    const last = json.charCodeAt(end - 1)
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end += 1
    yield JSON.stringify(json.slice(start, end)).slice(1, -1)
    start = end
  }
  yield '";\n'
}
