/**
 * Sources and provenance: for each publication its outlets, source file and checksum, what the
 * normalizer removed and why, and the warnings; then the collection's rights statement.
 */
import type {Publication} from '@dossier/core'
import {dateOf, plural} from './describe.js'
import {textParagraph} from './flow.js'
import {addOutlineItem} from './outline.js'
import {margins, space, styles, type State} from './state.js'

/** Add the appendix for the given publications. */
export function renderAppendix(state: State, publications: Publication[]): void {
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
  for (const publication of publications) renderSource(state, section, publication)
  space(state, 18)
  textParagraph(state, section, 'H2', 'Rights', styles.h2, {keepWithNext: 30})
  doc.y += 4
  textParagraph(state, section, 'P', state.collection.rights, styles.meta)
  section.end()
}

function renderSource(state: State, section: PDFKit.PDFStructureElement, publication: Publication): void {
  const {doc} = state
  const line = (text: string) => textParagraph(state, section, 'P', text, styles.meta)
  space(state, 18)
  textParagraph(state, section, 'H2', publication.title.text, styles.h2, {keepWithNext: 60})
  doc.y += 4
  const outlets = [...publication.outlets].sort((a, b) => (a.role === b.role ? 0 : a.role === 'original' ? -1 : 1))
  for (const outlet of outlets) {
    const role = outlet.role === 'original' ? 'Original outlet' : 'Republished by'
    const parts = [outlet.name, outlet.detail, outlet.url].filter(Boolean).join(' · ')
    line(
      `${role}: ${parts} (${outlet.source === 'editor' ? 'set by the editor' : `inferred from “${outlet.evidence}”`})`
    )
  }
  if (publication.url) line(`URL: ${publication.url}`)
  line(
    `Date: ${dateOf(publication.date)}${publication.date ? ` (${publication.date.source === 'editor' ? 'set by the editor' : `read from “${publication.date.evidence}”`})` : ''}`
  )
  const {source} = publication
  line(
    `Source file: ${source.path} (${source.format}, ${plural(source.bytes, 'byte')})${source.meta ? `, metadata from ${source.meta}` : ''}`
  )
  line(`SHA-256: ${source.sha256}`)
  space(state, 8)
  textParagraph(
    state,
    section,
    'H3',
    `Removed by the normalizer (${plural(publication.removed.length, 'line')})`,
    styles.h3,
    {keepWithNext: 24}
  )
  doc.y += 2
  if (publication.removed.length === 0) line('Nothing was removed.')
  for (const removed of publication.removed) {
    textParagraph(
      state,
      section,
      'P',
      `Line ${removed.line} — ${removed.reason} (${removed.rule}): “${removed.text.trim()}”`,
      styles.small,
      {indent: 10}
    )
    doc.y += 1.5
  }
  space(state, 8)
  textParagraph(state, section, 'H3', `Warnings (${publication.warnings.length})`, styles.h3, {keepWithNext: 24})
  doc.y += 2
  if (publication.warnings.length === 0) line('No warnings.')
  for (const warning of publication.warnings) {
    const where = warning.line === null ? warning.file : `${warning.file}, line ${warning.line}`
    textParagraph(state, section, 'P', `${where} — ${warning.message} (${warning.code})`, styles.small, {indent: 10})
    doc.y += 1.5
  }
}
