/**
 * The PDF as a `FormatModule`: `<publication id>.pdf` per publication (render-pdf.ts), then
 * `briefing.pdf` from their parts (briefing.ts). `render` runs it over a whole corpus in memory.
 */
import type {FormatModule, Renderer} from '@dossier/core'
import {renderWhole} from '@dossier/core'
import {assetFiles, folder, format, needs} from '../declare.js'
import {renderCollection} from './briefing.js'
import {renderPublication} from './render-pdf.js'

export {folder, format, needs}

/** The PDF format, for the CLI's registry. */
export const pdf: FormatModule = {format, folder, assetFiles, needs, renderPublication, renderCollection}

/** Every publication's PDF, then the briefing: the whole corpus in one thread (core's `renderWhole`). */
export const render: Renderer = (input, options) => renderWhole(pdf, input, options)
