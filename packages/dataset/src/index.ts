export {
  format,
  folder,
  render,
  renderPublication,
  renderCollection,
  dataset,
  blocksOf,
  assetFiles,
  needs,
  type DatasetPart
} from './lib/render-dataset.js'
// The record and its schemas live in core, which validates every publication against them.
export {
  toRecord,
  type PublicationRecord,
  publicationsSchema,
  qaRowSchema,
  qaTableSchema,
  schemaVocabulary,
  sqliteTables
} from '@dossier/core'
