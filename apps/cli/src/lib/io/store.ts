/**
 * The content-addressed store: every result of a build (a normalized model, a publication's files
 * and part in one format, a format's collection files) under the sha256 of everything it depends
 * on. Equal keys mean equal bytes, so a store may be shared by any number of machines and builds.
 *
 * Three kinds:
 * - a folder (`--store DIR`, default `<out>/.cache/store`): `store/folder.ts`;
 * - a Turborepo remote cache (`--store http(s)://HOST:PORT`), through its artifact API:
 *   `store/remote.ts`;
 * - a remote store is always fronted by the local folder, which keeps what was fetched.
 *
 * Every entry is sealed with the sha256 of its key and bytes and checked on every read
 * (`store/seal.ts`): a damaged entry is discarded and made again, never published. Every store
 * keeps a journal of what it met (damaged entries, failures, what reached it), which the build
 * gathers from its threads and reports (`store/journal.ts`).
 */
import {rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {FolderStore} from './store/folder.js'
import {RemoteStore} from './store/remote.js'
import type {Store, StoreReport, StoreSpec} from './store/types.js'

export {FolderStore} from './store/folder.js'
export {StoreLog} from './store/journal.js'
export {RemoteStore} from './store/remote.js'
export type {RemoteSpec, Store, StoreReport, StoreSpec} from './store/types.js'

/** The local folder in front of a remote: reads fill the folder, writes go to both. */
export class LayeredStore implements Store {
  readonly where: string
  constructor(
    readonly local: FolderStore,
    readonly remote: RemoteStore
  ) {
    this.where = `${remote.where} (kept locally in ${local.dir})`
  }
  async get(key: string): Promise<Uint8Array | undefined> {
    const near = await this.local.get(key)
    if (near) return near
    const far = await this.remote.get(key)
    if (far) await this.local.put(key, far)
    return far
  }
  async has(key: string): Promise<boolean> {
    return (await this.local.has(key)) || (await this.remote.has(key))
  }
  async reach(key: string): Promise<boolean> {
    if (await this.remote.has(key)) return true
    const near = await this.local.get(key)
    return near ? this.remote.putBytes(key, near) : false
  }
  async copyTo(key: string, to: string | null): Promise<number | null> {
    const near = await this.local.copyTo(key, to)
    if (near !== null) return near
    const far = await this.remote.get(key)
    if (!far) return null
    await this.local.put(key, far)
    if (to) {
      await rm(to, {force: true})
      await writeFile(to, far)
    }
    return far.byteLength
  }
  async putFile(key: string, file: string): Promise<boolean> {
    const near = await this.local.putFile(key, file)
    return (await this.remote.putFile(key, file)) || near
  }
  async put(key: string, bytes: Uint8Array, options?: {localOnly?: boolean}): Promise<void> {
    await this.local.put(key, bytes)
    if (!options?.localOnly) await this.remote.put(key, bytes)
  }
  /** Both journals; what reached the store is what reached the remote (the folder only caches it). */
  report(): StoreReport {
    const near = this.local.report()
    const far = this.remote.report()
    return {...far, damaged: [...near.damaged, ...far.damaged], failed: [...near.failed, ...far.failed]}
  }
}

/** Seconds a remote store's request may take unless `DOSSIER_STORE_TIMEOUT` says otherwise. */
const defaultTimeout = 30

/**
 * Where the store is: `--store` (a folder, or an http(s) URL of a Turborepo remote cache, which
 * then needs `TURBO_TOKEN` and `TURBO_TEAM` as turbo itself does), else `<out>/.cache/store`.
 * `DOSSIER_STORE_TIMEOUT` (seconds, default 30) bounds each request to a remote.
 * Throws with a clear message when a remote lacks its token or team.
 */
export function storeSpec(
  store: string | undefined,
  outDir: string,
  env: Record<string, string | undefined>
): StoreSpec {
  const folder = path.resolve(outDir, '.cache', 'store')
  if (!store) return {folder, remote: null}
  if (/^https?:\/\//i.test(store)) {
    const token = env['TURBO_TOKEN']
    const team = env['TURBO_TEAM']
    if (!token || !team)
      throw new Error(`--store ${store} is a remote cache: set TURBO_TOKEN and TURBO_TEAM (as for turbo itself)`)
    const timeout = env['DOSSIER_STORE_TIMEOUT'] ? Number(env['DOSSIER_STORE_TIMEOUT']) : defaultTimeout
    if (!(timeout > 0))
      throw new Error(`DOSSIER_STORE_TIMEOUT is "${env['DOSSIER_STORE_TIMEOUT']}": give a number of seconds above 0`)
    return {folder, remote: {url: store, token, team, timeoutMs: Math.round(timeout * 1000)}}
  }
  return {folder: path.resolve(store), remote: null}
}

/** Open the store a spec describes (a remote shares `spec.remote`, so giving it up is seen by all). */
export function openStore(spec: StoreSpec): Store {
  const local = new FolderStore(spec.folder)
  return spec.remote ? new LayeredStore(local, new RemoteStore(spec.remote)) : local
}
