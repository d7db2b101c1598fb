/**
 * Named destinations, links and the outline. Destination names are the ids every format shares: the
 * publication id, and `<publication id>-q3` for a question (so links can point into the PDF, and the
 * briefing into a publication's own PDF).
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

/** A link annotation to a web address (a URI action), attached to its `Link` element and described, like `linkTo`. */
export function linkToUrl(
  state: State,
  rect: {x: number; y: number; width: number; height: number},
  url: string,
  description: string,
  link: PDFKit.PDFStructureElement
): void {
  const options = {structParent: link, Contents: new String(`${cleanLine(description)} (${url})`)}
  state.doc.link(rect.x, rect.y, rect.width, rect.height, url, options as unknown as PDFKit.Mixins.AnnotationOption)
}

/**
 * A link annotation to a named destination in another PDF in the same folder (`<id>.pdf` beside the
 * briefing): a remote go-to action, ISO 32000-1 §12.6.4.3 — `/S /GoToR`, `/F` a file specification
 * (§7.11.3, with `/UF` for the Unicode name), `/D` the destination name as a string. Attached to its
 * `Link` structure element and described (`Contents`), like `linkTo`.
 */
export function linkToFile(
  state: State,
  rect: {x: number; y: number; width: number; height: number},
  file: string,
  destination: string,
  description: string,
  link: PDFKit.PDFStructureElement
): void {
  goToFile(state.doc, rect, file, destination, {structParent: link, Contents: new String(cleanLine(description))})
}

/** The annotation of `linkToFile` on a pdfkit document (pdfkit has `goTo` for local names only). */
export function goToFile(
  doc: PDFKit.PDFDocument,
  rect: {x: number; y: number; width: number; height: number},
  file: string,
  destination: string,
  /** `Contents` is a `String` object, so pdfkit writes a PDF string, not a name. */
  options: {structParent: PDFKit.PDFStructureElement; Contents: object}
): void {
  // pdfkit writes a JS string as a PDF name, a String object as a PDF string.
  const pdf = doc as unknown as {
    ref: (data: object) => {end: () => void}
    annotate: (x: number, y: number, w: number, h: number, options: object) => unknown
  }
  const action = pdf.ref({
    S: 'GoToR',
    F: {Type: 'Filespec', F: new String(file), UF: new String(file)},
    D: new String(destination)
  })
  action.end()
  pdf.annotate(rect.x, rect.y, rect.width, rect.height, {...options, Subtype: 'Link', A: action})
}
