/**
 * The embedded typeface: Source Serif 4 (SIL Open Font License 1.1) from `@fontsource/source-serif-4`,
 * its Latin subset in WOFF 2 (a core media type since EPUB 3.2). Paths are computed here; the CLI reads
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
  format: 'woff2'
}

export const bookFonts: BookFont[] = [
  {
    filename: 'source-serif-4-latin-400-normal.woff2',
    family: 'Source Serif 4',
    style: 'normal',
    weight: 400,
    format: 'woff2'
  },
  {
    filename: 'source-serif-4-latin-400-italic.woff2',
    family: 'Source Serif 4',
    style: 'italic',
    weight: 400,
    format: 'woff2'
  },
  {
    filename: 'source-serif-4-latin-700-normal.woff2',
    family: 'Source Serif 4',
    style: 'normal',
    weight: 700,
    format: 'woff2'
  }
]

/** Absolute paths of the font files, by asset name (`@fontsource` exports no file paths, so start from its LICENSE). */
export function fontAssetFiles(): Record<string, string> {
  const folder = join(dirname(createRequire(import.meta.url).resolve('@fontsource/source-serif-4/LICENSE')), 'files')
  return Object.fromEntries(bookFonts.map((font) => [font.filename, join(folder, font.filename)]))
}

/** The bytes of every book font from the CLI's assets; a missing one is a programmer error. */
export function fontBytes(assets: Record<string, Uint8Array>): Array<{font: BookFont; bytes: Uint8Array}> {
  return bookFonts.map((font) => {
    const bytes = assets[font.filename]
    if (!bytes)
      throw new Error(`Expected options.assets["${font.filename}"] (read from assetFiles by the CLI), got nothing`)
    return {font, bytes}
  })
}
