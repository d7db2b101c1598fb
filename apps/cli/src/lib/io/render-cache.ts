/**
 * The render cache on disk, under `<out>/.cache/<folder>/` (outside the published folders). Entries
 * are named by the renderer's content keys, inside a namespace that is the hash of the renderer's
 * and core's compiled code, so new code never reuses old results. Entries not used by a build are
 * pruned after it, so the cache holds exactly the current sources' results.
 */
import {createHash} from 'node:crypto'
import {mkdir, readdir, readFile, rename, rm, writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import type {RenderCache} from '@dossier/core'

export interface DiskCache extends RenderCache {
  hits: number
  misses: number
  /** Remove entries this build did not use, and other namespaces. */
  prune(): Promise<void>
}

const require = createRequire(import.meta.url)

/** sha256 of every file of a package's `dist` folder: the version of its code. */
async function codeVersion(packageName: string): Promise<string> {
  const entry = require.resolve(packageName)
  const dist = entry.slice(0, entry.lastIndexOf(`${path.sep}dist${path.sep}`) + 5)
  const hash = createHash('sha256')
  const visit = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, {withFileTypes: true})).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) await visit(full)
      else if (/\.js$/.test(entry.name)) hash.update(entry.name).update(await readFile(full))
    }
  }
  await visit(dist)
  return hash.digest('hex').slice(0, 16)
}

/** Open the cache of one format. */
export async function openCache(outDir: string, folder: string, rendererPackage: string): Promise<DiskCache> {
  const root = path.join(outDir, '.cache', folder)
  const namespace = `${await codeVersion('@dossier/core')}-${await codeVersion(rendererPackage)}`
  const dir = path.join(root, namespace)
  const used = new Set<string>()
  await mkdir(dir, {recursive: true})
  const cache: DiskCache = {
    hits: 0,
    misses: 0,
    async get(key) {
      used.add(key)
      const bytes = await readFile(path.join(dir, key)).catch(() => null)
      if (bytes) cache.hits++
      else cache.misses++
      return bytes ? new Uint8Array(bytes) : undefined
    },
    async set(key, value) {
      used.add(key)
      const temp = path.join(dir, `.${key}.${process.pid}`)
      // A full disk here must not fail the build: the entry is simply not kept.
      await writeFile(temp, value)
        .then(() => rename(temp, path.join(dir, key)))
        .catch(() => rm(temp, {force: true}))
    },
    async prune() {
      for (const name of await readdir(root))
        if (name !== namespace) await rm(path.join(root, name), {recursive: true, force: true})
      for (const name of await readdir(dir)) if (!used.has(name)) await rm(path.join(dir, name), {force: true})
    }
  }
  return cache
}
