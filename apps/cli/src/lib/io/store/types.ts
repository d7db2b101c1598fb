/** The store's contract and what a store tells the build about itself. */

export interface Store {
  /** Where it is, for messages ("folder /x/.cache/store", "remote http://127.0.0.1:3000"). */
  readonly where: string
  /** The entry's bytes, verified against the seal they were stored with; undefined when missing or damaged. */
  get(key: string): Promise<Uint8Array | undefined>
  /** Keep `bytes` under `key`. `localOnly` keeps it off a remote (models: any machine can remake them). */
  put(key: string, bytes: Uint8Array, options?: {localOnly?: boolean}): Promise<void>
  /** Whether an entry is there (not verified: `get` and `copyTo` verify). */
  has(key: string): Promise<boolean>
  /**
   * Keep a file's bytes under `key` without reading them whole into memory where the store allows
   * (a folder streams them). False when it was not kept anywhere.
   */
  putFile(key: string, file: string): Promise<boolean>
  /**
   * Copy an entry's bytes into the file `to` (replaced, never written in place), streaming and
   * checking them on the way; with `to` null only check them. The size, or null when the entry is
   * missing or damaged (then it is discarded and `to` removed). Errors writing `to` are thrown.
   */
  copyTo(key: string, to: string | null): Promise<number | null>
  /**
   * Make sure the store itself holds an entry (for a remote: found there, or sent from the local
   * folder in front of it): what a shard must leave for the assembly. True when it does.
   */
  reach(key: string): Promise<boolean>
  /** What happened since the last call (damaged entries, failures, what reached the store); then forget it. */
  report(): StoreReport
}

/** A remote store as a worker thread reopens it. */
export interface RemoteSpec {
  url: string
  token: string
  team: string
  /** Milliseconds a request may take before the remote is given up (plus 1 ms per kB sent). */
  timeoutMs: number
  /** Set once the remote timed out, could not be reached or refused the token: it is not asked again. */
  down?: string
  /** Set once the remote refused a write (401/403): reads go on, writes are not tried again. */
  refused?: string
}

/** How a worker thread reopens the same store (stores are not transferable). */
export interface StoreSpec {
  folder: string
  remote: RemoteSpec | null
}

/** Why an entry was discarded: no seal (an older Dossier's, or damaged at its start), or bytes that do not match it. */
export type Damage = 'unsealed' | 'damaged'

/** What a store met, as it crosses from a worker to the main thread. `at` is the folder or the URL. */
export interface StoreReport {
  /** Entries that failed their check and were discarded. */
  damaged: Array<{at: string; key: string; why: Damage}>
  /** Operations that failed, by what happened. */
  failed: Array<{at: string; what: string; count: number}>
  /** A store given up for the rest of the build (`writes`: only writing was refused). */
  down: Array<{at: string; why: string; writes: boolean}>
  /** Keys written to the store itself (the remote, for a remote store). */
  written: string[]
  /** Keys found there, verified (or present, for `reach`). */
  found: string[]
  /** Keys that were to be written there and were not. */
  unwritten: string[]
}

/** An empty report. */
export function emptyReport(): StoreReport {
  return {damaged: [], failed: [], down: [], written: [], found: [], unwritten: []}
}
