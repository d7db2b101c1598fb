/**
 * Line layout for paragraphs pdfkit cannot set alone: text in script fonts, right-to-left text, or both;
 * and justified, hyphenated paragraphs (pdfkit justifies each font run of a line on its own, and
 * superscripts change the size mid-line). pdfkit wraps one font at a time and never reorders, so here
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
import {optimalBreaks, type Piece} from './optimal-breaks.js'
import {graphemes} from './scripts.js'
import {maxY, type State, type Style} from './state.js'

// bidi-js is a UMD bundle: Node's ESM loader gives its factory as the default export, its types as `.default`.
const bidiFactory = ((bidiModule as {default: unknown}).default ?? bidiModule) as () => Bidi
const bidi = bidiFactory()

/** A stretch of one line in one run at one embedding level; `start`/`end` index the paragraph text. */
export interface Item {
  start: number
  end: number
  font: string
  level: number
  width: number
  /** Index of the run the item belongs to. */
  run: number
}

/** A font run, optionally a superscript (a note marker), underlined (an outward link) or with a destination at its start. */
export type LayoutRun = Run & {sup?: boolean | undefined; underline?: boolean | undefined; anchor?: string | undefined}

/** Superscripts are set this much smaller, their baseline raised by `superRise` of the size (as TeX's \textsuperscript). */
export const superScale = 0.68
export const superRise = 0.36

/** Soft hyphen: a break opportunity from hyphenation (hyphenate.ts), never drawn. */
const shy = '\u00ad'
const shys = /\u00ad/g

/** A paragraph broken into lines, each line's items in visual (left-to-right drawing) order. */
export interface Layout {
  /** `hyphen`: the line ends inside a word, at a soft hyphen; its width includes the hyphen. */
  lines: Array<{items: Item[]; width: number; hyphen?: boolean; end: number}>
  /** True when the paragraph's base direction is right to left. */
  rtl: boolean
  text: string
  /**
   * Where a justified line may widen besides its spaces: the break opportunities (UAX #14) between two
   * characters, not spaces, one of them CJK (`wide`), as indexes into `text` (the gap before that
   * character). A Chinese or Japanese line has few spaces or none; its slack is spread over these.
   */
  gaps: ReadonlySet<number>
}

/** Options of the complex layout; `dir` is the model's direction, absent to take it from the text. */
export interface LayoutOptions {
  dir?: 'ltr' | 'rtl' | undefined
  lang?: string | undefined
  /** `justify`: the paragraph's breaks are chosen for the whole paragraph (optimal-breaks.ts). */
  align?: string | undefined
}

const strongRtl = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u
/**
 * Characters set on the ideographic em square (East Asian Width W and F: Han, kana, Hangul, CJK and
 * fullwidth punctuation), between which a justified line may widen (JIS X 4051's inter-character
 * spacing; CSS Text 3's `text-justify: inter-character`).
 */
const wide =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\p{Script=Hangul}\u3000-\u303F\u30FB\u30FC\uFF01-\uFF60\uFFE0-\uFFE6]/u
/**
 * How far a gap between wide characters may widen, in ems: in the whole-paragraph breaking and when
 * drawn. Under a tenth of an em: poppler (TextOutputDev's minWordBreakSpace) and other extractors
 * read a wider gap between two characters as a space, which Chinese and Japanese text has none of.
 * A line that needs more is left short, flush at its start.
 */
export const gapStretch = 0.09
/** Fonts whose glyphs can stand for several characters or in another order than the text's. */
const shaped = /^(arabic|devanagari|hebrew|thai|khmer|emoji)/

/**
 * pdfkit lays text out word by word (splitting at spaces, for its cache) unless features are given;
 * a right-to-left phrase laid out that way keeps its words in logical order. An empty feature list
 * (fontkit's defaults) makes it shape each item whole, so fontkit orders the words too.
 */
const whole = {features: [] as PDFKit.Mixins.OpenTypeFeatures[]}

/**
 * Width in points of `text` in a registered font at a size, shaped as one run; a left-to-right item
 * in a base face (Latin, Greek, Cyrillic, DejaVu) word by word, as pdfkit does, from its cache of
 * word layouts (shaping each piece whole made a justified book twice as slow).
 */
function widthIn(state: State, font: string, size: number, text: string, level = 0): number {
  const shown = text.includes(shy) ? text.replace(shys, '') : text
  return shown
    ? state.doc
        .font(font)
        .fontSize(size)
        .widthOfString(shown, shapingOf(state, font, level))
    : 0
}

