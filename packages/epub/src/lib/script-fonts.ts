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
import {dirname, join} from 'node:path'
import type {BookFont} from './fonts.js'

const require = createRequire(import.meta.url)

/** A script embedded from a Noto face; `languages` put the face first in text of those languages. */
interface ScriptFace {
  name: string
  family: string
  pattern: RegExp
  languages: string[]
  /** Asset names (and files under `OEBPS/fonts/`) of its regular and bold faces. */
  regular: string
  bold: string | null
}

/** The scripts, in the order their families follow Source Serif 4 in `font-family`. */
export const scriptFaces: ScriptFace[] = [
  {
    name: 'arabic',
    family: 'Noto Naskh Arabic',
    pattern: /\p{Script=Arabic}/u,
    languages: ['ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug'],
    regular: 'noto-naskh-arabic-400.ttf',
    bold: 'noto-naskh-arabic-700.ttf'
  },
  {
    name: 'hebrew',
    family: 'Noto Sans Hebrew',
    pattern: /\p{Script=Hebrew}/u,
    languages: ['he', 'yi'],
    regular: 'noto-sans-hebrew-400.ttf',
    bold: 'noto-sans-hebrew-700.ttf'
  },
  {
    name: 'devanagari',
    family: 'Noto Sans Devanagari',
    pattern: /\p{Script=Devanagari}/u,
    languages: ['hi', 'mr', 'ne', 'sa'],
    regular: 'noto-sans-devanagari-400.ttf',
    bold: 'noto-sans-devanagari-700.ttf'
  },
  {
    name: 'thai',
    family: 'Noto Sans Thai',
    pattern: /\p{Script=Thai}/u,
    languages: ['th'],
    regular: 'noto-sans-thai-400.ttf',
    bold: 'noto-sans-thai-700.ttf'
  },
  {
    name: 'khmer',
    family: 'Noto Sans Khmer',
    pattern: /\p{Script=Khmer}/u,
    languages: ['km'],
    regular: 'noto-sans-khmer-400.ttf',
    bold: 'noto-sans-khmer-700.ttf'
  },
  {
    // Noto Sans CJK SC also has kana and the Japanese and Traditional forms of Han characters.
    name: 'han',
    family: 'Noto Sans SC',
    pattern: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u,
    languages: ['zh', 'ja'],
    regular: 'noto-sans-sc-400.otf',
    bold: null
  },
  {
    name: 'hangul',
    family: 'Noto Sans KR',
    pattern: /\p{Script=Hangul}/u,
    languages: ['ko'],
    regular: 'noto-sans-kr-400.otf',
    bold: null
  }
]

/** Asset name → file in the same npm packages the PDF renderer embeds from (all SIL Open Font License 1.1). */
const files: Record<string, string> = {
  'noto-naskh-arabic-400.ttf': '@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf',
  'noto-naskh-arabic-700.ttf': '@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf',
  'noto-sans-hebrew-400.ttf': '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf',
  'noto-sans-hebrew-700.ttf': '@expo-google-fonts/noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf',
  'noto-sans-devanagari-400.ttf':
    '@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf',
  'noto-sans-devanagari-700.ttf': '@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf',
  'noto-sans-thai-400.ttf': '@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf',
  'noto-sans-thai-700.ttf': '@expo-google-fonts/noto-sans-thai/700Bold/NotoSansThai_700Bold.ttf',
  'noto-sans-khmer-400.ttf': '@expo-google-fonts/noto-sans-khmer/400Regular/NotoSansKhmer_400Regular.ttf',
  'noto-sans-khmer-700.ttf': '@expo-google-fonts/noto-sans-khmer/700Bold/NotoSansKhmer_700Bold.ttf',
  'noto-sans-sc-400.otf': '@embedpdf/fonts-sc#NotoSansHans-Regular.otf',
  'noto-sans-kr-400.otf': '@embedpdf/fonts-kr#NotoSansKR-Regular.otf'
}

/** Absolute paths of the Noto faces by asset name (`@embedpdf` packages export only JavaScript: look beside it). */
export function scriptAssetFiles(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files).map(([name, file]) => {
      const [pkg, font] = file.split('#')
      return [name, font ? join(dirname(require.resolve(pkg!)), '..', 'fonts', font) : require.resolve(file)]
    })
  )
}

/** Characters every script font may also hold: punctuation, digits and marks shared by scripts. */
const neutral = /[\p{Script=Common}\p{Script=Inherited}]/u

/**
 * The distinct characters of `text` a script font may have to draw (from U+0590 on: Source Serif 4
 * draws everything before), in code point order: what a book's part hands to the collection.
 */
export function scriptCharactersOf(text: string): string {
  const found = new Set<number>()
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (code >= 0x0590) found.add(code)
  }
  return String.fromCodePoint(...[...found].sort((a, b) => a - b))
}

/** The scripts `characters` use (at least one letter of theirs, not only shared punctuation). */
export function scriptFacesFor(characters: string): ScriptFace[] {
  return scriptFaces.filter((face) => face.pattern.test(characters))
}

/** A font's characters as CSS `unicode-range`, consecutive code points joined (`U+0600-0605,U+060C`). */
export function unicodeRangeOf(codePoints: readonly number[]): string {
  const sorted = [...codePoints].sort((a, b) => a - b)
  const ranges: string[] = []
  const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0')
  for (let index = 0; index < sorted.length; index++) {
    const from = sorted[index]!
    while (sorted[index + 1] === sorted[index]! + 1) index++
    ranges.push(from === sorted[index] ? `U+${hex(from)}` : `U+${hex(from)}-${hex(sorted[index]!)}`)
  }
  return ranges.join(',')
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
    const text = [...distinct].filter((char) => face.pattern.test(char) || neutral.test(char)).join('')
    for (const [weight, asset] of [
      [400, face.regular],
      [700, face.bold]
    ] as const) {
      if (!asset) continue
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
          format: asset.endsWith('.otf') ? 'opentype' : 'truetype',
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
