/**
 * The EPUB's declaration without its renderers (`@dossier/epub/declare`): what the CLI's main thread
 * needs to plan a build (folder, assets), loading no rendering code.
 */
import type {FormatDeclaration} from '@dossier/core'
import {assetFiles} from './lib/assets.js'

export {assetFiles}

/** Format name on the command line. */
export const format = 'epub'
/** Folder under `output/`. */
export const folder = 'epub'
/** Formats whose files this one needs: none. */
export const needs: string[] = []

/** All of the above, as one value. */
export const declaration: FormatDeclaration = {format, folder, assetFiles, needs}
