/**
 * The font files the CLI reads for this renderer. Computing a path is not I/O: the CLI reads each file
 * and passes its bytes back as `options.assets[name]`.
 *
 * Full TrueType fonts (not Unicode-range web subsets): Source Serif 4 for reading, Source Sans 3 for
 * headings and furniture, DejaVu as the fallback for anything those two lack (Greek, Cyrillic, symbols).
 */
import {createRequire} from 'node:module'

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
  'fallback-regular': 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  'fallback-bold': 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'
} as const

/** Names of the fonts this renderer needs in `options.assets`. */
export type AssetName = keyof typeof files

/** Absolute paths of every font file, keyed by asset name (the `RendererModule.assetFiles` contract). */
export const assetFiles: Record<AssetName, string> = Object.fromEntries(
  Object.entries(files).map(([name, file]) => [name, require.resolve(file)])
) as Record<AssetName, string>
