/**
 * Text flow: styled inline segments, font-fallback runs, paragraphs tagged in the structure tree,
 * and the page-break rules (no single first line at a page foot, no single last line at a page head).
 */
import type {PhrasingContent} from 'mdast'
import {breakableSpace, cleanText} from './clean-text.js'
import type {Face, Run} from './fonts.js'
import {hyphenatorFor} from './hyphenate.js'
import {drawLayout, type Item, type Layout, type LayoutRun, layoutRuns} from './line-layout.js'
import {noteMissing} from './missing-glyphs.js'
import {goToFile} from './outline.js'
import {margins, maxY, type State, type Style} from './state.js'

/**
 * Where a stretch of text links to: a web address, or a named destination in this PDF (a note, a
 * marker) or, with `file`, in another PDF beside it (a publication's own PDF, from the briefing).
 */
export type LinkTarget = {url: string} | {destination: string; description: string; file?: string}

/** A stretch of inline text in one face. */
export interface Segment {
  text: string
  face: Face
  /** The segment is a link (tagged `Link`, with an annotation per line it spans). */
  link?: LinkTarget
  /** A named destination placed where the segment starts (a note marker, for the note's back-link). */
  anchor?: string
  /** Set as a superscript: smaller, on a raised baseline (a note marker). */
  sup?: boolean
}

/** How `segmentsOf` turns note markers into links: their destinations in this document. */
export interface NoteLinks {
  /** Destination of note `fn1` (`<publication id>-fn1`). */
  noteDestination: (noteId: string) => string
  /** Destination of marker `fnref1` (`<publication id>-fnref1`). */
  markerDestination: (refId: string) => string
}

const italicOf: Partial<Record<Face, Face>> = {serif: 'serifItalic', serifBold: 'serifBoldItalic', sans: 'sans'}
const boldOf: Partial<Record<Face, Face>> = {
  serif: 'serifBold',
  serifItalic: 'serifBoldItalic',
  sans: 'sansBold',
  sansSemibold: 'sansBold'
}

/**
 * Turn mdast phrasing content into segments: emphasis → italic, strong → bold, a web link → a link
 * segment, a note marker → a superscript `1` linked to its note (when `notes` says where notes are),
 * inline code → monospaced, the rest as text.
 */
export function segmentsOf(nodes: PhrasingContent[], face: Face, notes?: NoteLinks): Segment[] {
  const out: Segment[] = []
  for (const node of nodes) {
    if (node.type === 'text') out.push({text: node.value, face})
    else if (node.type === 'inlineCode') out.push({text: node.value, face: 'mono'})
    else if (node.type === 'break') out.push({text: ' ', face})
    else if (node.type === 'emphasis') out.push(...segmentsOf(node.children, italicOf[face] ?? face, notes))
    else if (node.type === 'strong') out.push(...segmentsOf(node.children, boldOf[face] ?? face, notes))
    else if (node.type === 'link' && /^(https?:|mailto:)/i.test(node.url)) {
      out.push(...segmentsOf(node.children, face, notes).map((segment) => ({...segment, link: {url: node.url}})))
    } else if (node.type === 'footnoteReference') {
      const label = node.label ?? node.identifier
      const refId = node.data?.refId
      if (!notes || !refId) out.push({text: label, face, sup: true})
      else
        out.push({
          text: label,
          face,
          sup: true,
          link: {destination: notes.noteDestination(node.identifier), description: `Note ${label}`},
          anchor: notes.markerDestination(refId)
        })
    } else if ('children' in node) out.push(...segmentsOf(node.children as PhrasingContent[], face, notes))
    else if ('value' in node && typeof node.value === 'string') out.push({text: node.value, face})
  }
  return out
}

/** The plain text of segments, on one line, as pdfkit will receive it. */
export function plainOf(segments: Segment[]): string {
  return cleanText(segments.map((s) => s.text).join(''))
    .replace(breakableSpace, ' ')
    .trim()
}

/** A font run that keeps its segment's link, anchor and superscript. */
type LinkedRun = LayoutRun & {link?: LinkTarget | undefined}

