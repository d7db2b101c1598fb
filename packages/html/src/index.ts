export {render} from './lib/render-html.js'
export {assetFiles} from './lib/assets.js'
export {contentSecurityPolicy} from './lib/layout.js'
export {foldTerm} from './lib/fold.js'
export {tokenize} from './lib/tokenize.js'
export {searchDocuments, searchOptions, type SearchDocument} from './lib/search-index.js'
export {planDownloads, type Download} from './lib/downloads.js'

/** Format name on the command line. */
export const format = 'html'
/** Folder under `output/`. */
export const folder = 'site'
/** Formats whose files the site links under `downloads/`. */
export const needs = ['json', 'epub', 'pdf']
