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
import {dirname, join} from 'node:path'

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
  // Arabic script with the Urdu and Persian letters (ہ ے ۔ ی ک ژ, ZWNJ); Naskh rather than Nastaliq
  // because fontkit shapes Naskh's joining fully, and Nastaliq's cascading needs cursive attachment.
  'arabic-regular': '@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf',
  'arabic-bold': '@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf',
  'devanagari-regular': '@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf',
  'devanagari-bold': '@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf',
  'hebrew-regular': '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf',
  'hebrew-bold': '@expo-google-fonts/noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf',
  // Thai and Khmer: vowel signs above, below and before the consonant, placed by the fonts' GPOS
  // and GSUB (Khmer's subscript consonants, the coeng forms); DejaVu has neither script.
  'thai-regular': '@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf',
  'thai-bold': '@expo-google-fonts/noto-sans-thai/700Bold/NotoSansThai_700Bold.ttf',
  'khmer-regular': '@expo-google-fonts/noto-sans-khmer/400Regular/NotoSansKhmer_400Regular.ttf',
  'khmer-bold': '@expo-google-fonts/noto-sans-khmer/700Bold/NotoSansKhmer_700Bold.ttf',
  // Noto Sans CJK's Simplified Chinese subset also has kana and the Japanese and Traditional forms of
  // the Han characters; Hangul needs the Korean subset. One weight each: they are 8 and 4.5 MB.
  'han-regular': '@embedpdf/fonts-sc#NotoSansHans-Regular.otf',
  'hangul-regular': '@embedpdf/fonts-kr#NotoSansKR-Regular.otf',
  // Monochrome Noto Emoji: flags and ZWJ sequences are single glyphs through its GSUB ligatures.
  'emoji-regular': '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf'
} as const

/** Names of the fonts this renderer needs in `options.assets`. */
export type AssetName = keyof typeof files

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

/** `@embedpdf` packages export only their JavaScript: locate the font beside the package's entry point. */
function resolveFile(file: string): string {
  const [pkg, font] = file.split('#')
  return font ? join(dirname(require.resolve(pkg!)), '..', 'fonts', font) : require.resolve(file)
}

/** Absolute paths of every font file, keyed by asset name (the `RendererModule.assetFiles` contract). */
export const assetFiles: Record<AssetName, string> = Object.fromEntries(
  Object.entries(files).map(([name, file]) => [name, resolveFile(file)])
) as Record<AssetName, string>