/** Font runs for segments: one-line whitespace, fallback fonts where the face lacks a glyph; a run never spans two links. */
export function runsOf(state: State, segments: Segment[]): LinkedRun[] {
  const onMissing = (cluster: string) => noteMissing(state.missing, state.source, cluster)
  const runs: LinkedRun[] = []
  let text = ''
  const flat = segments.map((s) => ({
    face: s.face,
    text: cleanText(s.text).replace(breakableSpace, ' '),
    link: s.link,
    anchor: s.anchor,
    sup: s.sup
  }))
  for (const [index, segment] of flat.entries()) {
    // Trim the paragraph's outer whitespace only, keeping spaces between segments.
    let value = segment.text
    if (index === 0 || text === '') value = value.replace(/^ +/, '')
    if (index === flat.length - 1) value = value.replace(/ +$/, '')
    if (text.endsWith(' ')) value = value.replace(/^ +/, '')
    if (!value) continue
    text += value
    for (const [part, run] of state.fonts.runs(value, segment.face, onMissing).entries()) {
      const last = runs.at(-1)
      const anchor = part === 0 ? segment.anchor : undefined
      if (last && last.font === run.font && last.link === segment.link && last.sup === segment.sup && !anchor)
        last.text += run.text
      else
        runs.push({
          ...run,
          link: segment.link,
          anchor,
          sup: segment.sup,
          underline: Boolean(segment.link && ('url' in segment.link || segment.link.file))
        })
    }
  }
  useFonts(state, runs)
  return runs
}

/** Register the script fonts runs need with this document (pdfkit embeds only fonts it drew with). */
function useFonts(state: State, runs: Run[]): void {
  for (const run of runs) {
    if (state.registered.has(run.font)) continue
    const font = state.fonts.registry.get(run.font)!
    forgetGlyphs(font)
    state.doc.registerFont(run.font, font as unknown as string)
    state.registered.add(run.font)
  }
}

/**
 * fontkit caches glyph objects on the font with the code points of their first request, and a glyph
 * first made as a composite's component while subsetting (’ inside ”) has none. Shared across
 * documents, that made a later PDF's Unicode map lack ’, depending on which PDFs came before (and
 * on which worker ran what). Each document therefore starts with an empty glyph cache; the parsed
 * tables stay shared. `_glyphs` is fontkit 2.0.4's cache (the version is pinned).
 */
export function forgetGlyphs(font: unknown): void {
  const cached = font as {_glyphs?: Record<number, unknown>}
  if (cached._glyphs) cached._glyphs = {}
}

/** True when runs need the complex layout: a script font (shaping, right to left, CJK) or a right-to-left paragraph. */
function needsLayout(state: State, runs: Run[], dir: 'ltr' | 'rtl' | undefined): boolean {
  return dir === 'rtl' || runs.some((run) => !state.fonts.isBase(run.font))
}

/** Options for drawing a paragraph. */
export interface DrawOptions {
  x: number
  width: number
  align?: 'left' | 'right' | 'center' | 'justify'
  /** The block's direction from the model; absent to take it from the first strong character. */
  dir?: 'ltr' | 'rtl' | undefined
  /** The block's language where it differs from the document's (Span /Lang on shaped runs). */
  lang?: string | undefined
}

/**
 * True when runs go through our own line layout (line-layout.ts) rather than pdfkit's: complex text,
 * a justified paragraph (pdfkit justifies each font run on its own) or a superscript.
 */
function ownLayout(state: State, runs: LinkedRun[], options: DrawOptions): boolean {
  return options.align === 'justify' || needsLayout(state, runs, options.dir) || runs.some((run) => run.sup)
}

/**
 * Lay out and draw runs with line-layout.ts. A justified left-to-right paragraph in the base fonts is
 * hyphenated by its language (the block's, else the document's); complex text (script fonts, right to
 * left) is justified unhyphenated: at its spaces (Arabic: spaces only, no kashida), and between CJK
 * characters. Thai, Lao, Khmer and Myanmar, which break between words without spaces, keep ragged
 * lines (their justification spreads the slack inside words, which is not done here). `drawItem`
 * places a linked item in its Link.
 */
