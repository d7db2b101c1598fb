/**
 * Named destinations and the outline. Destination names are the ids every format shares: the
 * publication id, and `<publication id>-q3` for a question (so links can point into the PDF).
 */
import {cleanLine} from './clean-text.js'
import {margins, type State} from './state.js'

/** The destination name of a publication or one of its questions. */
export function destinationOf(publicationId: string, questionId?: string): string {
  return questionId ? `${publicationId}-${questionId}` : publicationId
}

/** Add a named destination at `y` on the current page and remember the page for the contents. */
export function markDestination(state: State, name: string, y: number): void {
  state.doc.addNamedDestination(name, 'XYZ', margins.left, Math.max(0, y - 6), null)
  state.pageOf.set(name, state.doc.bufferedPageRange().count - 1)
}

/** Add an outline item for the current page that shows the whole page (`Fit`), not its right edge. */
export function addOutlineItem(parent: PDFKit.PDFOutline, title: string): PDFKit.PDFOutline {
  // pdfkit supports `fit`; its type definitions do not list it.
  return parent.addItem(shorten(cleanLine(title)), {fit: true} as {expanded?: boolean})
}

/** Bookmarks are read in a narrow panel: cut long questions at a word. */
function shorten(title: string, max = 110): string {
  if (title.length <= max) return title
  const cut = title.slice(0, max)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))} …`
}

/**
 * A link annotation to a named destination, attached to its `Link` structure element and described
 * for assistive technology (PDF/UA asks for `Contents` on every link annotation).
 */
export function linkTo(
  state: State,
  rect: {x: number; y: number; width: number; height: number},
  destination: string,
  description: string,
  link: PDFKit.PDFStructureElement
): void {
  // pdfkit writes a JS string as a PDF name, a String object as a PDF string.
  const options = {structParent: link, Contents: new String(cleanLine(description))}
  state.doc.goTo(
    rect.x,
    rect.y,
    rect.width,
    rect.height,
    destination,
    options as unknown as PDFKit.Mixins.AnnotationOption
  )
}
