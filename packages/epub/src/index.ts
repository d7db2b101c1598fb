export {
  assetFiles,
  epub,
  folder,
  format,
  needs,
  render,
  renderCollection,
  renderPublication
} from './lib/render-epub.js'
export type {EpubPart, PartDocument} from './lib/part.js'
export {toIdentifier} from './lib/identifier.js'
