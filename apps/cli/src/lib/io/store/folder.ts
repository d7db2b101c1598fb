/**
 * A store in a folder (`--store DIR`, default `<out>/.cache/store`): `<dir>/<two hex digits>/<key>`,
 * each file a sealed entry (`seal.ts`), written atomically (temp file + rename) and checked on
 * every read; an entry that fails its check is deleted, so the build makes it again and puts it back.
 */
import {createReadStream, createWriteStream} from 'node:fs'
import {type FileHandle, mkdir, open, readdir, readFile, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {pipeline} from 'node:stream/promises'
import {threadId} from 'node:worker_threads'
import {Journal} from './journal.js'
import {readSeal, seal, sealOf, sealSize, startDigest, unseal} from './seal.js'
import type {Damage, Store, StoreReport} from './types.js'

const keyRe = /^[a-z]+-[0-9a-f]{64}$/

/** The key, if well formed; throws otherwise (keys become file names). */
export function checkKey(key: string): string {
  if (!keyRe.test(key)) throw new Error(`store: malformed key "${key}"`)
  return key
}

let temps = 0

export class FolderStore implements Store {
  readonly where: string
  private readonly journal: Journal
  constructor(readonly dir: string) {
    this.where = `folder ${dir}`
    this.journal = new Journal(dir)
  }
  private file(key: string): string {
    checkKey(key)
    const hex = key.slice(key.indexOf('-') + 1)
    return path.join(this.dir, hex.slice(0, 2), key)
  }
  private temp(file: string): string {
    return `${file}.${process.pid}-${threadId}-${temps++}.tmp`
  }
  /** Forget a damaged entry, so that the next `put` writes it again (and `has` no longer says yes). */
  private async discard(key: string, why: Damage): Promise<null> {
    await rm(this.file(key), {force: true}).catch(() => {})
    this.journal.damaged(key, why)
    return null
  }
  /** A read that failed: a missing entry is a miss, anything else is also worth saying. */
  private unreadable(error: unknown): null {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'ENOENT' && code !== 'ENOTDIR') this.journal.fail(`an entry could not be read (${code ?? error})`)
    return null
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    const bytes = await readFile(this.file(key)).catch((error) => this.unreadable(error))
    if (!bytes) return undefined
    const opened = unseal(key, bytes)
    if (!opened.ok) return (await this.discard(key, opened.why)) ?? undefined
    this.journal.found(key)
    return opened.body
  }

  async has(key: string): Promise<boolean> {
    return stat(this.file(key)).then(
      () => true,
      () => false
    )
  }

  async reach(key: string): Promise<boolean> {
    return this.has(key)
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const file = this.file(key)
    const temp = this.temp(file)
    try {
      await mkdir(path.dirname(file), {recursive: true})
      await writeFile(temp, [seal(key, bytes), bytes])
      await rename(temp, file)
      this.journal.wrote(key)
    } catch (error) {
      // A full disk here must not fail the build: the entry is not kept, and the build says so.
      await rm(temp, {force: true})
      this.failedWrite(key, error)
    }
  }

  async putFile(key: string, from: string): Promise<boolean> {
    if ((await this.copyTo(key, null)) !== null) return true
    const file = this.file(key)
    const temp = this.temp(file)
    try {
      await mkdir(path.dirname(file), {recursive: true})
      const handle = await open(temp, 'w')
      try {
        // The bytes after a placeholder, hashed on the way; then the seal in front.
        const digest = startDigest(key)
        let position = sealSize
        for await (const chunk of createReadStream(from) as AsyncIterable<Buffer>) {
          digest.update(chunk)
          await writeAll(handle, chunk, position)
          position += chunk.byteLength
        }
        await writeAll(handle, sealOf(position - sealSize, digest.digest()), 0)
      } finally {
        await handle.close()
      }
      await rename(temp, file)
      this.journal.wrote(key)
      return true
    } catch (error) {
      await rm(temp, {force: true})
      this.failedWrite(key, error)
      return false
    }
  }

  async copyTo(key: string, to: string | null): Promise<number | null> {
    const file = this.file(key)
    let head: Buffer
    let size: number
    try {
      const handle = await open(file, 'r')
      try {
        size = (await handle.stat()).size
        head = Buffer.alloc(sealSize)
        head = head.subarray(0, (await handle.read(head, 0, sealSize, 0)).bytesRead)
      } finally {
        await handle.close()
      }
    } catch (error) {
      return this.unreadable(error)
    }
    const found = readSeal(head)
    if (!found) return this.discard(key, 'unsealed')
    if (found.length !== size - sealSize) return this.discard(key, 'damaged')
    const digest = startDigest(key)
    let length = 0
    const checked = async function* (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        digest.update(chunk)
        length += chunk.byteLength
        yield chunk
      }
    }
    const body = createReadStream(file, {start: sealSize})
    // Which side failed: reading the store is a lost entry, writing `to` is the caller's error.
    let unreadable: unknown = null
    body.on('error', (error) => {
      unreadable = error
    })
    try {
      if (to) {
        // Never written in place: `to` may be a hard link to a published file.
        await rm(to, {force: true})
        await pipeline(body, checked, createWriteStream(to))
      } else for await (const _ of checked(body));
    } catch (error) {
      if (to && error !== unreadable) throw error
      if (to) await rm(to, {force: true})
      return this.unreadable(error)
    }
    if (length !== found.length || !digest.digest().equals(found.digest)) {
      if (to) await rm(to, {force: true})
      return this.discard(key, 'damaged')
    }
    this.journal.found(key)
    return length
  }

  report(): StoreReport {
    return this.journal.take()
  }

  private failedWrite(key: string, error: unknown): void {
    const e = error as NodeJS.ErrnoException
    this.journal.fail(`results could not be written into it (${e.code ?? e.message})`)
    this.journal.unwritten(key)
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

/** Write all of `bytes` at `position` (a write may take fewer). */
async function writeAll(handle: FileHandle, bytes: Buffer, position: number): Promise<void> {
  let done = 0
  while (done < bytes.byteLength) {
    const {bytesWritten} = await handle.write(bytes, done, bytes.byteLength - done, position + done)
    done += bytesWritten
  }
}
