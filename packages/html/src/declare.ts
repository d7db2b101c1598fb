/**
 * The site's declaration without its renderers (`@dossier/html/declare`): what the CLI's main thread
 * needs to plan a build (folder, assets, the formats it links), loading no rendering code.
 */
import type {FormatDeclaration} from '@dossier/core'
import {assetFiles} from './lib/assets.js'

export {assetFiles}

/** Format name on the command line. */
export const format = 'html'
/** Folder under `output/`. */
export const folder = 'site'
/** Formats whose files the site links under `downloads/`. */
export const needs = ['json', 'epub', 'pdf']

/** All of the above, as one value. */
export const declaration: FormatDeclaration = {format, folder, assetFiles, needs}
