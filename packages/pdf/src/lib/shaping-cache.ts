/**
 * One cache of shaped words per font, shared by every document a process lays out. pdfkit keeps a
 * cache of word layouts per document (`EmbeddedFont.layoutCache`, keyed by the word and its trailing
 * space), so each PDF shaped every word again through fontkit's GSUB and GPOS: a briefing shapes the
 * words its publications' PDFs shaped a moment before, and fontkit's shaping was a quarter of a build's
 * PDF time (issue 23). Only pdfkit's plain path is cached, as pdfkit caches it: a left-to-right word
 * in a base face with fontkit's default features; shaping with explicit features is not cached.
 *
 * A cached word must not depend on what the process shaped before, or PDFs would differ with the
 * order in which a worker happened to take them. fontkit keeps one glyph object per glyph id, made
 * with the code points of the first request that reached it (a space and a no-break space share one
 * glyph), and pdfkit's ToUnicode map takes a glyph's code points from the first word drawn with it.
 * So each word missing from the cache is shaped with fontkit's glyph objects set aside: its glyphs
 * carry the code points of that word alone, and the run is the same whichever document shaped it.
 *
 * The cache holds at most `wordsPerFont` words per font and starts again when full: a build of
 * thousands of publications does not keep every word it ever set. Which words are cached changes
 * only the time, never the bytes.
 */

/** A fontkit glyph run as pdfkit's `layoutRun` returns it (positions scaled to 1000 units per em). */
type GlyphRun = unknown

/** What of pdfkit's EmbeddedFont (0.20) this file uses. */
interface EmbeddedFont {
  font: object
  layoutRun: (text: string, features?: unknown) => GlyphRun
  layoutCached: (text: string) => GlyphRun
}

/** Words kept per font before the cache starts again (a long book's vocabulary, a few tens of MB). */
export const wordsPerFont = 40_000

/**
 * Shaped words by the font file's bytes (the ArrayBuffer the asset lives in, then its offset): the
 * briefing parses its own copy of a font (it awaits between sections), and shapes the same words.
 */
const caches = new WeakMap<ArrayBufferLike, Map<number, Map<string, GlyphRun>>>()

/** The cache of the font whose file is `bytes`. */
function cacheOf(bytes: Uint8Array): Map<string, GlyphRun> {
  let byOffset = caches.get(bytes.buffer)
  if (!byOffset) {
    byOffset = new Map()
    caches.set(bytes.buffer, byOffset)
  }
  let words = byOffset.get(bytes.byteOffset)
  if (!words) {
    words = new Map()
    byOffset.set(bytes.byteOffset, words)
  }
  return words
}

/**
 * Give the embedded font `doc.font(name)` selects the process's shared cache for its fontkit font.
 * Call once per document and font, before anything is laid out in it; the font becomes the
 * document's current one (set the one you need afterwards). Throws when pdfkit's internals are not
 * the ones this was written for (pdfkit is pinned).
 */
export function shareShaping(doc: PDFKit.PDFDocument, name: string): void {
  doc.font(name)
  const embedded = (doc as unknown as {_font: EmbeddedFont})._font
  if (typeof embedded.layoutRun !== 'function' || typeof embedded.layoutCached !== 'function')
    throw new Error(`@dossier/pdf: expected pdfkit's EmbeddedFont with a layout cache for ${name}`)
  const bytes = (embedded.font as {stream?: {buffer?: unknown}}).stream?.buffer
  if (!(bytes instanceof Uint8Array)) throw new Error(`@dossier/pdf: expected fontkit's font bytes for ${name}`)
  const shared = cacheOf(bytes)
  const layoutRun = embedded.layoutRun
  const font = embedded.font as {_glyphs?: Record<number, unknown>}
  // pdfkit's plain path asks `layoutCached(word)`; here it asks the shared map.
  embedded.layoutCached = function (this: EmbeddedFont, text: string) {
    let run = shared.get(text)
    if (run === undefined) {
      const glyphs = font._glyphs
      font._glyphs = {}
      try {
        run = layoutRun.call(this, text)
      } finally {
        font._glyphs = glyphs
      }
      if (shared.size >= wordsPerFont) shared.clear()
      shared.set(text, run)
    }
    return run
  }
}