function drawOwn(
  state: State,
  runs: LinkedRun[],
  style: Style,
  options: DrawOptions,
  drawItem?: (item: Item, draw: () => void) => void,
  drawHyphen?: (draw: () => void) => void
): void {
  const {laid, layout, ragged} = layoutOwn(state, runs, style, options)
  const align = ragged ? 'left' : (options.align ?? 'left')
  drawLayout(state, layout, style, {
    ...options,
    align,
    runs: laid,
    ...(drawItem ? {drawItem} : {}),
    ...(drawHyphen ? {drawHyphen} : {})
  })
  state.doc.x = margins.left
}

/** Scripts written without spaces between words (UAX #14 class SA). */
const unspaced = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u

const plainOfRuns = (runs: readonly Run[]) => runs.map((run) => run.text).join('')

/** The last paragraph laid out, so that the layout measured for page breaks is the one drawn. */
let lastLayout: {doc: PDFKit.PDFDocument; key: string; ragged: boolean; laid: LinkedRun[]; layout: Layout} | null = null

/** Lay out runs as `drawOwn` draws them (hyphenated when justified), once for measuring and drawing. */
function layoutOwn(
  state: State,
  runs: LinkedRun[],
  style: Style,
  options: DrawOptions
): {ragged: boolean; laid: LinkedRun[]; layout: Layout} {
  const lang = options.lang ?? state.lang
  const key = [options.width, style.size, style.face, options.dir, lang, options.align]
    .concat(runs.map((run) => `${run.font}\u0000${run.sup ? 1 : 0}\u0000${run.text}`))
    .join('\u0001')
  if (lastLayout && lastLayout.doc === state.doc && lastLayout.key === key) return lastLayout
  const complex = needsLayout(state, runs, options.dir)
  const laid = options.align === 'justify' && !complex ? hyphenated(runs, lang) : runs
  // A justified paragraph in a script without spaces is drawn ragged (its breaks still chosen for the whole paragraph).
  const ragged = options.align === 'justify' && complex && unspaced.test(plainOfRuns(runs))
  const layout = layoutRuns(state, laid, style, options.width, options)
  lastLayout = {doc: state.doc, key, ragged, laid, layout}
  return lastLayout
}

/** Runs with soft hyphens between syllables (not in links to web addresses, whose words are not words). */
function hyphenated<T extends LinkedRun>(runs: T[], lang: string): T[] {
  const hyphenate = hyphenatorFor(lang)
  if (!hyphenate) return runs
  return runs.map((run) => {
    if (run.sup || (run.link && 'url' in run.link)) return run
    const text = hyphenate(run.text)
    // Patterns only ever add soft hyphens; anything else would change the text, so keep it whole.
    return text.length !== run.text.length && text.replace(/\u00ad/g, '') === run.text ? {...run, text} : run
  })
}

/** Draw segments as one paragraph at (x, doc.y), switching fonts between runs. */
export function drawSegments(state: State, segments: Segment[], style: Style, options: DrawOptions): void {
  const {doc} = state
  const runs = runsOf(state, segments)
  doc.fontSize(style.size).fillColor(style.color)
  if (runs.length === 0) return
  if (ownLayout(state, runs, options)) {
    drawOwn(state, runs, style, options)
    return
  }
  const y = doc.y
  for (const [index, run] of runs.entries()) {
    doc.font(run.font)
    const continued = index < runs.length - 1
    if (index === 0)
      doc.text(run.text, options.x, y, {
        width: options.width,
        lineGap: style.lineGap,
        align: options.align ?? 'left',
        continued
      })
    else doc.text(run.text, {continued})
  }
  doc.x = margins.left
}

/** Line height of a style, gap included. */
export function lineHeight(state: State, style: Style): number {
  state.doc.font(style.face).fontSize(style.size)
  return state.doc.currentLineHeight(true) + style.lineGap
}

