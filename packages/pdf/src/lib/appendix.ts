/**
 * Sources and provenance: for each publication its outlets, source file and checksum, what the
 * normalizer removed and why, and the warnings (lines computed by `provenanceOf`, part.ts); then the
 * collection's rights statement.
 */
import {textParagraph} from './flow.js'
import {addOutlineItem} from './outline.js'
import type {ProvenanceLine} from './part.js'
import type {SourceRef} from './missing-glyphs.js'
import {margins, space, styles, type State} from './state.js'

/** One publication's provenance: where its text comes from, for messages, and its lines. */
export interface Provenance {
  source: SourceRef
  lines: ProvenanceLine[]
}

/** Add the appendix: each publication's provenance, in order, then the rights. */
export function renderAppendix(state: State, publications: Provenance[]): void {
  const section = beginAppendix(state)
  for (const provenance of publications) addProvenance(state, section, provenance)
  endAppendix(state, section)
}

/** Start the appendix: its page, heading and introduction; returns its section element. */
export function beginAppendix(state: State): PDFKit.PDFStructureElement {
  const {doc} = state
  state.runningHeader = 'Sources and provenance'
  doc.addPage()
  state.pageOf.set('sources', doc.bufferedPageRange().count - 1)
  doc.addNamedDestination('sources', 'XYZ', margins.left, margins.top, null)
  addOutlineItem(doc.outline, 'Sources and provenance')
  const section = doc.struct('Sect')
  state.root.add(section)
  textParagraph(state, section, 'H1', 'Sources and provenance', styles.h1)
  doc.y += 6
  textParagraph(
    state,
    section,
    'P',
    'Where each text comes from, the file it was read from, and every source line Dossier did not keep as content, with the reason.',
    styles.meta
  )
  return section
}

/** Add one publication's provenance lines. */
export function addProvenance(state: State, section: PDFKit.PDFStructureElement, {source, lines}: Provenance): void {
  for (const line of lines) {
    state.source = {file: source.file, line: line.line}
    renderLine(state, section, line)
  }
  state.source = null
}

/** The collection's rights statement, and the end of the appendix. */
export function endAppendix(state: State, section: PDFKit.PDFStructureElement): void {
  const {doc} = state
  space(state, 18)
  textParagraph(state, section, 'H2', 'Rights', styles.h2, {keepWithNext: 30})
  doc.y += 4
  textParagraph(state, section, 'P', state.collection.rights, styles.meta)
  section.end()
}

/** A line in its kind's style, with the spacing of its kind. */
function renderLine(state: State, section: PDFKit.PDFStructureElement, line: ProvenanceLine): void {
  const {doc} = state
  switch (line.kind) {
    case 'h2':
      space(state, 18)
      textParagraph(state, section, 'H2', line.text, styles.h2, {keepWithNext: 60})
      doc.y += 4
      return
    case 'h3':
      space(state, 8)
      textParagraph(state, section, 'H3', line.text, styles.h3, {keepWithNext: 24})
      doc.y += 2
      return
    case 'meta':
      textParagraph(state, section, 'P', line.text, styles.meta)
      return
    case 'small':
      textParagraph(state, section, 'P', line.text, styles.small, {indent: 10})
      doc.y += 1.5
  }
}
