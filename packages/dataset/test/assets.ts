/** The dataset's assets (sql.js's WebAssembly), read as the CLI reads them, for tests that render. */
import {readFileSync} from 'node:fs'
import {assetFiles} from '../src/index.js'

export const assets: Record<string, Uint8Array> = Object.fromEntries(
  Object.entries(assetFiles).map(([name, path]) => [name, new Uint8Array(readFileSync(path))])
)
