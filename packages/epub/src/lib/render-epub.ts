/**
 * The EPUB format, one publication at a time (`FormatModule` of `@dossier/core`): each
 * publication is a book of its own (`<publication id>.epub`) and a part naming its content
 * documents; the collection book (`<collection id>.epub`) is assembled from those parts and the
 * books' compressed documents, without rendering or compressing any publication again. Pure: the build date and font bytes come in the job.
 */
import type {
  Collection,
  FormatModule,
  Presentation,
  Publication,
  PublicationJob,
  PublicationResult,
  Renderer
} from '@dossier/core'
import {present, renderWhole} from '@dossier/core'
import {assetFiles, folder, format, needs} from '../declare.js'
import {type BookModel, toBook} from './book.js'
import {fontSubsetsFor} from './fonts.js'
import {scriptCharactersOf} from './script-fonts.js'
import type {Chapter} from './chapter.js'
import {renderCollection} from './collection.js'
import {renderCover} from './cover.js'
import {renderCoverPage, renderPublicationTitlePage, sourceFacts} from './front.js'
import {packageCreditsOf, publicationPackage} from './metadata.js'
import {withNavigation} from './navigation.js'
import type {EpubPart} from './part.js'
import {renderChapters} from './publication.js'

export {assetFiles, folder, format, needs, renderCollection}

/**
 * One publication: its own book `<id>.epub` and its `EpubPart`. Depends on the publication, the
 * collection (publisher, title, rights), the build date and the fonts only.
 */
export async function renderPublication(job: PublicationJob): Promise<PublicationResult> {
  const {publication, collection} = job
  const presentation = present(publication, collection)
  const {chapters, nav} = renderChapters(publication, presentation, collection)
  const model = publicationBook(publication, presentation, collection, chapters, nav, job.buildDate)
  const book = await toBook(model, job)
  const bytes = await book.toBytes()
  const documents = chapters.map((chapter) => ({
    id: chapter.id,
    filename: chapter.filename,
    epubType: chapter.epubType
  }))
  const part: EpubPart = {
    documents,
    nav,
    credits: packageCreditsOf(presentation),
    summary: presentation.summary,
    fontSubsets: model.fontSubsets,
    scriptCharacters: model.scriptCharacters
  }
  return {files: [{path: `${publication.id}.epub`, contents: bytes}], part}
}

/** The EPUB format as the CLI loads it. */
export const epub: FormatModule = {format, folder, assetFiles, needs, renderPublication, renderCollection}

/** Every publication and the collection in memory, in one thread (`renderWhole`): what the CLI's build must equal. */
export const render: Renderer = (input, options) => renderWhole(epub, input, options)

/**
 * The cover, title page and package of a publication's own book around its documents. The cover
 * names the kind (interviews) and the publisher, the byline, the outlet line and the date.
 */
function publicationBook(
  publication: Publication,
  presentation: Presentation,
  collection: Collection,
  chapters: Chapter[],
  nav: EpubPart['nav'],
  buildDate: string
): BookModel {
  const {titleBlock, byline} = presentation
  const cover = renderCover({
    kicker:
      publication.kind === 'interview' ? `${titleBlock.kicker.text} · ${collection.publisher}` : collection.publisher,
    title: publication.title.text,
    people: byline.line ? [byline.line.text] : [],
    footer: sourceFacts(presentation).map((text) => text.text),
    lang: publication.lang
  })
  const all = [
    renderCoverPage(cover.alt, publication.lang),
    renderPublicationTitlePage(publication, presentation, collection),
    ...chapters
  ]
  const text = all.map((chapter) => `${chapter.title}${chapter.content}`).join('')
  return {
    book: withNavigation(publicationPackage(publication, presentation, collection, buildDate), all, [nav]),
    chapters: all,
    coverSvg: cover.svg,
    fontSubsets: fontSubsetsFor(text),
    scriptCharacters: scriptCharactersOf(text)
  }
}
