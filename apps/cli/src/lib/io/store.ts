/**
 * The content-addressed store: every result of a build (a normalized model, a publication's files
 * and part in one format, a format's collection files) under the sha256 of everything it depends
 * on. Equal keys mean equal bytes, so a store may be shared by any number of machines and builds.
 *
 * Three kinds:
 * - a folder (`--store DIR`, default `<out>/.cache/store`), written atomically (temp file + rename);
 * - a Turborepo remote cache (`--store http(s)://HOST:PORT`), through its artifact API
 *   (`PUT`/`GET /v8/artifacts/:hash?slug=TEAM`, `Authorization: Bearer TOKEN`;
 *   https://turborepo.com/docs/core-concepts/remote-caching#self-hosting), e.g. the self-hosted
 *   `turborepo-remote-cache` server of `pnpm cache-server`, whose storage may be S3-compatible;
 * - a remote store is always fronted by the local folder, which keeps what was fetched.
 */
import {constants} from 'node:fs'
import {copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'

export interface Store {
  /** Where it is, for messages ("folder /x/.cache/store", "remote http://127.0.0.1:3000"). */
  readonly where: string
  get(key: string): Promise<Uint8Array | undefined>
  /** Keep `bytes` under `key`. `localOnly` keeps it off a remote (models: any machine can remake them). */
  put(key: string, bytes: Uint8Array, options?: {localOnly?: boolean}): Promise<void>
  has(key: string): Promise<boolean>
  /**
   * Keep a file's bytes under `key` without reading them into memory where the store allows (a
   * folder copies it). False when it was not kept (a remote refuses files above `largestUpload`).
   */
  putFile(key: string, file: string): Promise<boolean>
  /** A file on this machine holding the entry (fetched first from a remote), or null if there is none. */
  localPath(key: string): Promise<string | null>
}

/** How a worker thread reopens the same store (stores are not transferable). */
export interface StoreSpec {
  folder: string
  remote: {url: string; token: string; team: string} | null
}

const keyRe = /^[a-z]+-[0-9a-f]{64}$/

/** Files above this size are not sent to a remote store (the server's own body limit is 100 MB by default). */
const largestUpload = 96 * 1024 * 1024

function checkKey(key: string): string {
  if (!keyRe.test(key)) throw new Error(`store: malformed key "${key}"`)
  return key
}

/** A store in a folder: `<dir>/<first two hex digits>/<key>`. */
export class FolderStore implements Store {
  readonly where: string
  constructor(readonly dir: string) {
    this.where = `folder ${dir}`
  }
  private file(key: string): string {
    checkKey(key)
    const hex = key.slice(key.indexOf('-') + 1)
    return path.join(this.dir, hex.slice(0, 2), key)
  }
  async get(key: string): Promise<Uint8Array | undefined> {
    const bytes = await readFile(this.file(key)).catch(() => undefined)
    return bytes ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : undefined
  }
  async has(key: string): Promise<boolean> {
    return stat(this.file(key)).then(
      () => true,
      () => false
    )
  }
  async localPath(key: string): Promise<string | null> {
    return (await this.has(key)) ? this.file(key) : null
  }
  async put(key: string, bytes: Uint8Array): Promise<void> {
    const file = this.file(key)
    const temp = `${file}.${process.pid}.${Math.floor(performance.now() * 1000)}.tmp`
    // A full disk here must not fail the build: the entry is simply not kept.
    await mkdir(path.dirname(file), {recursive: true})
      .then(() => writeFile(temp, bytes))
      .then(() => rename(temp, file))
      .catch(() => rm(temp, {force: true}))
  }
  async putFile(key: string, from: string): Promise<boolean> {
    const file = this.file(key)
    if (await this.has(key)) return true
    const temp = `${file}.${process.pid}.${Math.floor(performance.now() * 1000)}.tmp`
    try {
      await mkdir(path.dirname(file), {recursive: true})
      await copyFile(from, temp, constants.COPYFILE_FICLONE)
      await rename(temp, file)
      return true
    } catch {
      await rm(temp, {force: true})
      return false
    }
  }
  /** Delete every entry whose key is not in `keep` (the default store after a whole build). */
  async prune(keep: Set<string>): Promise<number> {
    let removed = 0
    for (const bucket of await readdir(this.dir).catch(() => [] as string[])) {
      const dir = path.join(this.dir, bucket)
      for (const name of await readdir(dir).catch(() => [] as string[])) {
        if (keep.has(name)) continue
        await rm(path.join(dir, name), {force: true})
        removed++
      }
    }
    return removed
  }
}

/** A Turborepo remote cache's artifact API. Network failures read as misses and unkept writes, once reported. */
export class RemoteStore implements Store {
  readonly where: string
  private failed: string | null = null
  constructor(
    readonly url: string,
    private readonly token: string,
    private readonly team: string
  ) {
    this.where = `remote ${url}`
  }
  private address(key: string): string {
    return `${this.url.replace(/\/+$/, '')}/v8/artifacts/${checkKey(key)}?slug=${encodeURIComponent(this.team)}`
  }
  /** The first failure, if any (the CLI reports it once). */
  get failure(): string | null {
    return this.failed
  }
  async get(key: string): Promise<Uint8Array | undefined> {
    try {
      const response = await fetch(this.address(key), {headers: {authorization: `Bearer ${this.token}`}})
      if (response.status === 404) return undefined
      if (!response.ok) throw new Error(`GET answered ${response.status} ${response.statusText}`)
      return new Uint8Array(await response.arrayBuffer())
    } catch (error) {
      this.failed ??= (error as Error).message
      return undefined
    }
  }
  async has(key: string): Promise<boolean> {
    try {
      const response = await fetch(this.address(key), {
        method: 'HEAD',
        headers: {authorization: `Bearer ${this.token}`}
      })
      return response.ok
    } catch {
      return false
    }
  }
  async localPath(): Promise<string | null> {
    return null
  }
  async putFile(key: string, file: string): Promise<boolean> {
    if ((await stat(file)).size > largestUpload) return false
    await this.put(key, new Uint8Array(await readFile(file)))
    return this.failed === null
  }
  async put(key: string, bytes: Uint8Array): Promise<void> {
    try {
      const response = await fetch(this.address(key), {
        method: 'PUT',
        headers: {authorization: `Bearer ${this.token}`, 'content-type': 'application/octet-stream'},
        body: bytes
      })
      if (!response.ok) throw new Error(`PUT answered ${response.status} ${response.statusText}`)
    } catch (error) {
      this.failed ??= (error as Error).message
    }
  }
}

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
  async localPath(key: string): Promise<string | null> {
    if (!(await this.local.has(key))) {
      const far = await this.remote.get(key)
      if (!far) return null
      await this.local.put(key, far)
    }
    return this.local.localPath(key)
  }
  async putFile(key: string, file: string): Promise<boolean> {
    const near = await this.local.putFile(key, file)
    return (await this.remote.putFile(key, file)) && near
  }
  async put(key: string, bytes: Uint8Array, options?: {localOnly?: boolean}): Promise<void> {
    await this.local.put(key, bytes)
    if (!options?.localOnly) await this.remote.put(key, bytes)
  }
}

/**
 * Where the store is: `--store` (a folder, or an http(s) URL of a Turborepo remote cache, which
 * then needs `TURBO_TOKEN` and `TURBO_TEAM` as turbo itself does), else `<out>/.cache/store`.
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
    return {folder, remote: {url: store, token, team}}
  }
  return {folder: path.resolve(store), remote: null}
}

/** Open the store a spec describes. */
export function openStore(spec: StoreSpec): Store {
  const local = new FolderStore(spec.folder)
  return spec.remote
    ? new LayeredStore(local, new RemoteStore(spec.remote.url, spec.remote.token, spec.remote.team))
    : local
}
