/**
 * Static files the CLI reads for this renderer (`RendererModule.assetFiles`): the embedded fonts.
 */
import {fontAssetFiles} from './fonts.js'

/** Asset name → absolute path. */
export const assetFiles: Record<string, string> = fontAssetFiles()
