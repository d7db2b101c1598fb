/**
 * Static files the CLI reads for this renderer (`RendererModule.assetFiles`): the embedded fonts,
 * Source Serif 4's subsets and the Noto faces the script subsets are cut from.
 */
import {fontAssetFiles} from './fonts.js'
import {scriptAssetFiles} from './script-fonts.js'

/** Asset name → absolute path. */
export const assetFiles: Record<string, string> = {...fontAssetFiles(), ...scriptAssetFiles()}
