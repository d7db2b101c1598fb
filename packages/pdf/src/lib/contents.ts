/**
 * Contents with real page numbers. The pages are reserved first (entries are measured, so their
 * number is known), the rest of the document is laid out, then the reserved pages are filled in
 * with each target's page number. Every entry is a TOCI holding a Link to a named destination.
 */
import {addOutlineItem, linkTo} from './outline.js'
import {drawSegments, heightOf, textParagraph} from './flow.js'
import type {SourceRef} from './missing-glyphs.js'
import {type Phrase, phraseOptions} from './phrase.js'
import {margins, maxY, styles, type State} from './state.js'

/** One line of the contents. */
export interface ContentsEntry {
  title: string
  /** Named destination the entry links to; also the key of `state.pageOf`. */
  destination: string
  /** A smaller second line (date, byline, questions). */
  detail: Phrase | null
  /** Where the entry's text comes from (a publication's source), for missing-glyph messages. */
  source?: SourceRef | null
}

/** Reserved contents pages, filled by `fillContents` once page numbers are known. */
export interface Reservation {
  section: PDFKit.PDFStructureElement
  toc: PDFKit.PDFStructureElement
  entries: ContentsEntry[]
  positions: Array<{page: number; y: number; height: number}>
}

const numberWidth = 44
const gap = 7

/** Where each entry goes, starting at `(page, y)`; pages break between entries only. */
function place(state: State, entries: ContentsEntry[], page: number, y: number): Reservation['positions'] {
  const width = state.width - numberWidth
  const positions: Reservation['positions'] = []
  for (const entry of entries) {
    state.source = entry.source ?? null
    let height = heightOf(state, entry.title, styles.toc, width)
    if (entry.detail) height += heightOf(state, entry.detail.text, styles.small, width, entry.detail.dir) + 1
    if (y + height > maxY(state)) {
      page += 1
      y = margins.top
    }
    positions.push({page, y, height})
    y += height + gap
  }
  state.source = null
  return positions
}

/** Write the heading and reserve the pages the contents will need. */
export function reserveContents(state: State, entries: ContentsEntry[]): Reservation {
  const {doc} = state
  state.runningHeader = state.words.term('contents')
  doc.addPage()
  const first = doc.bufferedPageRange().count - 1
  state.pageOf.set('contents', first)
  doc.addNamedDestination('contents', 'XYZ', margins.left, margins.top, null)
  addOutlineItem(doc.outline, state.words.term('contents'))
  const section = doc.struct('Sect')
  state.root.add(section)
  textParagraph(state, section, 'H1', state.words.term('contents'), styles.h1)
  doc.y += 14
  const positions = place(state, entries, first, doc.y)
  const last = positions.at(-1)?.page ?? first
  for (let page = first; page < last; page++) doc.addPage()
  const toc = doc.struct('TOC')
  section.add(toc)
  // The section and its TOC stay open until `fillContents`: ending a parent ends its children.
  return {section, toc, entries, positions}
}

/** Fill the reserved pages; call after every destination in `state.pageOf` is known. */
export function fillContents(state: State, reservation: Reservation): void {
  const {doc} = state
  const width = state.width - numberWidth
  for (const [index, entry] of reservation.entries.entries()) {
    const position = reservation.positions[index]!
    state.source = entry.source ?? null
    doc.switchToPage(position.page)
    const target = state.pageOf.get(entry.destination)
    const number = target === undefined ? '' : String(target + 1)
    const item = doc.struct('TOCI')
    reservation.toc.add(item)
    const link = doc.struct('Link')
    item.add(link)
    link.add(() => {
      doc.y = position.y
      drawSegments(state, [{text: entry.title, face: styles.toc.face}], styles.toc, {x: margins.left, width})
      const titleBottom = doc.y
      doc.font('sansSemibold').fontSize(styles.toc.size).fillColor(styles.toc.color)
      const lineY = titleBottom - doc.currentLineHeight(true) - styles.toc.lineGap
      doc.text(number, margins.left + width, lineY, {width: numberWidth, align: 'right', lineBreak: false})
      if (entry.detail) {
        doc.y = titleBottom + 1
        drawSegments(state, [{text: entry.detail.text, face: styles.small.face}], styles.small, {
          x: margins.left,
          width,
          ...phraseOptions(entry.detail)
        })
      }
    })
    linkTo(
      state,
      {x: margins.left, y: position.y, width: state.width, height: position.height},
      entry.destination,
      `${entry.title}, page ${number}`,
      link
    )
    link.end()
    item.end()
  }
  state.source = null
  reservation.toc.end()
  reservation.section.end()
}
