/**
 * The font files the CLI reads for this renderer. Computing a path is not I/O: the CLI reads each file
 * and passes its bytes back as `options.assets[name]`.
 *
 * Full TrueType/OpenType fonts (not Unicode-range web subsets), all under the SIL Open Font Licence:
 * Source Serif 4 for reading, Source Sans 3 for headings and furniture, Source Code Pro for code
 * (Latin, Greek, Cyrillic), then
 * one Noto face per script the chain falls back to (see fonts.ts), and DejaVu last for symbols.
 * The script fonts are only read from `options.assets` when a publication has text in their script
 * (`scriptAssetsOf`), so a Latin-only build neither parses nor hashes them.
 */
import {createRequire} from 'node:module'
import {type FaceFile, faceFilePath, scriptFaces} from '@dossier/core'

const require = createRequire(import.meta.url)

/** Asset name → package-relative file, resolved through the package's own dependencies. */
const files = {
  'serif-regular': '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf',
  'serif-italic': '@expo-google-fonts/source-serif-4/400Regular_Italic/SourceSerif4_400Regular_Italic.ttf',
  'serif-bold': '@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf',
  'serif-bold-italic': '@expo-google-fonts/source-serif-4/700Bold_Italic/SourceSerif4_700Bold_Italic.ttf',
  'sans-regular': '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf',
  'sans-semibold': '@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf',
  'sans-bold': '@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf',
  // Code: Source Code Pro, the monospaced member of the Source family (Latin, Greek, Cyrillic).
  'mono-regular': '@expo-google-fonts/source-code-pro/400Regular/SourceCodePro_400Regular.ttf',
  'fallback-regular': 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  'fallback-bold': 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  // Monochrome Noto Emoji: flags and ZWJ sequences are single glyphs through its GSUB ligatures.
  'emoji-regular': '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf'
} as const

/**
 * The script fonts, from core's list of Noto faces (the ones the EPUB and the site subset too):
 * `<script>-regular` and `<script>-bold`, as scripts.ts names them. Arabic is Naskh rather than
 * Nastaliq because fontkit shapes Naskh's joining fully; Thai and Khmer place their vowel signs and
 * Khmer its subscript consonants through the fonts' GPOS and GSUB (DejaVu has neither script);
 * polytonic Greek is Noto Serif (Source Serif 4 has no Greek Extended); Chinese and Korean have a
 * Bold as the others do (8.6 and 4.7 MB, read only when a publication has such text).
 */
type ScriptAsset =
  `${'arabic' | 'devanagari' | 'hebrew' | 'thai' | 'khmer' | 'han' | 'hangul' | 'polytonic'}-${'regular' | 'bold'}`
const scriptFiles = Object.fromEntries(
  scriptFaces.flatMap((face) =>
    face.weights.map((weight) => [`${face.name}-${weight.weight === 400 ? 'regular' : 'bold'}`, weight.file])
  )
) as Record<ScriptAsset, FaceFile>

/** Names of the fonts this renderer needs in `options.assets`. */
export type AssetName = keyof typeof files | ScriptAsset

/** The faces every document uses; the others are script fonts, loaded on demand. */
export const baseAssets: AssetName[] = [
  'serif-regular',
  'serif-italic',
  'serif-bold',
  'serif-bold-italic',
  'sans-regular',
  'sans-semibold',
  'sans-bold',
  'fallback-regular',
  'fallback-bold',
  'mono-regular'
]

/** Absolute paths of every font file, keyed by asset name (the `RendererModule.assetFiles` contract). */
export const assetFiles: Record<AssetName, string> = Object.fromEntries([
  ...Object.entries(files).map(([name, file]) => [name, require.resolve(file)]),
  ...Object.entries(scriptFiles).map(([name, file]) => [name, faceFilePath(file, require.resolve)])
]) as Record<AssetName, string>
