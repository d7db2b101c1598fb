/**
 * What a right-to-left line draws, glyph by glyph, with the fonts the PDF embeds (field case 23,
 * issue 22): the text layer (ActualText) was always right, so no text check saw that the page
 * itself showed ۱۴۰۴ as ۴۰۴۱ and "(الجزء الأول)" as ")الجزء الأول(". fontkit lays out what
 * `shownText` gives it; these tests read the glyphs it returns in drawing order (left to right).
 */
import * as fontkit from 'fontkit'
import {describe, expect, it} from 'vitest'
import {shownText} from '../src/lib/line-layout.js'
import {readAssets} from './support.js'

const assets = readAssets()
const naskh = fontkit.create(Buffer.from(assets['arabic-regular']!)) as fontkit.Font

/** The glyphs fontkit draws for one item, from left to right (ids: ٣ and ۳ share a glyph). */
function drawn(text: string, odd: boolean): number[] {
  return naskh.layout(shownText(text, odd), []).glyphs.map((glyph) => glyph.id)
}

/** The glyph of each character, in the order given. */
const glyphsOf = (text: string) => [...text].map((char) => naskh.glyphForCodePoint(char.codePointAt(0)!).id)

describe('right-to-left items in the PDF', () => {
  it.each([
    ['Persian', '۱۴۰۴'],
    ['Persian', '۱۲۳۴۵'],
    ['Arabic-Indic', '٢٠٤٠'],
    ['Arabic-Indic', '٣٠٠']
  ])('draw %s digits left to right (%s), as every script writes numbers', (_, digits) => {
    // Digits sit at an even (left-to-right) level inside a right-to-left paragraph (UAX #9 W2, I2).
    expect(drawn(digits, false)).toEqual(glyphsOf(digits))
  })

  it('leaves European digits and Latin text as they are', () => {
    expect(shownText('2027', false)).toBe('2027')
    expect(shownText('Naskh 300', false)).toBe('Naskh 300')
  })

  it('mirror brackets and guillemets of right-to-left text (UAX #9 L4), so each pair encloses its words', () => {
    // The logical "(" stands at the right end, where the glyph that faces the words is ")".
    const parens = drawn('(الجزء الأول)', true)
    expect([parens.at(0), parens.at(-1)]).toEqual(glyphsOf('()'))
    const quotes = drawn('«بودجه آب»', true)
    expect([quotes.at(0), quotes.at(-1)]).toEqual(glyphsOf('«»'))
  })

  it('reverse and mirror a neutral right-to-left item, which fontkit would leave in logical order', () => {
    expect(shownText('(1)', true)).toBe('(1)')
    expect(shownText('« ', true)).toBe(' »')
  })
})
