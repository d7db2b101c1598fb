/**
 * The contract between core and the renderers (Pandoc's "one writer per format, same signature").
 * A renderer is pure: no file system, no clock, no randomness. The CLI passes those in.
 */
import type {Collection, Message, Publication} from './publication.js'

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
  /**
   * Files already produced by other formats, paths prefixed by their folder
   * (`epub/<id>.epub`, `pdf/briefing.pdf`, `dataset/publications.json`), for the site's downloads.
   */
  attachments: OutputFile[]
  /** The renderer's own static assets (fonts, scripts), read by the CLI from `RendererModule.assetFiles`. */
  assets: Record<string, Uint8Array>
  /**
   * Report progress or non-fatal problems; the CLI decides how to show them. A string is a note about
   * the format as a whole; a `Message` names the source file and line a problem comes from (the PDF's
   * missing glyphs), so the CLI reports it there rather than against the format.
   */
  report?: (message: string | Message) => void
  /**
   * Results of earlier builds, content-addressed (an effect passed in, like the clock). A renderer
   * keys each per-publication file by everything it depends on (see `contentKey`), so a hit gives
   * exactly the bytes a fresh render would.
   */
  cache?: RenderCache
}

/** A content-addressed store of per-publication results. */
export interface RenderCache {
  get(key: string): Promise<Uint8Array | undefined>
  set(key: string, value: Uint8Array): Promise<void>
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
  /**
   * Assets to read from disk before rendering: name → absolute path (resolve them with
   * `createRequire(import.meta.url).resolve(...)` or `new URL(..., import.meta.url)`; computing a
   * path is not I/O). The CLI reads each file and passes it as `options.assets[name]`.
   */
  assetFiles: Record<string, string>
  /** Formats whose output this one needs as `attachments` (the site needs `epub`, `pdf`, `json`). */
  needs: string[]
}
