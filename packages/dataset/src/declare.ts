/**
 * The dataset's declaration without its renderers (`@dossier/dataset/declare`): what the CLI's main
 * thread needs to plan a build (folder, the SQLite WebAssembly file), loading neither sql.js nor the
 * CSV writer.
 */
import {createRequire} from 'node:module'
import type {FormatDeclaration} from '@dossier/core'

/** Format name on the command line. */
export const format = 'json'
/** Folder under `output/`. */
export const folder = 'dataset'
/** SQLite as WebAssembly, from the sql.js package: read by the CLI and passed in as `assets`. */
export const assetFiles: Record<string, string> = {
  'sql-wasm.wasm': createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm')
}
export const needs: string[] = []

/** All of the above, as one value. */
export const declaration: FormatDeclaration = {format, folder, assetFiles, needs}
