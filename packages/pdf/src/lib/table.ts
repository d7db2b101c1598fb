/**
 * A Markdown table as a tagged PDF table (ISO 32000-1 §14.8.4.3.4): Table > TR > TH (scope Column)
 * / TD, the header row first and drawn again at the top of every page the table continues on,
 * each column aligned as the source says, column widths shared by the length of their text.
 */
import type {PhrasingContent, Table, TableRow} from 'mdast'
import {artifact, drawSegments, heightOf, type NoteLinks, plainOf, type Segment, segmentsOf} from './flow.js'
import {margins, maxY, rule, space, styles, type State, type Style} from './state.js'

const pad = 4

/** Lay out `table` under `parent`, `indent` points in from the left margin. */
export function renderTable(
  state: State,
  parent: PDFKit.PDFStructureElement,
  table: Table,
  notes: NoteLinks | null,
  indent: number
): void {
  const {doc} = state
  const [head, ...rows] = table.children
  if (!head) return
  const columns = Math.max(...table.children.map((row) => row.children.length))
  const align = Array.from({length: columns}, (_, i) => table.align?.[i] ?? null)
  const cells = (row: TableRow, face: Segment['face']) =>
    Array.from({length: columns}, (_, i) =>
      segmentsOf((row.children[i]?.children ?? []) as PhrasingContent[], face, notes ?? undefined).map(
        ({text, face}) => ({text, face})
      )
    )
  const width = state.width - indent
  const widths = columnWidths(table, columns, width)
  space(state, 6)
  const element = doc.struct('Table')
  parent.add(element)
  const header = cells(head, styles.cellHead.face)
  const body = rows.map((row) => cells(row, styles.cell.face))
  // Keep the header with at least the first row.
  const first = body[0] ? rowHeight(state, body[0], widths, styles.cell) : 0
  if (doc.y + rowHeight(state, header, widths, styles.cellHead) + first > maxY(state)) doc.addPage()
  renderRow(state, element, header, widths, align, 'TH', styles.cellHead, indent)
  for (const [index, row] of body.entries()) {
    if (doc.y + rowHeight(state, row, widths, styles.cell) > maxY(state)) {
      doc.addPage()
      // The header row again, as a real header of the same table (PDF/UA: TH with scope).
      renderRow(state, element, header, widths, align, 'TH', styles.cellHead, indent)
    }
    renderRow(state, element, row, widths, align, 'TD', styles.cell, indent, index % 2 === 1)
  }
  element.end()
  doc.y += 6
}

/** Widths in points: each column's share follows its longest text, never under 12% of an even share. */
function columnWidths(table: Table, columns: number, width: number): number[] {
  const lengths = Array.from({length: columns}, (_, i) =>
    Math.max(
      3,
      ...table.children.map(
        (row) => plainOf(segmentsOf((row.children[i]?.children ?? []) as PhrasingContent[], 'sans')).length
      )
    )
  )
  const capped = lengths.map((length) => Math.min(length, 40))
  const total = capped.reduce((sum, length) => sum + length, 0)
  const floor = (width / columns) * 0.12
  const raw = capped.map((length) => Math.max(floor, (length / total) * width))
  const scale = width / raw.reduce((sum, w) => sum + w, 0)
  return raw.map((w) => w * scale)
}

function rowHeight(state: State, cells: Segment[][], widths: number[], style: Style): number {
  return (
    Math.max(...cells.map((cell, i) => heightOf(state, plainOf(cell) || ' ', style, widths[i]! - 2 * pad))) + 2 * pad
  )
}

function renderRow(
  state: State,
  table: PDFKit.PDFStructureElement,
  cells: Segment[][],
  widths: number[],
  align: Array<string | null>,
  tag: 'TH' | 'TD',
  style: Style,
  indent: number,
  shaded = false
): void {
  const {doc} = state
  const top = doc.y
  const left = margins.left + indent
  const total = widths.reduce((sum, w) => sum + w, 0)
  const height = rowHeight(state, cells, widths, style)
  artifact(
    state,
    () => {
      if (shaded) doc.save().rect(left, top, total, height).fill('#f1f4f7').restore()
      const weight = tag === 'TH' ? 1 : 0.5
      doc
        .save()
        .moveTo(left, top + height)
        .lineTo(left + total, top + height)
        .lineWidth(weight)
        .strokeColor(tag === 'TH' ? '#14283c' : rule)
        .stroke()
        .restore()
    },
    'Layout'
  )
  const row = doc.struct('TR')
  table.add(row)
  let x = left
  for (const [i, cell] of cells.entries()) {
    const width = widths[i]!
    const element = doc.struct(tag, tag === 'TH' ? ({scope: 'Column'} as Record<string, string>) : {})
    row.add(element)
    const cellX = x
    const cellAlign = align[i] === 'right' ? 'right' : align[i] === 'center' ? 'center' : 'left'
    element.add(() => {
      doc.y = top + pad
      if (plainOf(cell)) drawSegments(state, cell, style, {x: cellX + pad, width: width - 2 * pad, align: cellAlign})
    })
    element.end()
    x += width
  }
  row.end()
  doc.y = top + height
}
