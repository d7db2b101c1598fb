/**
 * The EPUB renderer: one book per publication (`<publication id>.epub`) and one for the whole
 * collection (`<collection id>.epub`). Pure: the build date and font bytes come in `options`.
 */
import type {Collection, OutputFile, Publication, RenderOptions, Renderer} from '@dossier/core'
import {assetsKey, contentKey, interfaceWords} from '@dossier/core'
import {ReproducibleEPub} from './book.js'
import type {Chapter, NavItem} from './chapter.js'
import {renderCover} from './cover.js'
import {renderCss} from './css.js'
import {creatorsOf, formatDate, interviewersOf, joinAnd, outletLineOf} from './describe.js'
import {bookFonts, fontBytes} from './fonts.js'
import {renderCollectionTitlePage, renderCoverPage, renderPublicationTitlePage} from './front.js'
import {collectionPackage, publicationPackage, type PackageModel} from './metadata.js'
import {renderPublication} from './publication.js'

/** Render every publication and the collection as EPUB 3 files; the collection book is always recomposed. */
export const render: Renderer = async (input, options) => {
  const files: OutputFile[] = []
  // A publication's own book depends only on it, the collection, the date and the fonts: reuse it when those are unchanged.
  const fontsKey = assetsKey(options.assets)
  for (const publication of input.publications) {
    const key = contentKey('epub/publication', input.collection, publication, options.buildDate, fontsKey)
    let bytes = await options.cache?.get(key)
    if (!bytes) {
      bytes = await renderPublicationBook(publication, input.collection, options)
      await options.cache?.set(key, bytes)
    }
    files.push({path: `${publication.id}.epub`, contents: bytes})
  }
  if (input.publications.length > 0) {
    files.push({
      path: `${input.collection.id}.epub`,
      contents: await renderCollectionBook(input.collection, input.publications, options)
    })
  }
  return files
}

/** One publication as a book of its own. */
export async function renderPublicationBook(
  publication: Publication,
  collection: Collection,
  options: RenderOptions
): Promise<Uint8Array> {
  const {chapters, nav} = renderPublication(publication, {prefix: '', rights: collection.rights})
  const cover = renderCover({
    kicker: publication.kind === 'interview' ? `Interview · ${collection.publisher}` : collection.publisher,
    title: publication.title.text,
    people: coverPeople(publication),
    footer: [outletLineOf(publication) ?? '', formatDate(publication.date) ?? ''],
    lang: publication.lang
  })
  const front = [renderCoverPage(cover.alt, publication.lang), renderPublicationTitlePage(publication, collection)]
  const book = withNavigation(
    publicationPackage(publication, collection, options.buildDate),
    [...front, ...chapters],
    [nav]
  )
  return toBytes(book, [...front, ...chapters], cover.svg, options)
}

/** The whole collection in one book: publications → questions in the table of contents. */
export async function renderCollectionBook(
  collection: Collection,
  publications: Publication[],
  options: RenderOptions
): Promise<Uint8Array> {
  const parts = publications.map((publication, index) =>
    renderPublication(publication, {prefix: `p${index + 1}-`, rights: collection.rights})
  )
  const names = [
    ...new Set(publications.flatMap((publication) => creatorsOf(publication).map((person) => person.name)))
  ]
  const dates = publications
    .map((publication) => publication.date?.value.slice(0, 4))
    .filter((year): year is string => Boolean(year))
    .sort()
  const span = dates.length > 0 ? (dates[0] === dates.at(-1) ? dates[0]! : `${dates[0]}–${dates.at(-1)}`) : ''
  const cover = renderCover({
    kicker: collection.publisher,
    title: collection.title,
    people: names.length > 3 ? [...names.slice(0, 3), `and ${names.length - 3} more`] : [joinAnd(names)],
    footer: [`${publications.length} publication${publications.length === 1 ? '' : 's'}`, span],
    lang: collection.lang
  })
  const front = [renderCoverPage(cover.alt, collection.lang), renderCollectionTitlePage(collection, publications)]
  const chapters = [...front, ...parts.flatMap((part) => part.chapters)]
  const book = withNavigation(
    collectionPackage(collection, publications, options.buildDate),
    chapters,
    parts.map((part) => part.nav)
  )
  return toBytes(book, chapters, cover.svg, options)
}

/** `Andrew Korybko` then `Interviewed by Adeela Jawad`, each wrapped on the cover. */
function coverPeople(publication: Publication): string[] {
  const creators = joinAnd(creatorsOf(publication).map((person) => person.name))
  const interviewers = joinAnd(interviewersOf(publication).map((person) => person.name))
  return [creators, interviewers ? `Interviewed by ${interviewers}` : ''].filter(Boolean)
}

function withNavigation(
  meta: Omit<PackageModel, 'nav' | 'navDepth' | 'landmarks' | 'tocTitle' | 'tocLang'>,
  chapters: Chapter[],
  nav: NavItem[]
): PackageModel {
  const words = interfaceWords(meta.lang)
  const body = chapters.find((chapter) => chapter.epubType === 'bodymatter')
  const landmarks = [
    {type: 'cover', label: words.term('cover'), href: 'cover.xhtml', children: []},
    {type: 'titlepage', label: words.term('titlePage'), href: 'titlepage.xhtml', children: []},
    {type: 'toc', label: words.term('contents'), href: 'toc.xhtml#toc', children: []},
    ...(body ? [{type: 'bodymatter', label: words.term('startOfContent'), href: body.filename, children: []}] : [])
  ]
  return {
    ...meta,
    tocTitle: words.term('contents'),
    tocLang: words.langOf('contents'),
    nav,
    navDepth: depthOf(nav),
    landmarks
  }
}

function depthOf(items: NavItem[]): number {
  return items.length === 0 ? 0 : 1 + Math.max(...items.map((item) => depthOf(item.children)))
}

function toBytes(book: PackageModel, chapters: Chapter[], svg: string, options: RenderOptions): Promise<Uint8Array> {
  const fonts = fontBytes(options.assets)
  const report = options.report ?? (() => {})
  return new ReproducibleEPub({book, chapters, css: renderCss(bookFonts), cover: {svg}, fonts, report}).toBytes()
}
