export {render, renderCollectionBook, renderPublicationBook} from './lib/render-epub.js'
export {assetFiles} from './lib/assets.js'
export {toIdentifier} from './lib/identifier.js'

/** Format name on the command line. */
export const format = 'epub'
/** Folder under `output/`. */
export const folder = 'epub'
/** Formats whose output this renderer needs: none. */
export const needs: string[] = []
