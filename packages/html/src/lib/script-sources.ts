/**
 * The Noto faces the site's script subsets are cut from, as asset names and files: declarations
 * only (no subsetting code), so `@dossier/html/declare` loads nothing heavy.
 */
import {createRequire} from 'node:module'
import {faceFilePath, type FaceWeight, scriptFaces} from '@dossier/core'

const require = createRequire(import.meta.url)

/** The asset name under which the CLI passes a face's source file (never copied to the site as is). */
export function sourceAssetOf(weight: FaceWeight): string {
  return `noto/${weight.stem}.${weight.extension}`
}

/** Asset name → absolute path of every Noto source face, resolved through this package's dependencies. */
export const scriptSourceFiles: Record<string, string> = Object.fromEntries(
  scriptFaces.flatMap((face) =>
    face.weights.map((weight) => [sourceAssetOf(weight), faceFilePath(weight.file, require.resolve)])
  )
)

/** True for the asset names of `scriptSourceFiles`: inputs to subsetting, not files of the site. */
export function isScriptSource(name: string): boolean {
  return name in scriptSourceFiles
}
