/**
 * Fonts for the scripts Source Serif 4 does not draw (Arabic, Hebrew, Devanagari, Thai, Khmer,
 * Chinese and Japanese, Korean): core's Noto face for each script (`scriptFaces`, the faces the EPUB
 * and the PDF embed), cut to the characters a page shows and served as WOFF 2 next to a small
 * stylesheet of `@font-face` rules. Each rule has the `unicode-range` of what its subset holds, so a
 * browser fetches a face only when the page has text it draws (CSS Fonts 4 §4.5).
 *
 * Where the subsets come from: a publication's page links `fonts/<id>.css`, made with the page from
 * its own characters, so one changed publication changes only its own fonts; the collection pages
 * (home, browse, people, outlets, search, 404) link `assets/fonts/collection.css`, cut to what those
 * pages show (titles, names, the collection language's words) and kept between builds by
 * `CollectionJob.memo` when the characters did not change. A site in Latin, Greek or Cyrillic letters
 * only gets neither file.
 *
 * Subsets are cut by HarfBuzz's hb-subset (`subset-font`, WebAssembly), which keeps the OpenType
 * layout tables (GSUB, GPOS, GDEF) and every glyph they reach: browsers still join Arabic letters and
 * form Devanagari conjuncts. hb-subset keeps the source's `head` dates and depends on the set of
 * characters alone, and `sfntToWoff2` is deterministic: the same text gives the same bytes.
 */
import {faceCharacters, type OutputFile, scriptCharactersOf, scriptFacesFor, unicodeRangeOf} from '@dossier/core'
import {sourceAssetOf} from './script-sources.js'
import {sfntToWoff2} from './woff2.js'

export {isScriptSource, scriptSourceFiles} from './script-sources.js'

/**
 * A letter of some script beyond Source Serif 4's may be in the text (from U+0590 on, less General
 * Punctuation and the symbols up to U+2E7F): a native test that spares a Latin page the scan by character.
 */
const beyondSerif = /[\u0590-\u1fff\u2e80-\ud7ff\uf900-\uffff\ud800-\udbff]/

/**
 * General Punctuation but the invisible format characters (U+200B–U+200F, U+2060–U+206F): Source Serif
 * 4 and the system's sans draw dashes and quotes, and CJK faces' full-width ones would otherwise take
 * over the Latin interface text of a page that has Chinese.
 */
const latinPunctuation = /[\u2000-\u200a\u2010-\u205f]/g

/** One subset the site serves. */
export interface SiteFace {
  family: string
  weight: 400 | 700
  /** File name of the WOFF 2, relative to the stylesheet that names it. */
  file: string
  /** CSS `unicode-range` of the characters it holds (`U+0627-062A,U+0644`). */
  unicodeRange: string
  bytes: Uint8Array
}

/**
 * Cut the Noto faces the `characters` need (any text; only the distinct characters from U+0590 on
 * count, see core's `scriptCharactersOf`), one WOFF 2 per script and weight, named
 * `<prefix><stem>.woff2` (`fonts/<id>-noto-naskh-arabic-400.woff2` → file `<id>-noto-…`). A face
 * that holds none of them (an ideograph of CJK Extension B) is left out. `keep` may return bytes
 * made before for the same name and characters (the collection's `memo`). Throws when a source face
 * is missing from `assets`.
 */
export async function subsetSiteFaces(
  characters: string,
  assets: Record<string, Uint8Array>,
  prefix: string,
  keep: (name: string, characters: string, make: () => Promise<Uint8Array>) => Promise<Uint8Array> = (_, __, make) =>
    make()
): Promise<SiteFace[]> {
  if (!beyondSerif.test(characters)) return []
  const distinct = scriptCharactersOf(characters)
  const faces = scriptFacesFor(distinct)
  if (faces.length === 0) return []
  // Loaded on first use: a site in Latin letters only never compiles HarfBuzz nor parses fontkit.
  const [fontkit, {default: subsetFont}] = await Promise.all([import('fontkit'), import('subset-font')])
  const out: SiteFace[] = []
  for (const face of faces) {
    const text = faceCharacters(face, distinct).replace(latinPunctuation, '')
    for (const weight of face.weights) {
      const asset = sourceAssetOf(weight)
      const file = `${prefix}${weight.stem}.woff2`
      const sfnt = await keep(`${weight.stem}.ttf`, text, async () => {
        const source = assets[asset]
        if (!source)
          throw new Error(
            `@dossier/html: asset "${asset}" was not passed in options.assets; read every path of assetFiles first`
          )
        return new Uint8Array(
          await subsetFont(Buffer.from(source.buffer, source.byteOffset, source.byteLength), text, {
            targetFormat: 'truetype'
          })
        )
      })
      const held = heldCharacters(fontkit.create, sfnt)
      if (held.length === 0) continue
      out.push({
        family: face.family,
        weight: weight.weight,
        file,
        unicodeRange: unicodeRangeOf(held),
        bytes: sfntToWoff2(sfnt)
      })
    }
  }
  return out
}

