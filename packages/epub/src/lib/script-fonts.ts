/**
 * Fonts for the scripts Source Serif 4 does not draw: the Noto face the PDF uses for each (Arabic,
 * Hebrew, Devanagari, Thai, Khmer, Chinese and Japanese, Korean), embedded as a subset holding only
 * the characters the book uses. Subsets are cut by HarfBuzz's hb-subset (`subset-font`, WebAssembly
 * from npm), which keeps the OpenType layout tables (GSUB, GPOS, GDEF) and every glyph reachable
 * through them, so reading systems still join Arabic letters and form Devanagari conjuncts; fontkit's
 * `createSubset` writes neither layout tables nor a `cmap`. The subset is a TrueType or CFF OpenType
 * file (core media types, EPUB 3.3 §3.2): WOFF 2 saved 10–17 % after the zip's deflate but took ten
 * times the CPU. hb-subset keeps the source font's `head` dates and depends on the set of characters
 * only, so the same text gives the same bytes.
 */
import {createRequire} from 'node:module'
import {
  faceCharacters,
  faceFilePath,
  type FaceWeight,
  scriptCharactersOf,
  scriptFaces,
  scriptFacesFor,
  unicodeRangeOf
} from '@dossier/core'
import type {BookFont} from './fonts.js'

const require = createRequire(import.meta.url)

// Core's list of the Noto faces per script, which the site and the PDF read too.
export {scriptCharactersOf, scriptFaces, unicodeRangeOf}

/** A face weight's asset name and file under `OEBPS/fonts/` (`noto-naskh-arabic-400.ttf`). */
export function assetNameOf(weight: FaceWeight): string {
  return `${weight.stem}.${weight.extension}`
}

/** Absolute paths of the Noto faces by asset name, resolved through this package's dependencies. */
export function scriptAssetFiles(): Record<string, string> {
  return Object.fromEntries(
    scriptFaces.flatMap((face) =>
      face.weights.map((weight) => [assetNameOf(weight), faceFilePath(weight.file, require.resolve)])
    )
  )
}

/**
 * The Noto subsets a book whose text holds `characters` (in any order, repeated or not) embeds: for each script it uses,
 * its regular and bold faces cut to the script's letters and the shared characters the face has,
 * each with the `unicode-range` of what the subset holds.
 */
export async function subsetScriptFonts(
  characters: string,
  assets: Record<string, Uint8Array>
): Promise<Array<{font: BookFont; bytes: Uint8Array}>> {
  const out: Array<{font: BookFont; bytes: Uint8Array}> = []
  // Distinct and in code point order whatever the caller gave: the bytes depend on the set alone.
  const distinct = scriptCharactersOf(characters)
  const faces = scriptFacesFor(distinct)
  if (faces.length === 0) return out
  // Loaded on first use: a book in Latin letters only never parses fontkit or compiles HarfBuzz.
  const [fontkit, {default: subsetFont}] = await Promise.all([import('fontkit'), import('subset-font')])
  for (const face of faces) {
    const text = faceCharacters(face, distinct)
    for (const {weight, stem, extension} of face.weights) {
      const asset = `${stem}.${extension}`
      const source = assets[asset]
      if (!source) throw new Error(`Expected options.assets["${asset}"] (read from assetFiles by the CLI), got nothing`)
      const bytes = new Uint8Array(await subsetFont(Buffer.from(source), text, {targetFormat: 'truetype'}))
      // A face that holds none of the text's characters (a CJK Extension B ideograph the font lacks)
      // comes out with no character map: there is nothing to embed.
      const held = heldCharacters(fontkit.create, bytes)
      if (held.length === 0) continue
      out.push({
        font: {
          filename: asset,
          family: face.family,
          style: 'normal',
          italicToo: true,
          weight,
          format: extension === 'otf' ? 'opentype' : 'truetype',
          subset: face.name,
          unicodeRange: unicodeRangeOf(held)
        },
        bytes
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
