/**
 * A Turborepo remote cache as a store, through its artifact API (`PUT`/`GET`/`HEAD
 * /v8/artifacts/:hash?slug=TEAM`, `Authorization: Bearer TOKEN`;
 * https://turborepo.com/docs/core-concepts/remote-caching#self-hosting), e.g. the self-hosted
 * `turborepo-remote-cache` server of `pnpm cache-server`.
 *
 * Every artifact is a sealed entry (`seal.ts`), so altered bytes, garbage and a half response are
 * refused on read. Every request has a deadline. A remote that times out, cannot be reached or
 * refuses the token is given up for the rest of the build (`RemoteSpec.down`: worker threads
 * started later inherit it), one that refuses writes is not written to again (`refused`), and the
 * build goes on from local work; its journal tells the build what happened and what was stored.
 */
import {open, rm, stat, writeFile} from 'node:fs/promises'
import {checkKey} from './folder.js'
import {Journal} from './journal.js'
import {seal, sealOf, sealSize, startDigest, unseal} from './seal.js'
import type {RemoteSpec, Store, StoreReport} from './types.js'

/** Errors that mean no server answers at that address. */
const unreachable = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN'])

/** Files above this size are not sent (the server's own body limit is 100 MB by default). */
const largestUpload = 96 * 1024 * 1024

export class RemoteStore implements Store {
  readonly where: string
  private readonly journal: Journal
  /** `spec` is shared: giving the remote up is seen by every store opened on the same spec. */
  constructor(readonly spec: RemoteSpec) {
    this.where = `remote ${spec.url}`
    this.journal = new Journal(spec.url)
  }
  private address(key: string): string {
    return `${this.spec.url.replace(/\/+$/, '')}/v8/artifacts/${checkKey(key)}?slug=${encodeURIComponent(this.spec.team)}`
  }
  private giveUp(why: string, writes = false): void {
    if (writes) {
      if (this.spec.refused) return
      this.spec.refused = why
    } else {
      if (this.spec.down) return
      this.spec.down = why
    }
    this.journal.down(why, writes)
  }
  /**
   * Words for a failed request. A timeout or a server that cannot be reached gives the remote up;
   * a connection closed mid-answer (a half response) fails that request only.
   */
  private failure(error: unknown, during: string): void {
    const e = error as Error & {cause?: {code?: string; message?: string}}
    const code = e.cause?.code
    if (e.name === 'TimeoutError' || e.name === 'AbortError')
      this.giveUp(`did not answer within ${this.spec.timeoutMs / 1000} s (${during})`)
    else if (code && unreachable.has(code)) this.giveUp(`could not be reached (${code})`)
    else this.journal.fail(`a request failed or its answer was cut short (${e.cause?.message ?? e.message})`)
  }
  /** One request with a deadline; null when the remote is (now) given up or the request failed. */
  private async request(method: 'GET' | 'HEAD' | 'PUT', key: string, body?: Buffer) {
    if (this.spec.down || (method === 'PUT' && this.spec.refused)) return null
    const headers: Record<string, string> = {authorization: `Bearer ${this.spec.token}`}
    if (body) headers['content-type'] = 'application/octet-stream'
    // A body gets 1 ms per kB on top (1 MB/s): a large upload on a slow link is not a hung server.
    const signal = AbortSignal.timeout(this.spec.timeoutMs + Math.ceil((body?.byteLength ?? 0) / 1000))
    try {
      return await fetch(this.address(key), {method, headers, body, signal})
    } catch (error) {
      this.failure(error, `${method} ${key.slice(0, 2)}…`)
      return null
    }
  }
  /** A 401 or 403: the token or team is wrong (or may not write). */
  private refusedBy(response: Response, method: string): boolean {
    if (response.status !== 401 && response.status !== 403) return false
    const why = `refused ${method === 'PUT' ? 'to store results' : 'access'} (${method} answered ${response.status} ${response.statusText}): check TURBO_TOKEN and TURBO_TEAM`
    this.giveUp(why, method === 'PUT')
    return true
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    const response = await this.request('GET', key)
    if (!response) return undefined
    if (response.status !== 200) {
      await response.body?.cancel()
      if (response.status !== 404 && !this.refusedBy(response, 'GET'))
        this.journal.fail(`GET answered ${response.status} ${response.statusText}`)
      return undefined
    }
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(await response.arrayBuffer())
    } catch (error) {
      this.failure(error, 'GET')
      return undefined
    }
    const opened = unseal(key, bytes)
    if (!opened.ok) {
      // Nothing to delete through the API: the result is made again and sent, replacing it.
      this.journal.damaged(key, opened.why)
      return undefined
    }
    this.journal.found(key)
    return opened.body
  }

  async has(key: string): Promise<boolean> {
    const response = await this.request('HEAD', key)
    if (!response) return false
    await response.body?.cancel()
    if (response.ok) this.journal.found(key)
    else if (response.status !== 404) this.refusedBy(response, 'HEAD')
    return response.ok
  }

  async reach(key: string): Promise<boolean> {
    return this.has(key)
  }

  /** Send a sealed body; true when the remote took it. */
  private async send(key: string, body: Buffer): Promise<boolean> {
    const response = await this.request('PUT', key, body)
    if (response) await response.body?.cancel()
    if (response?.ok) {
      this.journal.wrote(key)
      return true
    }
    if (response && !this.refusedBy(response, 'PUT'))
      this.journal.fail(`PUT answered ${response.status} ${response.statusText}`)
    this.journal.unwritten(key)
    return false
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    await this.putBytes(key, bytes)
  }

  /** True when the remote took it. */
  async putBytes(key: string, bytes: Uint8Array): Promise<boolean> {
    return this.send(key, Buffer.concat([seal(key, bytes), bytes]))
  }

  async putFile(key: string, file: string): Promise<boolean> {
    if (this.spec.down || this.spec.refused) {
      this.journal.unwritten(key)
      return false
    }
    let body: Buffer
    try {
      const size = (await stat(file)).size
      if (size > largestUpload) {
        this.journal.fail(`files above ${largestUpload / 1024 / 1024} MB are not sent`)
        this.journal.unwritten(key)
        return false
      }
      // One buffer: the seal's room, then the file read straight in after it.
      body = Buffer.allocUnsafe(sealSize + size)
      const handle = await open(file, 'r')
      try {
        let done = 0
        while (done < size) {
          const {bytesRead} = await handle.read(body, sealSize + done, size - done, done)
          if (bytesRead === 0) throw new Error(`${file} shrank while it was read`)
          done += bytesRead
        }
      } finally {
        await handle.close()
      }
      sealOf(size, startDigest(key).update(body.subarray(sealSize)).digest()).copy(body, 0)
    } catch (error) {
      this.journal.fail(`a file could not be read to be sent (${(error as Error).message})`)
      this.journal.unwritten(key)
      return false
    }
    return this.send(key, body)
  }

  async copyTo(key: string, to: string | null): Promise<number | null> {
    const bytes = await this.get(key)
    if (!bytes) return null
    if (to) {
      await rm(to, {force: true})
      await writeFile(to, bytes)
    }
    return bytes.byteLength
  }

  report(): StoreReport {
    return this.journal.take()
  }
}