/** The code points a subset maps to glyphs; none when it has no usable character map. */
function heldCharacters(create: typeof import('fontkit').create, bytes: Uint8Array): number[] {
  try {
    return (create(Buffer.from(bytes)) as import('fontkit').Font).characterSet
  } catch {
    return []
  }
}

/**
 * The stylesheet of `@font-face` rules for `faces` (URLs relative to the stylesheet). Upright only:
 * these scripts have no italics, and site.css's `font-synthesis: weight` forbids a synthesized slant.
 * `font-display: swap` as for Source Serif 4: text shows at once in a fallback face.
 */
export function faceRules(faces: readonly SiteFace[]): string {
  return faces
    .map((face) =>
      [
        '@font-face {',
        `  font-family: "${face.family}";`,
        '  font-style: normal;',
        `  font-weight: ${face.weight};`,
        '  font-display: swap;',
        `  src: url(${face.file}) format("woff2");`,
        `  unicode-range: ${face.unicodeRange};`,
        '}'
      ].join('\n')
    )
    .join('\n')
    .concat('\n')
}

/** Site-relative path of a publication's font stylesheet; its subsets sit beside it. */
export function publicationFontsPath(id: string): string {
  return `fonts/${id}.css`
}

/**
 * A publication's own fonts: the stylesheet and subsets for the characters of its `pages` (the
 * HTML it shows), or no files and a null stylesheet when it needs none.
 */
export async function publicationFonts(
  id: string,
  pages: readonly string[],
  assets: Record<string, Uint8Array>
): Promise<{stylesheet: string | null; files: OutputFile[]}> {
  const faces = await subsetSiteFaces(pages.join(''), assets, `${id}-`)
  if (faces.length === 0) return {stylesheet: null, files: []}
  const stylesheet = publicationFontsPath(id)
  return {
    stylesheet,
    files: [
      {path: stylesheet, contents: faceRules(faces)},
      ...faces.map((face) => ({path: `fonts/${face.file}`, contents: face.bytes}))
    ]
  }
}

/** Site-relative path of the collection pages' font stylesheet; its subsets sit beside it. */
export const collectionFontsPath = 'assets/fonts/collection.css'

/**
 * The collection pages' fonts, gathered while they are made: `see` the parts' text before the pages
 * are rendered (it decides whether they link `collectionFontsPath`), `scan` every page made, then
 * `files` gives the stylesheet and subsets cut to everything seen and scanned.
 */
export class CollectionFonts {
  private characters = ''
  private linked: string | null = null

  constructor(
    private readonly keep: (name: string, characters: string, make: () => Promise<Uint8Array>) => Promise<Uint8Array>
  ) {}

  /** Note text the collection pages will show (any JSON-able value: a part's title, card, people). */
  see(value: unknown): void {
    const text = typeof value === 'string' ? value : JSON.stringify(value)
    if (!beyondSerif.test(text)) return
    const found = scriptCharactersOf(text)
    if (found) this.characters = scriptCharactersOf(this.characters + found)
  }

  /**
   * The stylesheet every collection page links, or null when what was `see`n so far needs no script
   * face; decided at the first call, before the pages are made.
   */
  stylesheet(): string | null {
    this.linked ??= scriptFacesFor(this.characters).length > 0 ? collectionFontsPath : ''
    return this.linked || null
  }

  /** Note the characters of one collection file as it is written (HTML pages only count). */
  scan(entry: {path: string; contents?: unknown}): void {
    if (entry.path.endsWith('.html') && typeof entry.contents === 'string') this.see(entry.contents)
  }

  /** The stylesheet and its subsets, when `stylesheet()` linked one; none otherwise. */
  async files(assets: Record<string, Uint8Array>): Promise<OutputFile[]> {
    if (!this.linked) return []
    const faces = await subsetSiteFaces(this.characters, assets, 'collection-', this.keep)
    return [
      {path: collectionFontsPath, contents: faceRules(faces)},
      ...faces.map((face) => ({path: `assets/fonts/${face.file}`, contents: face.bytes}))
    ]
  }
}
