/**
 * Line layout for paragraphs pdfkit cannot set alone: text in script fonts, right-to-left text, or both.
 * pdfkit wraps one font at a time and never reorders, so here
 *
 * 1. the Unicode Bidirectional Algorithm (UAX #9, bidi-js) resolves an embedding level per character,
 *    the paragraph level from the model's `dir` or else from the first strong character (rules P2–P3);
 * 2. lines break at UAX #14 opportunities (`linebreak`, as pdfkit itself uses), which include the
 *    places between two CJK characters, measuring each piece with its own font;
 * 3. each line's items (same font, same level) are reordered by rule L2 and drawn on one baseline.
 *    fontkit shapes each item (Arabic joining, Devanagari conjuncts and vowel-sign reordering) and
 *    returns right-to-left scripts' glyphs in visual order; right-to-left items are mirrored here
 *    (rule L4), neutral ones reversed too, and digits of right-to-left scripts kept left to right
 *    (see `shownText`).
 *
 * Items whose glyphs do not map back to their characters one by one (shaped scripts, emoji sequences,
 * reordered text) are marked content with /ActualText (PDF 32000-1:2008, 14.9.4), so extractors such as
 * pdftotext read the characters rather than guess them from contextual glyphs. Extractors read a page
 * in visual order and reverse right-to-left runs themselves (poppler's pdftotext does), so a
 * right-to-left item's ActualText lists its characters in the order its glyphs stand on the page;
 * given in logical order, pdftotext returned every Urdu word backwards. Right-to-left paragraphs
 * start at the right margin.
 */
import * as bidiModule from 'bidi-js'
import type {Bidi} from 'bidi-js'
import LineBreaker from 'linebreak'
import type {Run} from './fonts.js'
import {graphemes} from './scripts.js'
import {maxY, type State, type Style} from './state.js'

// bidi-js is a UMD bundle: Node's ESM loader gives its factory as the default export, its types as `.default`.
const bidiFactory = ((bidiModule as {default: unknown}).default ?? bidiModule) as () => Bidi
const bidi = bidiFactory()

/** A stretch of one line in one font at one embedding level; `start`/`end` index the paragraph text. */
interface Item {
  start: number
  end: number
  font: string
  level: number
  width: number
}

/** A paragraph broken into lines, each line's items in visual (left-to-right drawing) order. */
export interface Layout {
  lines: Array<{items: Item[]; width: number}>
  /** True when the paragraph's base direction is right to left. */
  rtl: boolean
  text: string
}

/** Options of the complex layout; `dir` is the model's direction, absent to take it from the text. */
export interface LayoutOptions {
  dir?: 'ltr' | 'rtl' | undefined
  lang?: string | undefined
}

const strongRtl = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u
/** Fonts whose glyphs can stand for several characters or in another order than the text's. */
const shaped = /^(arabic|devanagari|hebrew|thai|khmer|emoji)/

/**
 * pdfkit lays text out word by word (splitting at spaces, for its cache) unless features are given;
 * a right-to-left phrase laid out that way keeps its words in logical order. An empty feature list
 * (fontkit's defaults) makes it shape each item whole, so fontkit orders the words too.
 */
const whole = {features: [] as PDFKit.Mixins.OpenTypeFeatures[]}

/** Width in points of `text` in a registered font at the style's size, shaped as one run. */
function widthIn(state: State, font: string, size: number, text: string): number {
  return text ? state.doc.font(font).fontSize(size).widthOfString(text, whole) : 0
}

/** Break runs into lines of at most `width` points and order each line for drawing (UAX #9, #14). */
export function layoutRuns(
  state: State,
  runs: Run[],
  style: Style,
  width: number,
  options: LayoutOptions = {}
): Layout {
  const text = runs.map((run) => run.text).join('')
  const fontAt: string[] = []
  for (const run of runs) for (let i = 0; i < run.text.length; i++) fontAt.push(run.font)
  const embedding = bidi.getEmbeddingLevels(text, options.dir ?? 'auto')
  const levels = embedding.levels
  const rtl = ((embedding.paragraphs[0]?.level ?? 0) & 1) === 1
  // Logical items: maximal stretches of one font and one level.
  const itemsIn = (from: number, to: number): Item[] => {
    const out: Item[] = []
    for (let i = from; i < to; i++) {
      const last = out.at(-1)
      if (last && last.font === fontAt[i] && last.level === levels[i]) last.end = i + 1
      else out.push({start: i, end: i + 1, font: fontAt[i]!, level: levels[i]!, width: 0})
    }
    for (const item of out) item.width = widthIn(state, item.font, style.size, text.slice(item.start, item.end))
    return out
  }
  const measure = (from: number, to: number) => itemsIn(from, to).reduce((sum, item) => sum + item.width, 0)
  const trimEnd = (from: number, to: number) => {
    while (to > from && text[to - 1] === ' ') to--
    return to
  }

  // Greedy filling between break opportunities; a piece wider than a line is cut between clusters.
  const breaks: number[] = []
  let start = 0
  let lineWidth = 0
  let last = 0
  const breaker = new LineBreaker(text)
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const pieceWidth = measure(last, trimEnd(last, bk.position))
    const fullWidth = pieceWidth + measure(trimEnd(last, bk.position), bk.position)
    if (lineWidth + pieceWidth > width && last > start) {
      breaks.push(last)
      start = last
      lineWidth = 0
    }
    if (pieceWidth > width) {
      for (const {segment, index} of graphemes(text.slice(last, bk.position))) {
        const w = measure(last + index, last + index + segment.length)
        if (lineWidth + w > width && last + index > start) {
          breaks.push(last + index)
          start = last + index
          lineWidth = 0
        }
        lineWidth += w
      }
    } else lineWidth += fullWidth
    last = bk.position
  }
  breaks.push(text.length)

  const lines: Layout['lines'] = []
  let from = 0
  for (const to of breaks) {
    const items = itemsIn(from, trimEnd(from, to))
    lines.push({items: reorder(items), width: items.reduce((sum, item) => sum + item.width, 0)})
    from = to
  }
  return {lines, rtl, text}
}

