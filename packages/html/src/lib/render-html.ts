/**
 * The HTML format: one publication at a time (`renderPublication`), then the collection files
 * from the parts (`renderCollection`). Pure: no file system, no clock, no randomness (the build
 * date and every asset come in the jobs; the CLI copies the downloads' bytes).
 */
import {type FormatModule, type Renderer, renderWhole} from '@dossier/core'
import {assetFiles, folder, format, needs} from '../declare.js'
import {renderCollection} from './render-collection.js'
import {renderPublication} from './render-publication.js'

export {folder, format, needs}

/** The site as a `FormatModule`, for the CLI's registry. */
export const htmlFormat: FormatModule = {format, folder, assetFiles, needs, renderPublication, renderCollection}

/** Render the whole site in memory, in one thread (core's `renderWhole`): the reference the CLI's build must equal. */
export const render: Renderer = (input, options) => renderWhole(htmlFormat, input, options)