/**
 * Height a paragraph will take, in points (lines × line height, as pdfkit's heightOfString); a
 * justified one (`justify`: its language) is measured as drawn, hyphenated.
 */
export function heightOf(
  state: State,
  text: string,
  style: Style,
  width: number,
  dir?: 'ltr' | 'rtl',
  justify?: {lang: string}
): number {
  if (justify && dir !== 'rtl') {
    const runs = runsOf(state, [{text, face: style.face}])
    const laid = needsLayout(state, runs, dir) ? runs : hyphenated(runs, justify.lang)
    return Math.max(1, layoutRuns(state, laid, style, width, {dir}).lines.length) * lineHeight(state, style)
  }
  if (!state.fonts.covers(text, style.face)) {
    const runs = runsOf(state, [{text, face: style.face}])
    if (needsLayout(state, runs, dir))
      return Math.max(1, layoutRuns(state, runs, style, width, {dir}).lines.length) * lineHeight(state, style)
  }
  state.doc.font(style.face).fontSize(style.size)
  return state.doc.heightOfString(text || ' ', {width, lineGap: style.lineGap})
}

/**
 * An upper bound in points on the height of `text` set in `style` at `width`, without laying it out:
 * every character taken as one em wide (CJK ideographs are; Latin capitals are narrower) and every
 * line as only half filled (greedy breaking leaves less than the widest piece at a line's end; a piece
 * wider than half a line is rare and cut between clusters when wider than the line), plus one line.
 * A caller measures with `heightOf` only when this bound does not fit.
 */
export function heightAtMost(state: State, text: string, style: Style, width: number): number {
  return (Math.ceil((2 * text.length * style.size) / width) + 1) * lineHeight(state, style)
}

/** Options for a tagged paragraph. */
export interface ParagraphOptions {
  indent?: number
  /** Space kept free at the right of the lines (a right-to-left notice's padding beside its bar). */
  indentRight?: number
  /** Points needed below the paragraph's first lines on the same page (keep with next). */
  keepWithNext?: number
  /** Never split the paragraph across pages. */
  keepTogether?: boolean
  align?: DrawOptions['align']
  dir?: DrawOptions['dir']
  lang?: DrawOptions['lang']
  /** Structure element options (title, actual text…). */
  struct?: Record<string, string>
  /**
   * Segments set before the paragraph's own, inside the same structure element (a speaker's label
   * run in before the first paragraph of an answer), so the tags and the text layer read them together.
   */
  runIn?: Segment[]
}

/** Where a paragraph ended up, for link rectangles and destinations. */
export interface Placed {
  page: number
  top: number
  bottom: number
  x: number
  width: number
}

/**
 * Decide page breaks for a paragraph of `lines` lines: avoid orphans and widows. `lh` is the line
 * height with its gap; the last line on a page needs no gap below it (pdfkit's wrapper and
 * `drawLayout` both set a line wherever its glyphs fit), so one more line fits than `available / lh`.
 */
function breakBefore(
  state: State,
  height: number,
  lines: number,
  lh: number,
  gap: number,
  options: ParagraphOptions,
  hyphenAt: (line: number) => boolean = () => false
): number {
  const {doc} = state
  const available = maxY(state) - doc.y
  const keep = options.keepWithNext ?? 0
  if (height + keep <= available) return 0
  if (options.keepTogether || keep > 0) {
    doc.addPage()
    return 0
  }
  const fit = Math.floor((available + gap + 0.01) / lh)
  if (fit >= lines) return 0
  // Move lines over while one would be left alone on the next page, or the page would end inside a
  // word (a hyphenated line: readers turn mid-word, extractors join the half word to the footer);
  // with fewer than two lines left here, the whole paragraph goes.
  let kept = fit
  while (kept >= 2 && (lines - kept === 1 || hyphenAt(kept - 1))) kept--
  if (kept < 2) {
    doc.addPage()
    return 0
  }
  return (fit - kept) * lh
}

