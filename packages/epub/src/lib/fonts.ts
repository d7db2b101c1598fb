/**
 * The embedded typeface: Source Serif 4 (SIL Open Font License 1.1) from `@fontsource/source-serif-4`,
 * in WOFF 2 (a core media type since EPUB 3.2): its Latin subset, and each of its Latin Extended,
 * Vietnamese, Greek and Cyrillic subsets a book's text needs. Paths are computed here; the CLI reads
 * the files and passes their bytes back as `options.assets[name]`.
 */
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'

/** One font file in the book. */
export interface BookFont {
  /** Key in `assetFiles` / `options.assets`, and file name under `OEBPS/fonts/`. */
  filename: string
  family: string
  style: 'normal' | 'italic'
  weight: number
  /** No italic in the font's script: the upright face is declared for italic too, so nothing is slanted. */
  italicToo?: boolean
  format: 'woff2' | 'truetype' | 'opentype'
  /** The subset this file holds: a name of `serifSubsets` (`latin`, `cyrillic`…) or of `scriptFaces` (`arabic`). */
  subset: string
  /** The characters this file draws, as CSS `unicode-range` (the subset's, from @fontsource). */
  unicodeRange: string
}

/**
 * Source Serif 4's subsets as @fontsource/source-serif-4 5.x cuts them, with their `unicode-range`
 * copied from its `index.css` (a test keeps them equal). Latin comes last: a reading system that
 * ignores `unicode-range` takes the last matching `@font-face`, so it draws Latin text as before and
 * leaves the other scripts to its own fonts.
 */
export const serifSubsets: ReadonlyArray<{name: string; unicodeRange: string}> = [
  {
    name: 'vietnamese',
    unicodeRange:
      'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB'
  },
  {name: 'greek', unicodeRange: 'U+0370-0377,U+037A-037F,U+0384-038A,U+038C,U+038E-03A1,U+03A3-03FF'},
  {name: 'cyrillic-ext', unicodeRange: 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F'},
  {name: 'cyrillic', unicodeRange: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116'},
  {
    name: 'latin-ext',
    unicodeRange:
      'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF'
  },
  {
    name: 'latin',
    unicodeRange:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'
  }
]

/** The three faces a book sets: regular, italic and bold. */
const faces = [
  {style: 'normal', weight: 400},
  {style: 'italic', weight: 400},
  {style: 'normal', weight: 700}
] as const

/** Every font file a book may embed, in `serifSubsets` order. */
export const bookFonts: BookFont[] = serifSubsets.flatMap((subset) =>
  faces.map((face) => ({
    filename: `source-serif-4-${subset.name}-${face.weight}-${face.style}.woff2`,
    family: 'Source Serif 4',
    style: face.style,
    weight: face.weight,
    format: 'woff2' as const,
    subset: subset.name,
    unicodeRange: subset.unicodeRange
  }))
)

/** `U+0100-02BA,U+2020` as code point ranges. */
function rangesOf(unicodeRange: string): Array<[number, number]> {
  return unicodeRange.split(',').map((range) => {
    const [from, to] = range.replace('U+', '').split('-')
    return [Number.parseInt(from!, 16), Number.parseInt(to ?? from!, 16)]
  })
}

const subsetRanges = serifSubsets.map((subset) => ({name: subset.name, ranges: rangesOf(subset.unicodeRange)}))

/**
 * The subsets a text needs (Latin always: the book's own words are Latin): those that draw at least
 * one of its letters outside Latin's own range, so a Turkish "ğ", a Polish "Ł" or Russian text is
 * set in the book's typeface, not the reader's in mid-word. Names, in `serifSubsets` order.
 */
export function fontSubsetsFor(text: string): string[] {
  const needed = new Set(['latin'])
  const latin = subsetRanges.find((subset) => subset.name === 'latin')!.ranges
  const seen = new Set<number>()
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (seen.has(code) || latin.some(([from, to]) => code >= from && code <= to)) continue
    seen.add(code)
    for (const subset of subsetRanges)
      if (subset.ranges.some(([from, to]) => code >= from && code <= to)) needed.add(subset.name)
  }
  return serifSubsets.map((subset) => subset.name).filter((name) => needed.has(name))
}

/** The font files of the given subsets (`fontSubsetsFor`), in `serifSubsets` order. */
export function bookFontsOf(subsets: readonly string[]): BookFont[] {
  return bookFonts.filter((font) => subsets.includes(font.subset))
}

/** Absolute paths of the font files, by asset name (`@fontsource` exports no file paths, so start from its LICENSE). */
export function fontAssetFiles(): Record<string, string> {
  const folder = join(dirname(createRequire(import.meta.url).resolve('@fontsource/source-serif-4/LICENSE')), 'files')
  return Object.fromEntries(bookFonts.map((font) => [font.filename, join(folder, font.filename)]))
}

/** The bytes of `fonts` from the CLI's assets; a missing one is a programmer error. */
export function fontBytes(
  assets: Record<string, Uint8Array>,
  fonts: BookFont[] = bookFonts
): Array<{font: BookFont; bytes: Uint8Array}> {
  return fonts.map((font) => {
    const bytes = assets[font.filename]
    if (!bytes)
      throw new Error(`Expected options.assets["${font.filename}"] (read from assetFiles by the CLI), got nothing`)
    return {font, bytes}
  })
}
