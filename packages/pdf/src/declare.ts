/**
 * The PDF's declaration without its renderers (`@dossier/pdf/declare`): what the CLI's main thread
 * needs to plan a build (folder, fonts), loading neither pdfkit nor fontkit.
 */
import type {FormatDeclaration, FormatModule} from '@dossier/core'
import {assetFiles} from './lib/assets.js'

export {assetFiles}

/** Format name on the command line. */
export const format: FormatModule['format'] = 'pdf'
/** Folder under `output/`. */
export const folder: FormatModule['folder'] = 'pdf'
/** The PDF needs no other format's output. */
export const needs: FormatModule['needs'] = []

/** All of the above, as one value. */
export const declaration: FormatDeclaration = {format, folder, assetFiles, needs}
