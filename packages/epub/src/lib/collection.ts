/**
 * The collection book, `<collection id>.epub`: a cover and title page for the collection, then
 * every publication's content documents under the prefix `p<position>-` (`p3-text.xhtml`), with
 * the table of contents publications → questions. Assembled in one reading of the publications'
 * parts (what the cover, package and navigation need) and of their own books, whose content
 * documents are copied still compressed (`compressed.ts`): nothing is deflated twice, and one
 * changed publication costs the collection book a copy, not a compression, of the others.
 */
import {type CollectionJob, type OutputEntry, type PublicationHead, presentCollection} from '@dossier/core'
import {type BookModel, toBook} from './book.js'
import {type CompressedEntry, compressedEntries} from './compressed.js'
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
 * `job.parts()` once and each publication's own book `<id>.epub` (`job.ownFile`) once, keeping only
 * its documents' compressed bytes. Throws when a book is missing, unreadable or lacks a document its
 * part names.
 */
export async function* renderCollection(job: CollectionJob): AsyncGenerator<OutputEntry> {
  if (job.heads.length === 0) return
  const parts = job.parts as () => AsyncIterable<{head: PublicationHead; part: EpubPart}>
  const chapters: Chapter[] = []
  const nav: NavItem[] = []
  const credits: PackageCredits[] = []
  const summaries: EpubPart['summary'][] = []
  const subsets = new Set<string>()
  const documents = new Map<string, CompressedEntry>()
  let characters = ''
  let position = 0
  for await (const {head, part} of parts()) {
    const prefix = prefixAt(position++)
    const file = `${head.id}.epub`
    const entries = await compressedEntries(
      await job.ownFile(file),
      part.documents.map((document) => `OEBPS/${document.filename}`),
      file
    )
    for (const document of part.documents) {
      // The chapter carries no text: its entry comes compressed from the publication's book.
      chapters.push(placeholderOf(document, prefix))
      documents.set(`${prefix}${document.filename}`, entries.get(`OEBPS/${document.filename}`)!)
    }
    nav.push(prefixNav(part.nav, prefix))
    credits.push(part.credits)
    summaries.push(part.summary)
    for (const name of part.fontSubsets) subsets.add(name)
    characters = scriptCharactersOf(characters + part.scriptCharacters)
  }
  const book = await toBook(collectionBook(job, chapters, nav, credits, summaries, subsets, characters), job)
  yield {path: `${job.collection.id}.epub`, chunks: book.toChunks(documents)}
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
