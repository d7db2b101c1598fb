export {render} from './lib/render-pdf.js'
export {assetFiles} from './lib/assets.js'
export {format, folder, needs} from './lib/module.js'
