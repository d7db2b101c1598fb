/**
 * "At a glance": one table row per publication — title, date, outlet, who was interviewed by whom,
 * questions, reading time. Tagged as Table/TR/TH/TD; the header row repeats after a page break.
 * Each title links to where the publication is read (`RowLink`): in this document, or out of it.
 */
import type {Presentation, Publication, Words} from '@dossier/core'
import {directionOf} from '@dossier/core'
import {artifact, drawSegments, heightOf, textParagraph} from './flow.js'
import type {SourceRef} from './missing-glyphs.js'
import {addOutlineItem, linkTo, linkToFile, linkToUrl} from './outline.js'
import {type Phrase, phraseOf, phraseOptions, plainPhrase} from './phrase.js'
import {margins, maxY, rule, styles, type State, type Style} from './state.js'

/** The columns' share of the text width. */
const shares = [0.27, 0.12, 0.15, 0.22, 0.11, 0.13]
const pad = 4
/** A linked title's colour: the key points' question colour. */
const linkColor = styles.question.color

/** The header row in the document's words: Publication, Date, Outlet, Who, Questions, Reading. */
function headerOf(words: Words): Phrase[] {
  const keys = ['publication', 'date', 'outlet', 'who', 'questions', 'reading'] as const
  return keys.map((key) =>
    phraseOf({text: words.term(key), lang: words.langOf(key), dir: directionOf(words.langOf(key))}, words.lang)
  )
}

/**
 * The cells of one publication's row, from its presentation in the document's language
 * (`documentLang`, the collection's): title, date (or "undated"), main outlet, byline, number of
 * questions, reading time; `—` where there is none.
 */
export function rowOf(publication: Publication, presentation: Presentation, documentLang: string): Phrase[] {
  const {facts, byline, summary} = presentation
  return [
    plainPhrase(publication.title.text),
    phraseOf(facts.dateOrUndated, documentLang),
    plainPhrase(facts.outlet?.name ?? '—'),
    byline.line ? phraseOf(byline.line, documentLang) : plainPhrase('—'),
    plainPhrase(String(summary.questions)),
    phraseOf(facts.reading, documentLang)
  ]
}

/**
 * Where a row's title links, with the link's description (the title): a named destination in this
 * document, the same in another PDF beside it (`file`, a remote go-to), or a web address.
 */
export type RowLink = {destination: string; description: string; file?: string} | {url: string; description: string}

/** One publication's row: its cells (`rowOf`), where their text comes from, for messages, and its title's link. */
export interface Row {
  cells: Phrase[]
  source: SourceRef
  /** Without one, the title is plain text. */
  link?: RowLink
}

/** The open table, between `beginAtAGlance` and `endAtAGlance`. */
export interface AtAGlanceSection {
  section: PDFKit.PDFStructureElement
  table: PDFKit.PDFStructureElement
  widths: number[]
  /** The header row, repeated after a page break. */
  header: Phrase[]
  rows: number
}

/** Add the "At a glance" section with one row per publication, in order. */
export function renderAtAGlance(state: State, rows: Row[]): void {
  const open = beginAtAGlance(state)
  for (const row of rows) addRow(state, open, row)
  endAtAGlance(state, open)
}

/** Start the section: its page, heading and the table's header row. */
export function beginAtAGlance(state: State): AtAGlanceSection {
  const {doc} = state
  state.runningHeader = state.words.term('atAGlance')
  doc.addPage()
  state.pageOf.set('at-a-glance', doc.bufferedPageRange().count - 1)
  doc.addNamedDestination('at-a-glance', 'XYZ', margins.left, margins.top, null)
  addOutlineItem(doc.outline, state.words.term('atAGlance'))
  const section = doc.struct('Sect')
  state.root.add(section)
  textParagraph(state, section, 'H1', state.words.term('atAGlance'), styles.h1)
  doc.y += 12
  const table = doc.struct('Table')
  section.add(table)
  const widths = shares.map((share) => share * state.width)
  const header = headerOf(state.words)
  renderRow(state, table, header, widths, 'TH', styles.cellHead)
  return {section, table, widths, header, rows: 0}
}

/** Add one publication's row; the header row repeats after a page break. */
export function addRow(state: State, open: AtAGlanceSection, {cells, source, link}: Row): void {
  const {doc} = state
  const {table, widths, header} = open
  state.source = source
  if (doc.y + rowHeight(state, cells, widths, styles.cell) > maxY(state)) {
    doc.addPage()
    renderRow(state, table, header, widths, 'TH', styles.cellHead)
  }
  renderRow(state, table, cells, widths, 'TD', styles.cell, open.rows % 2 === 1, link)
  open.rows += 1
  state.source = null
}

/** Close the table and the section. */
export function endAtAGlance(_state: State, open: AtAGlanceSection): void {
  open.table.end()
  open.section.end()
}

function rowHeight(state: State, cells: Phrase[], widths: number[], style: Style): number {
  return (
    Math.max(...cells.map((cell, i) => heightOf(state, cell.text, style, widths[i]! - 2 * pad, cell.dir))) + 2 * pad
  )
}

function renderRow(
  state: State,
  table: PDFKit.PDFStructureElement,
  cells: Phrase[],
  widths: number[],
  tag: 'TH' | 'TD',
  style: Style,
  shaded = false,
  link?: RowLink
): void {
  const {doc} = state
  const top = doc.y
  const height = rowHeight(state, cells, widths, style)
  artifact(
    state,
    () => {
      if (shaded) doc.save().rect(margins.left, top, state.width, height).fill('#f1f4f7').restore()
      const weight = tag === 'TH' ? 1 : 0.5
      doc
        .save()
        .moveTo(margins.left, top + height)
        .lineTo(margins.left + state.width, top + height)
        .lineWidth(weight)
        .strokeColor(tag === 'TH' ? '#14283c' : rule)
        .stroke()
        .restore()
    },
    'Layout'
  )
  const row = doc.struct('TR')
  table.add(row)
  let x = margins.left
  for (const [i, cell] of cells.entries()) {
    const width = widths[i]!
    const options = phraseOptions(cell)
    const element = doc.struct(tag, {
      ...(tag === 'TH' ? {scope: 'Column'} : {}),
      ...(options.lang ? {lang: options.lang} : {})
    } as Record<string, string>)
    row.add(element)
    const cellX = x
    // The title in the link colour, inside a Link element with its annotation over the cell.
    const linked = i === 0 ? link : undefined
    const holder = linked ? doc.struct('Link') : element
    if (linked) element.add(holder)
    holder.add(() => {
      doc.y = top + pad
      drawSegments(state, [{text: cell.text, face: style.face}], linked ? {...style, color: linkColor} : style, {
        x: cellX + pad,
        width: width - 2 * pad,
        ...options
      })
    })
    if (linked) {
      const rect = {x: cellX, y: top, width, height}
      if ('url' in linked) linkToUrl(state, rect, linked.url, linked.description, holder)
      else if (linked.file) linkToFile(state, rect, linked.file, linked.destination, linked.description, holder)
      else linkTo(state, rect, linked.destination, linked.description, holder)
      holder.end()
    }
    element.end()
    x += width
  }
  row.end()
  doc.y = top + height
}