/** pdfkit text options for an item: `whole` shaping, or none for a left-to-right item in a base face. */
function shapingOf(state: State, font: string, level: number): typeof whole | object {
  return (level & 1) === 0 && state.fonts.isBase(font) ? {} : whole
}

/** The size an item of `run` is set in. */
function sizeOf(run: LayoutRun | undefined, style: Style): number {
  return run?.sup ? style.size * superScale : style.size
}

/** Break runs into lines of at most `width` points and order each line for drawing (UAX #9, #14). */
export function layoutRuns(
  state: State,
  runs: LayoutRun[],
  style: Style,
  width: number,
  options: LayoutOptions = {}
): Layout {
  const text = runs.map((run) => run.text).join('')
  const runAt: number[] = []
  for (const [index, run] of runs.entries()) for (let i = 0; i < run.text.length; i++) runAt.push(index)
  // A paragraph with no right-to-left letter and no rtl direction is all at level 0: no need to run UAX #9.
  const plain = options.dir !== 'rtl' && !strongRtl.test(text)
  const embedding = plain ? null : bidi.getEmbeddingLevels(text, options.dir ?? 'auto')
  const levels = embedding?.levels ?? new Uint8Array(text.length)
  const rtl = ((embedding?.paragraphs[0]?.level ?? 0) & 1) === 1
  // Logical items: maximal stretches of one run and one level.
  const itemsIn = (from: number, to: number): Item[] => {
    const out: Item[] = []
    for (let i = from; i < to; i++) {
      const last = out.at(-1)
      if (last && last.run === runAt[i] && last.level === levels[i]) last.end = i + 1
      else out.push({start: i, end: i + 1, font: runs[runAt[i]!]!.font, level: levels[i]!, width: 0, run: runAt[i]!})
    }
    for (const item of out)
      item.width = widthIn(
        state,
        item.font,
        sizeOf(runs[item.run], style),
        text.slice(item.start, item.end),
        item.level
      )
    return out
  }
  // The hyphen a line broken at a soft hyphen ends with, in the font before the break.
  const hyphenWidth = (at: number) => widthIn(state, runs[runAt[at - 1]!]!.font, style.size, '-')
  const measure = (from: number, to: number) => {
    if (to <= from) return 0
    // One run at level 0 (most pieces of a left-to-right paragraph): no items to build.
    if (plain && runAt[from] === runAt[to - 1]) {
      const run = runs[runAt[from]!]!
      return widthIn(state, run.font, sizeOf(run, style), text.slice(from, to))
    }
    return itemsIn(from, to).reduce((sum, item) => sum + item.width, 0)
  }
  const trimEnd = (from: number, to: number) => {
    while (to > from && text[to - 1] === ' ') to--
    return to
  }

  // Break opportunities between two wide characters (or a wide one and a letter), no space at either side.
  const gaps = new Set<number>()
  if (wide.test(text)) {
    const breaker = new LineBreaker(text)
    for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
      const at = bk.position
      if (at >= text.length || /\s/u.test(text[at - 1]!) || /\s/u.test(text[at]!)) continue
      if (wide.test(text[at - 1]!) || wide.test(text[at]!)) gaps.add(at)
    }
  }

  const breaks: number[] = []
  // The width of a line that is one run of a base face at level 0 made of whole pieces, by the
  // position it ends at: the sum of its pieces' widths, so that the line is not measured again below
  // (pdfkit too sums a line's words; only a kerning pair across a hyphen's break opportunity is left out).
  const summed = new Map<number, number>()
  // A justified paragraph: the breaks with the least demerits over the whole paragraph.
  const optimal = options.align === 'justify' ? breakOptimally() : false
  function breakOptimally(): boolean {
    const pieces: Array<Piece & {start: number; whole: boolean}> = []
    let from = 0
    const opportunities = new LineBreaker(text)
    for (let bk = opportunities.nextBreak(); bk; bk = opportunities.nextBreak()) {
      const end = trimEnd(from, bk.position)
      const width = measure(from, end)
      const whole = width > 0 && runAt[from] === runAt[bk.position - 1]
      const hyphen = text[bk.position - 1] === shy ? hyphenWidth(bk.position) : 0
      const trailing = measure(end, bk.position)
      const stretch = gaps.has(bk.position) ? gapStretch * style.size : undefined
      pieces.push({start: from, end: bk.position, width, trailing, hyphen, whole, ...(stretch ? {stretch} : {})})
      from = bk.position
    }
    const space = widthIn(state, runs[0]?.font ?? '', style.size, ' ')
    const ends = runs.length > 0 ? optimalBreaks(pieces, width, space) : null
    if (!ends) return false
    let first = 0
    for (const last of ends) {
      const line = pieces.slice(first, last + 1)
      const at = pieces[last]!.end
      const start = pieces[first]!.start
      const run = runAt[start]!
      if (
        plain &&
        line.every((piece) => piece.whole) &&
        run === runAt[trimEnd(start, at) - 1] &&
        state.fonts.isBase(runs[run]!.font)
      )
        summed.set(at, line.reduce((sum, piece) => sum + piece.width + piece.trailing, 0) - pieces[last]!.trailing)
      breaks.push(at)
      first = last + 1
    }
    return true
  }

  // Otherwise greedy filling between break opportunities; a piece wider than a line is cut between clusters.
  if (!optimal) {
    let start = 0
    let lineWidth = 0
    let last = 0
    let whole = plain
    let trailing = 0
    const close = (at: number) => {
      const run = runAt[start]!
      if (whole && at > start && run === runAt[trimEnd(start, at) - 1] && state.fonts.isBase(runs[run]!.font))
        summed.set(at, lineWidth - trailing)
      breaks.push(at)
    }
    const breaker = new LineBreaker(text)
    for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
      const pieceWidth = measure(last, trimEnd(last, bk.position))
      const fullWidth = pieceWidth + measure(trimEnd(last, bk.position), bk.position)
      const hyphen = text[bk.position - 1] === shy ? hyphenWidth(bk.position) : 0
      if (lineWidth + pieceWidth + hyphen > width && last > start) {
        close(last)
        start = last
        lineWidth = 0
        whole = plain
      }
      // A piece of spaces only, or one of two runs, is measured with its line below.
      if (pieceWidth === 0 || runAt[last] !== runAt[bk.position - 1]) whole = false
      trailing = fullWidth - pieceWidth
      if (pieceWidth > width) {
        whole = false
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
    close(text.length)
  }

  const lines: Layout['lines'] = []
  let from = 0
  for (const to of breaks) {
    const known = summed.get(to)
    const items =
      known === undefined
        ? itemsIn(from, trimEnd(from, to))
        : [
            {
              start: from,
              end: trimEnd(from, to),
              font: runs[runAt[from]!]!.font,
              level: 0,
              width: known,
              run: runAt[from]!
            }
          ]
    const hyphen = to < text.length && text[to - 1] === shy
    const lineWidth = items.reduce((sum, item) => sum + item.width, 0) + (hyphen ? hyphenWidth(to) : 0)
    lines.push({items: reorder(items), width: lineWidth, end: to, ...(hyphen ? {hyphen} : {})})
    from = to
  }
  return {lines, rtl, text, gaps}
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
  /** The runs the layout was made from (for superscripts); absent when none is. */
  runs?: LayoutRun[]
  /**
   * Called for each item with the function that draws it at (x, y) with its pdfkit text options: a
   * paragraph with links draws an item of a linked run inside its `Link` element (flow.ts).
   */
  drawItem?: (item: Item, draw: () => void) => void
  /** Called with the function that draws a line-end hyphen: flow.ts draws it as an artifact, outside the text. */
  drawHyphen?: (draw: () => void) => void
}

