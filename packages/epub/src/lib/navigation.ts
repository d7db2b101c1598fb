/**
 * The book's navigation: the nested table of contents, its depth for the NCX and the landmarks
 * (https://www.w3.org/TR/epub-33/#sec-nav-landmarks), in the words of the book's language.
 */
import {interfaceWords} from '@dossier/core'
import type {Chapter, NavItem} from './chapter.js'
import type {PackageModel} from './metadata.js'

/** Package metadata without the navigation, as `publicationPackage` and `collectionPackage` make it. */
export type PackageMeta = Omit<
  PackageModel,
  'nav' | 'navDepth' | 'landmarks' | 'landmarksTitle' | 'landmarksLang' | 'tocTitle' | 'tocLang'
>

/** Add the table of contents `nav` and the landmarks (cover, title page, contents, first body document) to `meta`. */
export function withNavigation(
  meta: PackageMeta,
  chapters: Array<Pick<Chapter, 'filename' | 'epubType'>>,
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
    landmarks,
    landmarksTitle: words.term('landmarks'),
    landmarksLang: words.langOf('landmarks')
  }
}

/** A publication's navigation moved under a file prefix (`text.xhtml#q1` → `p3-text.xhtml#q1`). */
export function prefixNav(item: NavItem, prefix: string): NavItem {
  return {
    label: item.label,
    href: `${prefix}${item.href}`,
    children: item.children.map((child) => prefixNav(child, prefix))
  }
}

function depthOf(items: NavItem[]): number {
  return items.length === 0 ? 0 : 1 + Math.max(...items.map((item) => depthOf(item.children)))
}