/** A paragraph-like structure element (P, H1, H2, Lbl…) with the given segments. */
export function paragraph(
  state: State,
  parent: PDFKit.PDFStructureElement,
  tag: string,
  own: Segment[],
  style: Style,
  options: ParagraphOptions = {}
): Placed {
  const {doc} = state
  const segments = options.runIn ? [...options.runIn, ...own] : own
  const indent = options.indent ?? 0
  const width = state.width - indent - (options.indentRight ?? 0)
  const x = margins.left + indent
  const text = plainOf(segments)
  const lh = lineHeight(state, style)
  const drawOptions: DrawOptions = {x, width, align: options.align ?? 'left', dir: options.dir, lang: options.lang}
  // Measuring lays the text out a second time; skip it when even a generous estimate fits.
  const estimate = (Math.ceil((text.length * style.size * 0.62) / width) + 1) * lh
  let shrink = 0
  if (doc.y + estimate + (options.keepWithNext ?? 0) > maxY(state)) {
    // A justified paragraph is measured by laying out its own runs, the layout then drawn.
    const layout =
      options.align === 'justify' ? layoutOwn(state, runsOf(state, segments), style, drawOptions).layout : null
    const height = layout ? Math.max(1, layout.lines.length) * lh : heightOf(state, text, style, width, options.dir)
    const hyphenAt = (line: number) => layout?.lines[line]?.hyphen === true
    shrink = breakBefore(state, height, Math.round((height + style.lineGap) / lh), lh, style.lineGap, options, hyphenAt)
  }
  const page = doc.page
  page.margins.bottom += shrink
  const placed: Placed = {page: doc.bufferedPageRange().count - 1, top: doc.y, bottom: 0, x, width}
  const element = doc.struct(tag, {...(options.lang ? {lang: options.lang} : {}), ...options.struct})
  parent.add(element)
  const draw = drawOptions
  // A justified paragraph is drawn item by item too, so that its line-end hyphens can be artifacts.
  if (draw.align === 'justify' || segments.some((segment) => segment.link || segment.anchor || segment.sup))
    drawLinked(state, element, segments, style, draw)
  else element.add(() => drawSegments(state, segments, style, draw))
  element.end()
  page.margins.bottom -= shrink
  placed.bottom = doc.y
  return placed
}

/** A paragraph of plain text in one style. */
export function textParagraph(
  state: State,
  parent: PDFKit.PDFStructureElement,
  tag: string,
  text: string,
  style: Style,
  options: ParagraphOptions = {}
): Placed {
  return paragraph(state, parent, tag, [{text, face: style.face}], style, options)
}

/** Draw something that is not content (rules, bars, furniture) as an artifact. */
export function artifact(state: State, draw: () => void, type?: 'Pagination' | 'Layout'): void {
  state.doc.markContent('Artifact', type ? {type} : {})
  draw()
  state.doc.endMarkedContent()
}

/** A horizontal rule across the text width. */
export function horizontalRule(state: State, color: string, weight = 0.6): void {
  const {doc} = state
  const y = doc.y
  artifact(
    state,
    () => {
      doc
        .save()
        .moveTo(margins.left, y)
        .lineTo(margins.left + state.width, y)
        .lineWidth(weight)
        .strokeColor(color)
        .stroke()
        .restore()
    },
    'Layout'
  )
}

/**
 * Draw a paragraph that holds links: each linked run is its own `Link` structure element holding
 * its text and the link annotation of every line it spans (PDF/UA 7.18.5: a link annotation is
 * nested in a Link element with its content, and has a `Contents` description); a note marker is
 * wrapped in `Reference`. Text that needs the complex layout (shaping, right to left) is drawn
 * without annotations, its links kept as text.
 */
