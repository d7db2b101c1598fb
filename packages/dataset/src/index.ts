export {format, folder, render, assetFiles, needs} from './lib/render-dataset.js'
// The record and its schemas live in core, which validates every publication against them.
export {toRecord, type PublicationRecord, publicationsSchema, qaRowSchema, qaTableSchema} from '@dossier/core'
