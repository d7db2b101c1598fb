/**
 * Running header (the section or publication title) and footer (collection title, "page X of Y") on
 * every page but the cover, drawn once all pages exist and marked as pagination artifacts, so screen
 * readers skip them. The bottom margin is set to 0 while drawing, or pdfkit would add a page.
 */
import {artifact, drawSegments, runsOf} from './flow.js'
import {margins, rule, styles, type State} from './state.js'

/** Cut text at a word so it fits `width` in the small style, adding an ellipsis. */
function fit(state: State, text: string, width: number): string {
  const {doc} = state
  doc.font(styles.small.face).fontSize(styles.small.size)
  if (doc.widthOfString(text) <= width) return text
  const words = text.split(' ')
  while (words.length > 1 && doc.widthOfString(`${words.join(' ')} …`) > width) words.pop()
  return `${words.join(' ')} …`
}

/** Draw header and footer on every page that has a running header. */
export function renderFurniture(state: State): void {
  const {doc} = state
  const total = doc.bufferedPageRange().count
  const footerLeft = state.collection.title
  for (let index = 0; index < total; index++) {
    doc.switchToPage(index)
    // Tab order follows the structure tree (PDF/UA: pages with annotations need /Tabs /S).
    ;(doc.page.dictionary.data as Record<string, unknown>).Tabs = 'S'
    const header = state.headers[index]
    if (header === undefined) continue
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    const pageLabel = state.words.term('pageOfPages', {page: index + 1, pages: total})
    const footerY = doc.page.height - margins.bottom + 26
    artifact(
      state,
      () => {
        doc.y = margins.top - 34
        drawSegments(state, [{text: fit(state, header, state.width), face: styles.small.face}], styles.small, {
          x: margins.left,
          width: state.width
        })
        const ruleY = margins.top - 18
        doc
          .save()
          .moveTo(margins.left, ruleY)
          .lineTo(margins.left + state.width, ruleY)
          .lineWidth(0.5)
          .strokeColor(rule)
          .stroke()
          .restore()
        // Measured in the fonts that draw it: "第 3 页，共 5 页" is set in Noto Sans SC, wider than the
        // small face's missing glyphs, and wrapped onto two lines when measured in the small face alone.
        doc.fontSize(styles.small.size)
        let labelWidth = 2
        for (const run of runsOf(state, [{text: pageLabel, face: styles.small.face}]))
          labelWidth += doc.font(run.font).widthOfString(run.text)
        doc.font(styles.small.face)
        doc.y = footerY
        drawSegments(
          state,
          [{text: fit(state, footerLeft, state.width - labelWidth - 24), face: styles.small.face}],
          styles.small,
          {x: margins.left, width: state.width - labelWidth - 12}
        )
        doc.y = footerY
        drawSegments(state, [{text: pageLabel, face: styles.small.face}], styles.small, {
          x: margins.left + state.width - labelWidth,
          width: labelWidth,
          align: 'right'
        })
      },
      'Pagination'
    )
    doc.page.margins.bottom = bottom
  }
}
