/**
 * The shaping cache shared across documents (shaping-cache.ts) gives a word the same glyph run
 * whatever the process laid out before: a space and a no-break space share Source Serif's glyph 1,
 * and fontkit's glyph objects keep the code points of their first request, which pdfkit's ToUnicode
 * map then copies. Cached from a document that met the space first, the no-break space would read
 * as a space in a later PDF, depending on which PDFs a worker happened to make before.
 */
import {describe, expect, it} from 'vitest'
import {createDocument} from '../src/lib/document.js'
import {fontsFor} from '../src/lib/fonts.js'
import {margins} from '../src/lib/state.js'
import {shareShaping} from '../src/lib/shaping-cache.js'
import {readAssets} from './support.js'

type Glyph = {id: number; codePoints: number[]}
type Embedded = {layout: (text: string) => {glyphs: Glyph[]}; font: {_glyphs: Record<number, unknown>}}

const assets = readAssets()

/** A document with the base faces sharing their shaping, as layout-state.ts makes it. */
function document(share = true): {doc: PDFKit.PDFDocument; serif: Embedded} {
  const fonts = fontsFor(assets, [])
  const doc = createDocument(
    {title: 't', author: 'a', subject: 's', keywords: '', lang: 'fr', paper: 'a4', date: '2024-01-01T00:00:00Z'},
    margins
  )
  const font = fonts.registry.get('serif')!
  ;(font as unknown as {_glyphs: object})._glyphs = {}
  doc.registerFont('serif', font as unknown as string)
  if (share) shareShaping(doc, 'serif')
  else doc.font('serif')
  return {doc, serif: (doc as unknown as {_font: Embedded})._font}
}

describe('the shaping shared across documents', () => {
  it('gives a word the code points of its own characters, whatever was shaped before', () => {
    const first = document()
    // The space reaches glyph 1 first; then a word with a no-break space is shaped and cached.
    first.serif.layout('prix comptant ')
    const cached = first.serif.layout('20\u00a0euros ').glyphs
    expect(cached[2]!.id).toBe(first.serif.layout(' ').glyphs[0]!.id)
    expect(cached[2]!.codePoints).toEqual([0xa0])

    // A later document meets the word first: from the cache, with the no-break space's code point.
    const second = document()
    expect(second.serif.layout('20\u00a0euros ').glyphs[2]!.codePoints).toEqual([0xa0])
    expect(second.serif.layout('prix ').glyphs[4]!.codePoints).toEqual([0x20])
  })

  it('shapes a cached word as pdfkit alone does, glyph for glyph and position for position', () => {
    const words = 'Effizienz, Schiff und “Waffel” — 2024 '
    const shared = document()
    shared.serif.layout(words)
    const cached = shared.serif.layout(words)
    const alone = document(false).serif.layout(words)
    expect(cached.glyphs.map((glyph) => glyph.id)).toEqual(alone.glyphs.map((glyph) => glyph.id))
    expect((cached as unknown as {positions: unknown}).positions).toEqual(
      (alone as unknown as {positions: unknown}).positions
    )
  })
})
