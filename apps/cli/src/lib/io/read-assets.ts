/** Read the static files a renderer declares (fonts, scripts) so the renderer itself stays pure. */
import {readFile} from 'node:fs/promises'
import type {FormatModule} from '@dossier/core'

/** `assetFiles` name → path, read into name → bytes. */
export async function readAssets(renderer: Pick<FormatModule, 'assetFiles'>): Promise<Record<string, Uint8Array>> {
  const assets: Record<string, Uint8Array> = {}
  for (const [name, file] of Object.entries(renderer.assetFiles ?? {}))
    assets[name] = new Uint8Array(await readFile(file))
  return assets
}
