/**
 * The contract between core and the renderers (Pandoc's "one writer per format, same signature").
 * A renderer is pure: no file system, no clock, no randomness. The CLI passes those in.
 */
import type {Collection, Publication} from './publication.js'

/** One file a renderer produces, relative to its format's output folder. */
export interface OutputFile {
  path: string
  contents: string | Uint8Array
}

/** Effects and assets a renderer may need, resolved by the CLI. */
export interface RenderOptions {
  /**
   * The build's date as an ISO 8601 instant, from `SOURCE_DATE_EPOCH` or the sources' latest date.
   * Never the wall clock.
   */
  buildDate: string
  /** Paper size for paged formats. */
  paper: 'a4' | 'letter'
  /** Files produced by other formats that this one may link to or embed (e.g. downloads for the site). */
  attachments: OutputFile[]
  /** Report progress or non-fatal problems; the CLI decides how to show them. */
  report?: (message: string) => void
}

export interface RenderInput {
  collection: Collection
  publications: Publication[]
}

/** Every format's entry point has this signature. */
export type Renderer = (input: RenderInput, options: RenderOptions) => Promise<OutputFile[]>

/** What a format package exports, so the CLI can load it by name. */
export interface RendererModule {
  /** Format name as used on the command line (`json`, `html`, `epub`, `pdf`). */
  format: string
  /** Folder under `output/` (`dataset`, `site`, `epub`, `pdf`). */
  folder: string
  render: Renderer
}