/** Words wider apart than this many ems are not stretched further (the line stays short, as TeX's underfull box). */
const maxStretch = 1.2

/**
 * Draw a layout from doc.y down, line by line, adding pages where the text area ends. A justified
 * line (all but the last) widens its spaces to fill the measure; a line broken at a soft hyphen ends
 * with a hyphen-minus, which pdftotext reads as a break inside a word and joins the two halves into
 * the whole word (it does so for any line that ends in "-"); flow.ts draws it as an artifact, so the
 * structure tree has the word whole too. The text never holds U+00AD, which pdfkit's fonts map to the
 * hyphen's glyph (every later "-" would read as a soft hyphen).
 */
export function drawLayout(state: State, layout: Layout, style: Style, options: DrawLayoutOptions): void {
  const {doc} = state
  const faceAscent = ascentOf(state, style.face, style.size)
  doc.font(style.face).fontSize(style.size)
  const lineHeight = doc.currentLineHeight(true) + style.lineGap
  const drawItem = options.drawItem ?? ((_item: Item, draw: () => void) => draw())
  let y = doc.y
  let onPage = 0
  for (const [index, line] of layout.lines.entries()) {
    const full = y + lineHeight - style.lineGap > maxY(state)
    // A page does not end inside a word: a hyphenated line that would be the page's last goes over,
    // when two lines of the paragraph stay behind (no orphan). Extractors would join its half word
    // to the running footer, and readers turn the page mid-word (TeX's \brokenpenalty).
    const lastOnPage = y + 2 * lineHeight - style.lineGap > maxY(state)
    const broken = line.hyphen === true && lastOnPage && onPage >= 2 && index < layout.lines.length - 1
    if ((full || broken) && y > doc.page.margins.top + 0.5) {
      // Continue the paragraph's marked content on the new page (a plain addPage would leave it open).
      doc.continueOnNewPage()
      y = doc.page.margins.top
      onPage = 0
    }
    onPage++
    const free = options.width - line.width
    const spaces = line.items.reduce((sum, item) => sum + countSpaces(layout.text, item.start, item.end), 0)
    const lineStart = line.items.reduce((min, item) => Math.min(min, item.start), Number.POSITIVE_INFINITY)
    // The gaps between CJK characters inside the line (not at its ends), which widen as its spaces do.
    const gaps = layout.gaps.size ? gapsIn(layout.gaps, lineStart, line.end) : 0
    const justify = options.align === 'justify' && index < layout.lines.length - 1 && spaces + gaps > 0
    const extra = justify ? Math.min(free / (spaces + gaps), (gaps ? gapStretch : maxStretch) * style.size) : 0
    const slack = free - extra * (spaces + gaps)
    // "left" and a justified paragraph's last line are at the start side: the right margin for a
    // right-to-left paragraph (as a line too loose to fill the measure).
    const toRight =
      options.align === 'right' || (layout.rtl && (options.align === 'left' || options.align === 'justify'))
    let x = options.x + (options.align === 'center' ? free / 2 : toRight ? slack : 0)
    // A left-to-right line that breaks at a space draws that space after its last word (past the
    // measure, unseen), so text read item by item (the structure tree) keeps the words apart.
    const lastItem = line.items.at(-1)
    const trailing =
      !layout.rtl && lastItem && state.fonts.isBase(lastItem.font) && layout.text[line.end - 1] === ' '
        ? lastItem
        : null
    for (const item of line.items) {
      const logical = layout.text.slice(item.start, item.end).replace(shys, '') + (item === trailing ? ' ' : '')
      const odd = (item.level & 1) === 1
      const shown = shownText(logical, odd)
      const actual = shaped.test(item.font) || shown !== logical
      const run = options.runs?.[item.run]
      const sup = run?.sup === true
      const size = sup ? style.size * superScale : style.size
      const rise = sup ? style.size * superRise : 0
      const itemSpaces = extra ? countSpaces(layout.text, item.start, item.end) : 0
      // Gaps inside the item widen its glyphs' advances; one at its end (before another item) moves the next.
      const inside = extra && layout.gaps.size ? insideGaps(layout.gaps, item, layout.text) : null
      const after = extra && layout.gaps.has(item.end) && item.end < line.end ? 1 : 0
      const textOptions = {
        ...shapingOf(state, item.font, item.level),
        lineBreak: false,
        ...(run?.underline ? {underline: true} : {}),
        // The run's destination (a note marker's, for the note's back-link) where its first item starts.
        ...(run?.anchor && item.start === runStart(options.runs!, item.run) ? {destination: run.anchor} : {})
      }
      const top = y + faceAscent - ascentOf(state, item.font, size) - rise
      const at = x
      const draw = () => {
        doc.font(item.font).fontSize(size)
        withWordSpacing(doc, itemSpaces || inside ? extra : 0, inside, () =>
          drawFragment(doc, shown, at, top, textOptions, item.width)
        )
        doc.fontSize(style.size)
      }
      drawItem(item, () =>
        actual ? withActualText(doc, odd ? [...logical].reverse().join('') : logical, options.lang, draw) : draw()
      )
      x += item.width + (itemSpaces + (inside?.size ?? 0) + after) * extra
    }
    if (line.hyphen) {
      const last = line.items.at(-1)!
      const at = x
      const top = y + faceAscent - ascentOf(state, last.font, style.size)
      const draw = () => doc.font(last.font).fontSize(style.size).text('-', at, top, {lineBreak: false})
      if (options.drawHyphen) options.drawHyphen(draw)
      else draw()
    }
    y += lineHeight
  }
  doc.y = y
}

