/**
 * The registry of output formats (Pandoc's writer list). Each format is a package exporting a
 * `RendererModule`; it is imported by name only when that format is built, so building the
 * dataset never loads pdfkit, and Turborepo can cache each format on its own package.
 */
import type {RendererModule} from '@dossier/core'

/** Format name on the command line → package. Order is the build order (dependencies first). */
export const registry = {
  json: '@dossier/dataset',
  epub: '@dossier/epub',
  pdf: '@dossier/pdf',
  html: '@dossier/html'
} as const

export type Format = keyof typeof registry

export const formats = Object.keys(registry) as Format[]

/** True for a known format name. */
export function isFormat(name: string): name is Format {
  return Object.hasOwn(registry, name)
}

/** Load a renderer; a clear error if its package is not built or not installed. */
export async function loadRenderer(format: Format): Promise<RendererModule> {
  const name = registry[format]
  try {
    const module = (await import(name)) as RendererModule
    if (typeof module.render !== 'function') throw new Error(`${name} does not export render()`)
    return module
  } catch (error) {
    throw new Error(
      `cannot load the ${format} renderer (${name}): ${(error as Error).message}. Run \`pnpm build\` first.`
    )
  }
}
