/**
 * The collection book, `<collection id>.epub`: a cover and title page for the collection, then
 * every publication's content documents under the prefix `p<position>-` (`p3-text.xhtml`), with
 * the table of contents publications → questions. Assembled from the publications' parts in two
 * readings: the first gathers what the cover, package and navigation need (small), the second
 * streams each document into the zip as it is reached, so the book is never whole in memory.
 */
import {type CollectionJob, type OutputEntry, type PublicationHead, presentCollection} from '@dossier/core'
import {type BookModel, toBook} from './book.js'
import {fontSubsetsFor, serifSubsets} from './fonts.js'
import type {Chapter, NavItem} from './chapter.js'
import {renderCover} from './cover.js'
import {renderCollectionTitlePage, renderCoverPage} from './front.js'
import {collectionPackage, type PackageCredits} from './metadata.js'
import {prefixNav, withNavigation} from './navigation.js'
import type {EpubPart} from './part.js'
import {scriptCharactersOf} from './script-fonts.js'

/** File and id prefix of the publication at `position` (0-based) in the collection book. */
function prefixAt(position: number): string {
  return `p${position + 1}-`
}

/**
 * The collection book as one `OutputStream`, or nothing for an empty collection. Reads
 * `job.parts()` twice; both readings must give the parts in the same order (the collection's).
 */
export async function* renderCollection(job: CollectionJob): AsyncGenerator<OutputEntry> {
  if (job.heads.length === 0) return
  const parts = job.parts as () => AsyncIterable<{head: PublicationHead; part: EpubPart}>
  const chapters: Chapter[] = []
  const nav: NavItem[] = []
  const credits: PackageCredits[] = []
  const summaries: EpubPart['summary'][] = []
  const subsets = new Set<string>()
  let characters = ''
  const order: string[] = []
  for await (const {head, part} of parts()) {
    const prefix = prefixAt(order.length)
    order.push(head.id)
    // The text comes later, from the second reading; a chapter without content costs a few bytes.
    for (const document of part.documents) chapters.push(placeholderOf(document, prefix))
    nav.push(prefixNav(part.nav, prefix))
    credits.push(part.credits)
    summaries.push(part.summary)
    for (const name of part.fontSubsets) subsets.add(name)
    characters = scriptCharactersOf(characters + part.scriptCharacters)
  }
  const book = await toBook(collectionBook(job, chapters, nav, credits, summaries, subsets, characters), job)
  yield {
    path: `${job.collection.id}.epub`,
    chunks: book.toChunks(
      chapters.map((chapter) => chapter.filename),
      documentsOf(parts, order)
    )
  }
}

/**
 * The cover, title page and package of the collection around the publications' documents, from the
 * collection's presentation (`presentCollection` over the parts' summaries): the creators' line,
 * the count of publications and the span of years.
 */
function collectionBook(
  job: CollectionJob,
  chapters: Chapter[],
  nav: NavItem[],
  credits: PackageCredits[],
  summaries: EpubPart['summary'][],
  subsets: Set<string>,
  characters: string
): BookModel {
  const {collection} = job
  const presentation = presentCollection(collection, summaries)
  const cover = renderCover({
    kicker: collection.publisher,
    title: collection.title,
    people: presentation.creators.line ? [presentation.creators.line.text] : [],
    footer: [presentation.publications.text, presentation.span?.text ?? ''],
    lang: collection.lang
  })
  const front = [renderCoverPage(cover.alt, collection.lang), renderCollectionTitlePage(collection, presentation)]
  const all = [...front, ...chapters]
  const meta = collectionPackage(collection, presentation, credits, job.buildDate)
  // The publications' subsets, and those the collection's own pages need.
  const text = front.map((chapter) => `${chapter.title}${chapter.content}`).join('')
  for (const name of fontSubsetsFor(text)) subsets.add(name)
  const fontSubsets = serifSubsets.map((subset) => subset.name).filter((name) => subsets.has(name))
  const scriptCharacters = scriptCharactersOf(characters + text)
  return {book: withNavigation(meta, all, nav), chapters: all, coverSvg: cover.svg, fontSubsets, scriptCharacters}
}

/** A document's place in the book (manifest id, file, spine) without its text. */
function placeholderOf(document: EpubPart['documents'][number], prefix: string): Chapter {
  return {
    id: `${prefix}${document.id}`,
    filename: `${prefix}${document.filename}`,
    title: '',
    content: '',
    lang: 'en',
    epubType: document.epubType,
    beforeToc: false
  }
}

/**
 * Every document of every part, under its prefix, in book order: the second reading. Throws when
 * the publications do not come in `order`, the order of the first reading.
 */
async function* documentsOf(
  parts: () => AsyncIterable<{head: PublicationHead; part: EpubPart}>,
  order: string[]
): AsyncGenerator<{filename: string; xhtml: string}> {
  let position = 0
  for await (const {head, part} of parts()) {
    if (head.id !== order[position])
      throw new Error(
        `Expected the parts in the same order at each reading: publication ${position + 1} was "${order[position]}", now "${head.id}"`
      )
    const prefix = prefixAt(position++)
    for (const document of part.documents) yield {filename: `${prefix}${document.filename}`, xhtml: document.xhtml}
  }
}
