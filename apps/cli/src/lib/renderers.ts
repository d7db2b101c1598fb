/**
 * The registry of output formats (Pandoc's writer list): the one place that names them. The
 * command line's `--format` choices, the build order (a format after those it `needs`) and the
 * Turborepo task of the publish step (its `outputs`, checked by a test) all come from here. Each
 * format is a package exporting a `FormatModule`, imported by name only when that format is built,
 * so building the dataset never loads pdfkit.
 */
import type {FormatDeclaration, FormatModule, OutputFile, RenderInput, RenderOptions} from '@dossier/core'
import {manifestName} from './io/manifest.js'
import {markerName} from './io/out-folder.js'

/** Format name on the command line → package and folder under `output/`. Order is the build order. */
export const registry = {
  json: {package: '@dossier/dataset', folder: 'dataset'},
  epub: {package: '@dossier/epub', folder: 'epub'},
  pdf: {package: '@dossier/pdf', folder: 'pdf'},
  // `checksums`: the folder is published as it is (a web server serves the site), so it carries its
  // own SHA256SUMS for the files people download from it (io/manifest.ts).
  html: {package: '@dossier/html', folder: 'site', checksums: true}
} as const

export type Format = keyof typeof registry

export const formats = Object.keys(registry) as Format[]

/** True for a known format name. */
export function isFormat(name: string): name is Format {
  return Object.hasOwn(registry, name)
}

/** A format package: the contract plus the whole-corpus `render` its own tests use. */
export type LoadedFormat = FormatModule & {
  render?: (input: RenderInput, options: RenderOptions) => Promise<OutputFile[]>
}

/** Load a format; a clear error if its package is not built or does not follow the contract. */
export async function loadFormat(format: Format): Promise<LoadedFormat> {
  const name = registry[format].package
  try {
    const module = (await import(name)) as LoadedFormat
    for (const fn of ['renderPublication', 'renderCollection'] as const)
      if (typeof module[fn] !== 'function') throw new Error(`${name} does not export ${fn}()`)
    if (module.folder !== registry[format].folder)
      throw new Error(`${name} writes to "${module.folder}", the registry says "${registry[format].folder}"`)
    return module
  } catch (error) {
    throw new Error(
      `cannot load the ${format} format (${name}): ${(error as Error).message}. Run \`pnpm build\` first.`
    )
  }
}

/**
 * A format's declaration only (`<package>/declare`: folder, assets, needs), without its renderers:
 * what the build's main thread plans with. Importing the whole package there cost ~1.4 s of CPU
 * per build at 1,000 sources (issue 23) for code only the workers run.
 */
export async function loadDeclaration(format: Format): Promise<FormatDeclaration> {
  const name = registry[format].package
  try {
    const module = (await import(`${name}/declare`)) as FormatDeclaration
    if (module.format !== format) throw new Error(`${name}/declare names the format "${module.format}"`)
    if (module.folder !== registry[format].folder)
      throw new Error(`${name} writes to "${module.folder}", the registry says "${registry[format].folder}"`)
    if (!Array.isArray(module.needs) || typeof module.assetFiles !== 'object')
      throw new Error(`${name}/declare does not export needs and assetFiles`)
    return {format: module.format, folder: module.folder, assetFiles: module.assetFiles, needs: module.needs}
  } catch (error) {
    throw new Error(
      `cannot load the ${format} format (${name}/declare): ${(error as Error).message}. Run \`pnpm build\` first.`
    )
  }
}

/** @deprecated the old name of `loadFormat`. */
export const loadRenderer = loadFormat

/**
 * The Turborepo task that publishes `sources/` into `output/` (`@dossier/cli#output` in
 * turbo.json), derived from the registry: it depends on every format package's build and its
 * outputs are the formats' folders and the output folder's marker. `node scripts/sync-turbo.mjs` writes it; a test checks it.
 */
export function turboOutputTask(): {dependsOn: string[]; inputs: string[]; outputs: string[]} {
  return {
    dependsOn: ['build', ...formats.map((format) => `${registry[format].package}#build`).sort()],
    inputs: ['src/**', 'package.json', '$TURBO_ROOT$/sources/**'],
    // The marker too: a folder turbo restored from its cache is then still Dossier's to rebuild.
    outputs: [
      ...formats.map((format) => `$TURBO_ROOT$/output/${registry[format].folder}/**`),
      `$TURBO_ROOT$/output/${markerName}`,
      `$TURBO_ROOT$/output/${manifestName}`
    ].sort()
  }
}
