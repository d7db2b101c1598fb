/**
 * What every part of the layout threads through: the pdfkit document, fonts, the structure tree's
 * root, and what the page furniture and contents need to know afterwards.
 */
import type {Collection, Words} from '@dossier/core'
import type {Face, Fonts} from './fonts.js'
import type {MissingGlyphs, SourceRef} from './missing-glyphs.js'

/** A text style: face, size, line gap and colour. */
export interface Style {
  face: Face
  size: number
  lineGap: number
  color: string
}

/** The document's styles, in one place so the design can be read at a glance. */
export const styles = {
  body: {face: 'serif', size: 11, lineGap: 4, color: '#1b1b1b'},
  intro: {face: 'serifItalic', size: 11, lineGap: 4, color: '#333333'},
  meta: {face: 'sans', size: 9, lineGap: 2, color: '#4a4a4a'},
  small: {face: 'sans', size: 8.5, lineGap: 1.8, color: '#4a4a4a'},
  label: {face: 'sansSemibold', size: 8, lineGap: 1.5, color: '#6b6b6b'},
  h1: {face: 'sansBold', size: 20, lineGap: 2, color: '#14283c'},
  h2: {face: 'sansBold', size: 13.5, lineGap: 2, color: '#14283c'},
  h3: {face: 'sansSemibold', size: 11, lineGap: 2, color: '#14283c'},
  question: {face: 'sansSemibold', size: 11, lineGap: 2.4, color: '#1f4e79'},
  lead: {face: 'serif', size: 10, lineGap: 2.8, color: '#1b1b1b'},
  toc: {face: 'sans', size: 10.5, lineGap: 3, color: '#1b1b1b'},
  cell: {face: 'sans', size: 8.5, lineGap: 1.5, color: '#1b1b1b'},
  cellHead: {face: 'sansSemibold', size: 8.5, lineGap: 1.5, color: '#14283c'},
  code: {face: 'mono', size: 8.5, lineGap: 2.2, color: '#1b1b1b'}
} satisfies Record<string, Style>

export const accent = '#1f4e79'
export const rule = '#b8c4d0'

/**
 * Page margins in points: about 43 mm at the sides, so that a line of body text (Source Serif 11 pt)
 * holds 62–72 characters on A4 and US Letter, the 60–75 of a book or a LaTeX report; longer lines
 * are hard to follow back to the next line's start.
 */
export const margins = {top: 80, bottom: 78, left: 122, right: 122}

/** Threaded through every part of the layout. */
export interface State {
  doc: PDFKit.PDFDocument
  fonts: Fonts
  collection: Collection
  /** Where the text being laid out comes from, for messages; null outside a publication. */
  source: SourceRef | null
  /** Clusters no embedded font could draw, reported once per source when the document ends. */
  missing: MissingGlyphs
  /** Fonts registered with this document: script fonts are registered (and embedded) on first use. */
  registered: Set<string>
  /** The `Document` structure element everything hangs from, in reading order. */
  root: PDFKit.PDFStructureElement
  /** Text width between the margins. */
  width: number
  /** Running header for each page index (0-based); undefined means no furniture (the cover). */
  headers: Array<string | undefined>
  /** The header that new pages get. */
  runningHeader: string | undefined
  /** Destination name → 0-based page index, for the contents' page numbers. */
  pageOf: Map<string, number>
  /** The document's language (BCP 47): what its paragraphs are hyphenated by unless a block says otherwise. */
  lang: string
  /** Interface words in the document's language (the collection's for the briefing), from core's tables. */
  words: Words
}

/** 0-based index of the page being written. */
export function currentPage(state: State): number {
  return state.doc.bufferedPageRange().count - 1
}

/** Bottom of the text area on the current page. */
export function maxY(state: State): number {
  return state.doc.page.height - state.doc.page.margins.bottom
}

/** Start a new page when fewer than `height` points are left. */
export function ensureSpace(state: State, height: number): void {
  if (state.doc.y + height > maxY(state)) state.doc.addPage()
}

/** Vertical space, dropped at the top of a page. */
export function space(state: State, points: number): void {
  if (state.doc.y > state.doc.page.margins.top + 0.5) state.doc.y += points
}
