/**
 * Static files the CLI reads for the renderer (computing a path is not I/O): the site's own CSS
 * and scripts kept as real files under `packages/html/assets/`, MiniSearch's browser build and a
 * self-hosted Source Serif 4 (variable; Latin, Latin Extended, Cyrillic, Greek and Vietnamese subsets),
 * and the Noto faces of the other scripts, which are only cut into per-page subsets (site-fonts.ts).
 */
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {OutputFile} from '@dossier/core'
import {isScriptSource, scriptSourceFiles} from './script-sources.js'

const require = createRequire(import.meta.url)
const own = (name: string) => fileURLToPath(new URL(`../../assets/${name}`, import.meta.url))
// minisearch exports no package.json; its UMD build sits beside the CommonJS entry.
const miniSearchUmd = join(dirname(require.resolve('minisearch')), '..', 'umd', 'index.js')
const fontDir = join(dirname(require.resolve('@fontsource-variable/source-serif-4/index.css')), 'files')
// Every subset Source Serif 4 has, upright and italic: site.css gives each its unicode-range, so a
// browser fetches only the subsets a page's letters need (a Russian page does not mix two fonts).
const fonts = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'].flatMap((subset) => [
  `${subset}-wght-normal`,
  `${subset}-wght-italic`
])

/**
 * Asset name (its path under the site's `assets/`) → absolute path on disk; the Noto faces the
 * script subsets are cut from (`noto/…`, see site-fonts.ts) are inputs, not copied.
 */
export const assetFiles: Record<string, string> = {
  'site.css': own('site.css'),
  'theme.js': own('theme.js'),
  'site.js': own('site.js'),
  'search.js': own('search.js'),
  'favicon.svg': own('favicon.svg'),
  'minisearch.js': miniSearchUmd,
  ...Object.fromEntries(
    fonts.map((font) => [`fonts/source-serif-4-${font}.woff2`, join(fontDir, `source-serif-4-${font}.woff2`)])
  ),
  ...scriptSourceFiles
}

/** Copy every asset but the Noto sources into `assets/`; a missing one is a programmer error in the caller. */
export function assetOutputs(assets: Record<string, Uint8Array>): OutputFile[] {
  return Object.keys(assetFiles)
    .filter((name) => !isScriptSource(name))
    .map((name) => {
      const contents = assets[name]
      if (!contents)
        throw new Error(
          `@dossier/html: asset "${name}" was not passed in options.assets; read every path of assetFiles first`
        )
      return {path: `assets/${name}`, contents}
    })
}
