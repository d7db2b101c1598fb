/**
 * Source and provenance: for each publication how its facts were found, its source file and
 * checksum, what the normalizer removed and why, and the warnings (lines from core's presentation,
 * `provenanceOf` in part.ts); then the collection's rights statement. Headings in the document's
 * language; the normalizer's reports are English and tagged so.
 */
import {paragraph, type Segment, textParagraph} from './flow.js'
import type {SourceRef} from './missing-glyphs.js'
import {addOutlineItem} from './outline.js'
import type {ProvenanceLine} from './part.js'
import {directionOf} from '@dossier/core'
import {type Phrase, phraseOf, phraseOptions} from './phrase.js'
import {margins, space, styles, type State, type Style} from './state.js'

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

/**
 * Start the appendix: its page, heading and introduction (core's `provenanceIntroduction`), and
 * `note` under it when the appendix covers some publications only (core's
 * `BriefingPlan.provenanceNote`); returns its section element.
 */
export function beginAppendix(state: State, note?: Phrase): PDFKit.PDFStructureElement {
  const {doc} = state
  const heading = state.words.term('provenance')
  state.runningHeader = heading
  doc.addPage()
  state.pageOf.set('sources', doc.bufferedPageRange().count - 1)
  doc.addNamedDestination('sources', 'XYZ', margins.left, margins.top, null)
  addOutlineItem(doc.outline, heading)
  const section = doc.struct('Sect')
  state.root.add(section)
  textParagraph(state, section, 'H1', heading, styles.h1)
  doc.y += 6
  const {words} = state
  const lang = words.langOf('provenanceIntroduction')
  const introduction = phraseOf(
    {text: words.term('provenanceIntroduction'), lang, dir: directionOf(lang)},
    state.words.lang
  )
  textParagraph(state, section, 'P', introduction.text, styles.meta, phraseOptions(introduction))
  if (note) {
    doc.y += 4
    textParagraph(state, section, 'P', note.text, styles.meta, phraseOptions(note))
  }
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
  textParagraph(state, section, 'H2', state.words.term('rights'), styles.h2, {keepWithNext: 30})
  doc.y += 4
  textParagraph(state, section, 'P', state.collection.rights, styles.meta)
  section.end()
}

/** A line in its kind's style, with the spacing of its kind. */
function renderLine(state: State, section: PDFKit.PDFStructureElement, line: ProvenanceLine): void {
  const {doc} = state
  const options = phraseOptions(line.text)
  switch (line.kind) {
    case 'h2':
      space(state, 18)
      paragraph(state, section, 'H2', segmentsOfLine(line, styles.h2), styles.h2, {keepWithNext: 60, ...options})
      doc.y += 4
      return
    case 'h3':
      space(state, 8)
      paragraph(state, section, 'H3', segmentsOfLine(line, styles.h3), styles.h3, {keepWithNext: 24, ...options})
      doc.y += 2
      return
    case 'meta':
      paragraph(state, section, 'P', segmentsOfLine(line, styles.meta), styles.meta, options)
      return
    case 'small':
      paragraph(state, section, 'P', segmentsOfLine(line, styles.small), styles.small, {indent: 10, ...options})
      doc.y += 1.5
  }
}

/** The line as segments: the words `link.linked` (the first time they occur) link to `link.url`. */
function segmentsOfLine({text, link}: ProvenanceLine, style: Style): Segment[] {
  const at = link ? text.text.indexOf(link.linked) : -1
  if (!link || at < 0 || !link.linked) return [{text: text.text, face: style.face}]
  const end = at + link.linked.length
  return [
    {text: text.text.slice(0, at), face: style.face},
    {text: link.linked, face: style.face, link: {url: link.url}},
    {text: text.text.slice(end), face: style.face}
  ].filter((segment) => segment.text !== '')
}
