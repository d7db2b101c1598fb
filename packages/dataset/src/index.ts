export {format, folder, render, assetFiles, needs} from './lib/render-dataset.js'
export {toRecord, type PublicationRecord} from './lib/to-record.js'
export {publicationsSchema, qaRowSchema, qaTableSchema} from './lib/schemas.js'