/** Rule L2 of UAX #9: from the highest level down to the lowest odd one, reverse every run at or above it. */
function reorder(items: Item[]): Item[] {
  if (items.every((item) => item.level === 0)) return items
  const out = [...items]
  const highest = Math.max(...out.map((item) => item.level))
  const lowestOdd = Math.min(...out.map((item) => item.level | 1))
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < out.length; i++) {
      if (out[i]!.level < level) continue
      let j = i
      while (j < out.length && out[j]!.level >= level) j++
      out.splice(i, j - i, ...out.slice(i, j).reverse())
      i = j
    }
  }
  return out
}

/** Options for drawing a laid-out paragraph. */
export interface DrawLayoutOptions extends LayoutOptions {
  x: number
  width: number
  align: 'left' | 'right' | 'center' | 'justify'
}

/** Draw a layout from doc.y down, line by line, adding pages where the text area ends. */
export function drawLayout(state: State, layout: Layout, style: Style, options: DrawLayoutOptions): void {
  const {doc} = state
  const faceAscent = ascentOf(state, style.face, style.size)
  doc.font(style.face).fontSize(style.size)
  const lineHeight = doc.currentLineHeight(true) + style.lineGap
  let y = doc.y
  for (const line of layout.lines) {
    if (y + lineHeight - style.lineGap > maxY(state) && y > doc.page.margins.top + 0.5) {
      doc.addPage()
      y = doc.page.margins.top
    }
    const free = options.width - line.width
    // "left" is the start side: the right margin for a right-to-left paragraph.
    const toRight = options.align === 'right' || (layout.rtl && options.align === 'left')
    let x = options.x + (options.align === 'center' ? free / 2 : toRight ? free : 0)
    for (const item of line.items) {
      const logical = layout.text.slice(item.start, item.end)
      const odd = (item.level & 1) === 1
      const shown = shownText(logical, odd)
      const actual = shaped.test(item.font) || shown !== logical
      doc.font(item.font).fontSize(style.size)
      const draw = () =>
        doc.text(shown, x, y + faceAscent - ascentOf(state, item.font, style.size), {...whole, lineBreak: false})
      if (actual) withActualText(doc, odd ? [...logical].reverse().join('') : logical, options.lang, draw)
      else draw()
      x += item.width
    }
    y += lineHeight
  }
  doc.y = y
}

/**
 * Draw with an /ActualText span around the glyphs. The span sits inside the text object (BT … ET):
 * pdfkit's `markContent` would put it outside, and poppler then places the replacement text away
 * from its line. The string is UTF-16BE with a byte order mark, written as hex (PDF 7.9.2.2).
 */
function withActualText(doc: PDFKit.PDFDocument, actual: string, lang: string | undefined, draw: () => void): void {
  const target = doc as unknown as {addContent: (data: string) => unknown}
  const addContent = target.addContent
  const hex = (text: string) => `<${Buffer.from(`\uFEFF${text}`, 'utf16le').swap16().toString('hex')}>`
  const properties = `/ActualText ${hex(actual)}${lang ? ` /Lang ${hex(lang)}` : ''}`
  target.addContent = function (this: unknown, data: string) {
    if (data === 'ET') addContent.call(this, 'EMC')
    addContent.call(this, data)
    if (data === 'BT') addContent.call(this, `/Span <<${properties}>> BDC`)
    return this
  }
  try {
    draw()
  } finally {
    target.addContent = addContent
  }
}

/** Ascent in points of a registered font at a size (pdfkit sets the first baseline this far below y). */
function ascentOf(state: State, font: string, size: number): number {
  const parsed = state.fonts.registry.get(font)!
  return (parsed.ascent / parsed.unitsPerEm) * size
}

/**
 * The characters to hand fontkit for one item, so that its glyphs stand in visual order. fontkit
 * (2.0.4) takes the direction from the item's script and has no way to set it (foliojs/fontkit#105):
 * it reverses every item of a right-to-left script and nothing else, and it mirrors nothing.
 * - A right-to-left item (odd level) gets its mirrored characters (UAX #9 rule L4: "(" drawn at the
 *   right end is ")"; « and » likewise); a neutral one is also reversed here, fontkit would not.
 * - A left-to-right item in a right-to-left script (even level: Arabic-Indic and Persian digits,
 *   ۱۴۰۴, which fontkit would draw ۴۰۴۱) is reversed cluster by cluster, so fontkit's reversal puts
 *   it back in reading order.
 */
export function shownText(text: string, odd: boolean): string {
  const rtlScript = strongRtl.test(text)
  if (odd) return rtlScript ? mirror(text) : reverseClusters(mirror(text))
  return rtlScript ? reverseClusters(text) : text
}

/** Replace each character that has a mirror image (Bidi_Mirrored: brackets, guillemets) by it. */
function mirror(text: string): string {
  const mirrored = bidi.getMirroredCharactersMap(text, new Uint8Array(text.length).fill(1))
  if (mirrored.size === 0) return text
  // The map is keyed by UTF-16 index; every mirrored character is in the BMP.
  return text
    .split('')
    .map((unit, i) => mirrored.get(i) ?? unit)
    .join('')
}

/** Reverse a text grapheme cluster by grapheme cluster (a cluster keeps its marks). */
function reverseClusters(text: string): string {
  return [...graphemes(text)]
    .map((g) => g.segment)
    .reverse()
    .join('')
}
