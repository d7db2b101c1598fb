/**
 * The static files formats declare (fonts, scripts, WebAssembly), read for them so the formats stay
 * pure. A build reads a file only when a task uses it: the main thread hashes each distinct file for
 * the build's keys, streamed (never a whole font in memory), and a task's `assets` read a file on its
 * first lookup. A Latin-only build never reads the 20 MB of Noto faces the formats declare for other
 * scripts; a font that changes still changes the key of every result of each format that declares it.
 */
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import type {FormatModule} from '@dossier/core'
import {contentKey} from '@dossier/core'
import {hashFile} from './write-output.js'

/** A format's assets as the build planned them: name → file and the sha256 of its bytes. */
export type AssetRefs = Record<string, {path: string; sha256: string}>

/** `assetFiles` name → path, read into name → bytes (every file, at once: for tests and tools). */
export async function readAssets(renderer: Pick<FormatModule, 'assetFiles'>): Promise<Record<string, Uint8Array>> {
  const assets: Record<string, Uint8Array> = {}
  for (const [name, file] of Object.entries(renderer.assetFiles ?? {}))
    assets[name] = new Uint8Array(await readFile(file))
  return assets
}

/**
 * Hash every file of `files` (name → path), streamed; `known` (by file identity, see `hashFile`)
 * spares a file several formats declare, such as the Noto faces, a second reading.
 */
export async function hashAssets(files: Record<string, string>, known: Map<string, string>): Promise<AssetRefs> {
  const refs: AssetRefs = {}
  for (const [name, path] of Object.entries(files)) refs[name] = {path, sha256: await hashFile(path, known)}
  return refs
}

/** One key for a format's assets: each name with its file's sha256, in name order. */
export function assetsDigest(refs: AssetRefs): string {
  const names = Object.keys(refs).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return contentKey(...names.flatMap((name) => [name, refs[name]!.sha256]))
}

/**
 * A format's `JobContext.assets`: every name is there (`in` and `Object.keys` read nothing), and
 * each file is read on its first lookup, then kept in `files` by path, so formats that declare the
 * same font share one copy. Throws when the bytes are no longer those the build's keys were made
 * from (the file changed during the build): a result is never stored under another font's key.
 */
export function lazyAssets(refs: AssetRefs, files: Map<string, Uint8Array>): Record<string, Uint8Array> {
  const assets: Record<string, Uint8Array> = {}
  for (const [name, {path, sha256}] of Object.entries(refs))
    Object.defineProperty(assets, name, {
      enumerable: true,
      get: () => {
        let bytes = files.get(path)
        if (!bytes) {
          const read = readFileSync(path)
          const found = createHash('sha256').update(read).digest('hex')
          if (found !== sha256)
            throw new Error(
              `asset "${name}" (${path}) changed during the build: expected sha256 ${sha256}, got ${found}`
            )
          bytes = new Uint8Array(read.buffer, read.byteOffset, read.byteLength)
          files.set(path, bytes)
        }
        return bytes
      }
    })
  return assets
}
