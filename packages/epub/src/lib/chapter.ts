/**
 * One XHTML content document as handed to epub-gen-memory, plus the navigation entries that
 * point into it. The extra fields (`lang`, `epubType`, `cover…`) are read by our own
 * `chapterXHTML` template; epub-gen-memory passes unknown chapter fields through.
 */
import type {ElementContent} from 'hast'
import {cleanHast, toXhtml, type State} from './xhtml.js'

export interface Chapter {
  /** Manifest id: an XML name, unique in the book. */
  id: string
  /** File name under `OEBPS/`, no slashes. */
  filename: string
  /** The document's `<title>`. */
  title: string
  /** XHTML fragment for `<body>`. */
  content: string
  /** BCP 47 tag of the document. */
  lang: string
  /** `rtl` for a right-to-left document (set on its root element). */
  dir?: 'ltr' | 'rtl'
  /** Structural semantics of `<body>` (https://www.w3.org/TR/epub-ssv-11/). */
  epubType: string
  /** Before the table of contents in the spine. */
  beforeToc: boolean
  /** For the cover page only: the image file and its text alternative. */
  coverImage?: string
  coverAlt?: string
}

/** An entry of the table of contents. */
export interface NavItem {
  label: string
  href: string
  children: NavItem[]
}

/** Clean and serialize a tree built for one document (links in it were checked when built). */
export function toContent(nodes: ElementContent[]): string {
  const state: State = {rank: 0, ids: null}
  return toXhtml(cleanHast(nodes, state))
}