/**
 * Draw one item's text at (x, y) on one line, as `doc.text(text, x, y, {lineBreak: false, …})` does,
 * without measuring it twice more: pdfkit's `text` measures each fragment before drawing it (for
 * link and underline boxes; `textWidth` spares that) and after (to advance `doc.x`, which the layout
 * does not use), and those two measures were a quarter of a long PDF's drawing. An underlined item is
 * measured by pdfkit, so that the rule spans the glyphs drawn, trailing space included.
 */
function drawFragment(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  options: PDFKit.Mixins.TextOptions & {underline?: boolean},
  width: number
): void {
  const fragments = doc as unknown as {
    _text: (
      text: string,
      x: number,
      y: number,
      options: object,
      line: (text: string, options: object) => void
    ) => PDFKit.PDFDocument
    _fragment: (text: string, x: number, y: number, options: object) => void
  }
  const measured = options.underline ? {} : {textWidth: width, wordCount: 1}
  fragments._text(text, x, y, {...options, ...measured}, (line, lineOptions) =>
    fragments._fragment(line, doc.x, doc.y, lineOptions)
  )
}

/** The gaps of `gaps` strictly between `start` and `end` (a line's or an item's inner ones). */
function gapsIn(gaps: ReadonlySet<number>, start: number, end: number): number {
  let count = 0
  for (const at of gaps) if (at > start && at < end) count++
  return count
}

