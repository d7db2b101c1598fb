/** The `RendererModule` facts the CLI reads besides `render` and `assetFiles`. */
import type {RendererModule} from '@dossier/core'

/** Format name on the command line. */
export const format: RendererModule['format'] = 'pdf'
/** Folder under `output/`. */
export const folder: RendererModule['folder'] = 'pdf'
/** The PDF needs no other format's output. */
export const needs: RendererModule['needs'] = []
