/**
 * The EPUB format, one publication at a time (`FormatModule` of `@dossier/core`): each
 * publication is a book of its own (`<publication id>.epub`) and a part holding its content
 * documents; the collection book (`<collection id>.epub`) is assembled from those parts without
 * rendering any publication again. Pure: the build date and font bytes come in the job.
 */
import type {Collection, FormatModule, Publication, PublicationJob, PublicationResult, Renderer} from '@dossier/core'
import {renderWhole} from '@dossier/core'
import {assetFiles} from './assets.js'
import {type BookModel, toBook} from './book.js'
import type {Chapter} from './chapter.js'
import {renderCollection} from './collection.js'
import {renderCover} from './cover.js'
import {creatorsOf, formatDate, interviewersOf, joinAnd, outletLineOf} from './describe.js'
import {renderCoverPage, renderPublicationTitlePage} from './front.js'
import {packageCreditsOf, publicationPackage} from './metadata.js'
import {withNavigation} from './navigation.js'
import type {EpubPart} from './part.js'
import {renderChapters} from './publication.js'

export {assetFiles, renderCollection}

/** Format name on the command line. */
export const format = 'epub'
/** Folder under `output/`. */
export const folder = 'epub'
/** Formats whose files this one needs: none. */
export const needs: string[] = []

/**
 * One publication: its own book `<id>.epub` and its `EpubPart`. Depends on the publication, the
 * collection (publisher, title, rights), the build date and the fonts only.
 */
export async function renderPublication(job: PublicationJob): Promise<PublicationResult> {
  const {publication, collection} = job
  const {chapters, nav} = renderChapters(publication, collection.rights)
  const book = toBook(publicationBook(publication, collection, chapters, nav, job.buildDate), job)
  const bytes = await book.toBytes()
  const documents = await Promise.all(
    chapters.map(async (chapter) => ({
      id: chapter.id,
      filename: chapter.filename,
      epubType: chapter.epubType,
      xhtml: await book.documentText(chapter.filename)
    }))
  )
  const part: EpubPart = {documents, nav, credits: packageCreditsOf(publication)}
  return {files: [{path: `${publication.id}.epub`, contents: bytes}], part}
}

/** The EPUB format as the CLI loads it. */
export const epub: FormatModule = {format, folder, assetFiles, needs, renderPublication, renderCollection}

/** Every publication and the collection in memory, in one thread (`renderWhole`): what the CLI's build must equal. */
export const render: Renderer = (input, options) => renderWhole(epub, input, options)

/** The cover, title page and package of a publication's own book around its documents. */
function publicationBook(
  publication: Publication,
  collection: Collection,
  chapters: Chapter[],
  nav: EpubPart['nav'],
  buildDate: string
): BookModel {
  const cover = renderCover({
    kicker: publication.kind === 'interview' ? `Interview · ${collection.publisher}` : collection.publisher,
    title: publication.title.text,
    people: coverPeople(publication),
    footer: [outletLineOf(publication) ?? '', formatDate(publication.date) ?? ''],
    lang: publication.lang
  })
  const all = [
    renderCoverPage(cover.alt, publication.lang),
    renderPublicationTitlePage(publication, collection),
    ...chapters
  ]
  return {
    book: withNavigation(publicationPackage(publication, collection, buildDate), all, [nav]),
    chapters: all,
    coverSvg: cover.svg
  }
}

/** `Andrew Korybko` then `Interviewed by Adeela Jawad`, each wrapped on the cover. */
function coverPeople(publication: Publication): string[] {
  const creators = joinAnd(creatorsOf(publication).map((person) => person.name))
  const interviewers = joinAnd(interviewersOf(publication).map((person) => person.name))
  return [creators, interviewers ? `Interviewed by ${interviewers}` : ''].filter(Boolean)
}