/**
 * The glyphs of a left-to-right item after which a gap of the layout follows inside it, as indexes
 * of the item's code points (fontkit gives a CJK face's glyphs one per code point, in order; the
 * drawing checks the count); null when there is none or the item is right to left.
 */
function insideGaps(gaps: ReadonlySet<number>, item: Item, text: string): Set<number> | null {
  if ((item.level & 1) === 1 || gapsIn(gaps, item.start, item.end) === 0) return null
  const glyphs = new Set<number>()
  let index = 0
  for (let i = item.start; i < item.end; i++) {
    if (text.codePointAt(i)! > 0xffff) i++
    if (i + 1 < item.end && gaps.has(i + 1)) glyphs.add(index)
    index++
  }
  return glyphs
}

/**
 * Draw with `extra` points after every space glyph, and after the glyphs `after` lists by index (the
 * gaps between CJK characters), as adjustments in the TJ array. The spaces stay in the content
 * stream, so extractors and the structure tree read them; pdfkit's own `wordSpacing` draws each word
 * apart and drops them. Positions are copied: pdfkit caches them per word. When the font gives
 * another number of glyphs than `after` counts on (a ligature), only the spaces widen.
 */
function withWordSpacing(
  doc: PDFKit.PDFDocument,
  extra: number,
  after: ReadonlySet<number> | null,
  draw: () => void
): void {
  if (!extra) {
    draw()
    return
  }
  type Position = {xAdvance: number}
  const font = (doc as unknown as {_font: {encode: (text: string, features?: unknown) => [string[], Position[]]}})._font
  const encode = font.encode
  const space = encode.call(font, ' ')[0][0]
  const add = (extra * 1000) / (doc as unknown as {_fontSize: number})._fontSize
  font.encode = function (this: unknown, text: string, features?: unknown) {
    const [encoded, positions] = encode.call(this, text, features)
    const glyphs = after && encoded.length === [...text].length ? after : null
    return [
      encoded,
      positions.map((position, i) =>
        // fontkit draws a default ignorable (a Persian ZWNJ) as the space glyph with no advance: not a space.
        (encoded[i] === space && position.xAdvance > 0) || glyphs?.has(i)
          ? {...position, xAdvance: position.xAdvance + add}
          : position
      )
    ]
  }
  try {
    draw()
  } finally {
    font.encode = encode
  }
}

/** Where run `index` starts in the paragraph text. */
function runStart(runs: LayoutRun[], index: number): number {
  let start = 0
  for (let i = 0; i < index; i++) start += runs[i]!.text.length
  return start
}

/** Spaces between `start` and `end` of `text` (the places a justified line widens). */
function countSpaces(text: string, start: number, end: number): number {
  let count = 0
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x20) count++
  return count
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