function drawLinked(
  state: State,
  element: PDFKit.PDFStructureElement,
  segments: Segment[],
  style: Style,
  options: DrawOptions
): void {
  const {doc} = state
  const runs = runsOf(state, segments)
  doc.fontSize(style.size).fillColor(style.color)
  if (runs.length === 0) return
  if (needsLayout(state, runs, options.dir)) {
    element.add(() =>
      drawSegments(
        state,
        segments.map(({text, face, sup}) => ({text, face, ...(sup ? {sup} : {})})),
        style,
        options
      )
    )
    return
  }
  if (ownLayout(state, runs, options)) {
    drawOwnLinked(state, element, runs, style, options)
    return
  }
  const y = doc.y
  for (const [index, run] of runs.entries()) {
    const continued = index < runs.length - 1
    const write = () => {
      doc.font(run.font)
      // A link out of this document (web, another PDF) is underlined, so it is told apart by more than colour (WCAG 1.4.1).
      const text = {
        continued,
        underline: Boolean(run.link && ('url' in run.link || run.link.file)),
        ...(run.anchor ? {destination: run.anchor} : {})
      }
      if (index === 0)
        doc.text(run.text, options.x, y, {
          width: options.width,
          lineGap: style.lineGap,
          align: options.align ?? 'left',
          ...text
        })
      else doc.text(run.text, text)
    }
    if (!run.link) {
      element.add(write)
      continue
    }
    const target = run.link
    const link = doc.struct('Link')
    const holder = run.anchor ? doc.struct('Reference') : null
    if (holder) {
      element.add(holder)
      holder.add(link)
    } else element.add(link)
    link.add(() => withLinkAnnotations(state, link, target, run.text, write))
    link.end()
    holder?.end()
  }
  doc.x = margins.left
}

/**
 * A paragraph through our own layout, item by item: each linked run's items go in one Link (in a
 * Reference for a note marker), the others in the paragraph; a hyphen added at a line end is a
 * layout artifact (ISO 32000-1 14.8.2.2), not text, so the structure tree reads the word whole.
 */
function drawOwnLinked(
  state: State,
  element: PDFKit.PDFStructureElement,
  runs: LinkedRun[],
  style: Style,
  options: DrawOptions
): void {
  const links = new Map<number, PDFKit.PDFStructureElement>()
  const holders: PDFKit.PDFStructureElement[] = []
  drawOwn(
    state,
    runs,
    style,
    options,
    (item, draw) => {
      const run = runs[item.run]!
      const target = run.link
      if (!target) {
        element.add(draw)
        return
      }
      let link = links.get(item.run)
      if (!link) {
        link = state.doc.struct('Link')
        const holder = run.anchor ? state.doc.struct('Reference') : null
        if (holder) {
          element.add(holder)
          holder.add(link)
          holders.push(holder)
        } else element.add(link)
        links.set(item.run, link)
      }
      const owner = link
      owner.add(() => withLinkAnnotations(state, owner, target, run.text.replace(/\u00ad/g, ''), draw))
    },
    (draw) => artifact(state, draw, 'Layout')
  )
  for (const link of links.values()) link.end()
  for (const holder of holders) holder.end()
}

/** While `write` lays out text, every line fragment gets a link annotation to `target`, attached to `link`. */
function withLinkAnnotations(
  state: State,
  link: PDFKit.PDFStructureElement,
  target: LinkTarget,
  text: string,
  write: () => void
): void {
  const doc = state.doc as PDFKit.PDFDocument & {
    _fragment: (text: string, x: number, y: number, options: Record<string, unknown>) => void
  }
  const fragment = doc._fragment
  const description = new String('url' in target ? `${text.trim()} (${target.url})` : target.description)
  // pdfkit draws each wrapped line through `_fragment`; the annotation covers exactly that line.
  doc._fragment = function (this: typeof doc, value, x, y, options) {
    const width = this.widthOfString(value, options)
    const height = this.currentLineHeight()
    if ('url' in target)
      this.link(x, y, width, height, target.url, {
        structParent: link,
        Contents: description
      } as unknown as PDFKit.Mixins.AnnotationOption)
    else if (target.file)
      goToFile(this, {x, y, width, height}, target.file, target.destination, {
        structParent: link,
        Contents: description
      })
    else
      this.goTo(x, y, width, height, target.destination, {
        structParent: link,
        Contents: description
      } as unknown as PDFKit.Mixins.AnnotationOption)
    return fragment.call(this, value, x, y, options)
  }
  try {
    write()
  } finally {
    doc._fragment = fragment
  }
}
