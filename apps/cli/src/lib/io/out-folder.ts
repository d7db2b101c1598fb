/**
 * Dossier owns its output folder, and only it (issue 21).
 *
 * - **Ownership.** A build writes only into a folder that does not exist yet, that is empty, or
 *   that carries Dossier's marker file (`.dossier-output.json`, written when the folder is first
 *   claimed). Anything else is refused before a single file is touched: `--out ~` or `--out /`
 *   never replaces someone's `pdf/` folder. A folder an earlier Dossier wrote before the marker
 *   existed (only Dossier's own entries, and its `.cache/state.json`) is adopted.
 * - **Separation.** `--out` inside `--sources`, the reverse, or the two the same folder are refused
 *   (symbolic links resolved): the output would be read back as sources, and under `dossier dev`
 *   every rebuild would start another.
 * - **One build at a time.** `.dossier-lock` is created exclusively (a hard link of a complete
 *   temporary file, so it is never seen half-written) and holds the pid and host of its build,
 *   which touches it every few seconds. A lock whose build is gone — the pid is not alive on this
 *   host, or on another host it has not been touched for two minutes — is stale and taken over, so
 *   a crashed build never leaves the folder locked for good.
 */
import {randomUUID} from 'node:crypto'
import {manifestName} from './manifest.js'
import {link, lstat, mkdir, readdir, readFile, realpath, rename, rm, stat, utimes, writeFile} from 'node:fs/promises'
import {readFileSync, unlinkSync} from 'node:fs'
import {hostname} from 'node:os'
import path from 'node:path'

/** The marker file's name and its whole contents (fixed bytes: no clock, so builds stay reproducible). */
export const markerName = '.dossier-output.json'
const markerBody = `${JSON.stringify(
  {
    format: 'dossier-output',
    version: 1,
    about:
      'This folder is written by Dossier (dossier build). Dossier replaces its site/, epub/, pdf/ and dataset/ folders and .cache/ on every build; it writes into no folder without this file, unless the folder is new or empty.'
  },
  null,
  2
)}\n`

export const lockName = '.dossier-lock'

/** How often a running build touches its lock, and when a lock from another host counts as stale (ms). */
const heartbeat = 5_000
const staleAfter = 120_000

/** A refusal that is the user's to resolve; `exitCode` 2 for a wrong command line, 1 for a busy folder. */
export class OutputRefused extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2
  ) {
    super(message)
    this.name = 'OutputRefused'
  }
}

/** Entries a Dossier output folder may hold besides its marker (folders of formats, caches, staging). */
function isOwnEntry(name: string, folders: readonly string[]): boolean {
  if (name === '.cache' || name === markerName || name === manifestName || isTransient(name)) return true
  if (folders.includes(name)) return true
  return folders.some((folder) => name.startsWith(`.${folder}.new-`) || name.startsWith(`.${folder}.old-`))
}

/**
 * What a Dossier starting a build into the folder leaves for a moment: its marker and manifest
 * before their rename, its lock and the lock's temporary and stale names. A second build started
 * at the same time sees them before the marker exists; the lock, not the claim, decides which of
 * the two writes (taken for a foreign folder, the second build was refused as if the folder were
 * the user's).
 */
function isTransient(name: string): boolean {
  if (name === lockName || name.startsWith(`${lockName}.`)) return true
  return [markerName, manifestName].some((own) => name.startsWith(`${own}.`) && name.endsWith('.tmp'))
}

/** `p` with symbolic links resolved, for a path that may not exist yet (its nearest existing ancestor is resolved). */
async function resolveReal(p: string): Promise<string> {
  const absolute = path.resolve(p)
  const rest: string[] = []
  let current = absolute
  for (;;) {
    try {
      return path.join(await realpath(current), ...rest.reverse())
    } catch {
      const parent = path.dirname(current)
      if (parent === current) return absolute
      rest.push(path.basename(current))
      current = parent
    }
  }
}

/** True when `inner` is `outer` or below it. */
function within(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/**
 * Refuse an output folder that overlaps the sources folder (or a store folder that lies inside the
 * sources). Paths are compared with symbolic links resolved. Throws `OutputRefused` (exit code 2).
 */
export async function checkSeparate(sources: string, out: string, store?: string): Promise<void> {
  const [src, dst] = await Promise.all([resolveReal(sources), resolveReal(out)])
  if (src === dst)
    throw new OutputRefused(`--out and --sources are the same folder (${dst}); choose another output folder`, 2)
  if (within(dst, src))
    throw new OutputRefused(
      `--out ${out} is inside the sources folder ${sources}: the output would be read back as sources; choose a folder outside it`,
      2
    )
  if (within(src, dst))
    throw new OutputRefused(
      `the sources folder ${sources} is inside --out ${out}: a build replaces what is in its output folder; keep sources outside it`,
      2
    )
  if (store && !/^https?:\/\//i.test(store) && within(await resolveReal(store), src))
    throw new OutputRefused(`--store ${store} is inside the sources folder ${sources}; choose a folder outside it`, 2)
}

/**
 * Make sure Dossier may write into `out`: create it (and its marker) when new or empty, accept it
 * when it holds the marker, adopt an unmarked folder an earlier Dossier wrote, refuse anything else.
 * `folders` are the formats' folder names (`site`, `epub`, …). Returns a note when a folder was adopted.
 * Throws `OutputRefused` (exit code 2) naming the folder and a few of its entries.
 */
export async function claimOutput(out: string, folders: readonly string[]): Promise<string | null> {
  const info = await lstat(out).catch(() => null)
  if (info && !info.isDirectory())
    throw new OutputRefused(`--out ${out} is not a folder; choose a new or empty folder`, 2)
  if (!info) {
    await mkdir(out, {recursive: true})
    await writeMarker(out)
    return null
  }
  const entries = await readdir(out)
  if (entries.includes(markerName)) {
    const body = await readFile(path.join(out, markerName), 'utf8').catch(() => '')
    let ok = false
    try {
      ok = (JSON.parse(body) as {format?: unknown}).format === 'dossier-output'
    } catch {}
    if (ok) return null
    throw new OutputRefused(
      `--out ${out} holds a ${markerName} that Dossier did not write; choose a new or empty folder`,
      2
    )
  }
  if (entries.length === 0) {
    await writeMarker(out)
    return null
  }
  const foreign = entries.filter((name) => !isOwnEntry(name, folders)).sort()
  const madeByDossier = await stat(path.join(out, '.cache', 'state.json')).then(
    (s) => s.isFile(),
    () => false
  )
  if (foreign.length === 0 && entries.every(isTransient)) {
    await writeMarker(out)
    return null
  }
  if (foreign.length === 0 && madeByDossier) {
    await writeMarker(out)
    return `${out}: an output folder of an earlier Dossier, now marked as Dossier's (${markerName})`
  }
  const shown = (foreign.length > 0 ? foreign : entries.sort()).slice(0, 5).map((name) => JSON.stringify(name))
  const more = (foreign.length > 0 ? foreign : entries).length > 5 ? ', …' : ''
  throw new OutputRefused(
    `refusing to write into ${out}: it is not empty (${shown.join(', ')}${more}) and Dossier did not make it (no ${markerName}). A build replaces the site/, epub/, pdf/ and dataset/ folders of its output folder: choose a new or empty folder`,
    2
  )
}

async function writeMarker(out: string): Promise<void> {
  const temp = path.join(out, `${markerName}.${process.pid}.tmp`)
  await writeFile(temp, markerBody)
  await rename(temp, path.join(out, markerName))
}

/** The lock of one build on an output folder. */
export interface OutputLock {
  release(): Promise<void>
}

interface LockBody {
  pid: number
  host: string
  token: string
}

/**
 * Take `<out>/.dossier-lock` for this build, taking over a stale one. Throws `OutputRefused`
 * (exit code 1) when another live build holds it, naming its pid and host.
 */
export async function lockOutput(out: string): Promise<OutputLock> {
  const file = path.join(out, lockName)
  const body: LockBody = {pid: process.pid, host: hostname(), token: randomUUID()}
  const temp = path.join(out, `${lockName}.${body.token}.tmp`)
  await writeFile(temp, `${JSON.stringify(body)}\n`)
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await link(temp, file)
        return held(file, body)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
      const holder = await readLock(file)
      if (holder && !(await isStale(file, holder)))
        throw new OutputRefused(
          `another build is writing to ${out} (pid ${holder.pid} on ${holder.host}); wait for it to finish. If no build is running, remove ${file}`,
          1
        )
      // Stale: move it aside (only one contender succeeds), then try again.
      await rename(file, `${file}.stale-${body.token}`).then(
        () => rm(`${file}.stale-${body.token}`, {force: true}),
        () => {}
      )
    }
    throw new OutputRefused(`could not take the lock ${file}: other builds keep taking it; try again`, 1)
  } finally {
    await rm(temp, {force: true})
  }
}

async function readLock(file: string): Promise<LockBody | null> {
  try {
    const body = JSON.parse(await readFile(file, 'utf8')) as Partial<LockBody>
    return typeof body.pid === 'number' && typeof body.host === 'string' && typeof body.token === 'string'
      ? (body as LockBody)
      : null
  } catch {
    return null
  }
}

/** A lock is stale when its process is gone (same host) or it has not been touched for `staleAfter` (other hosts). */
async function isStale(file: string, holder: LockBody): Promise<boolean> {
  if (holder.host === hostname()) {
    if (holder.pid === process.pid) return false
    try {
      process.kill(holder.pid, 0)
      return false
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ESRCH'
    }
  }
  const touched = await stat(file).then(
    (s) => s.mtimeMs,
    () => 0
  )
  return Date.now() - touched > staleAfter
}

/** Locks this process holds: removed on exit too (`dossier build` interrupted with Ctrl-C exits at once). */
const holding = new Map<string, string>()
let exitHook = false

function releaseOnExit(): void {
  for (const [file, token] of holding)
    try {
      if ((JSON.parse(readFileSync(file, 'utf8')) as LockBody).token === token) unlinkSync(file)
    } catch {}
}

function held(file: string, body: LockBody): OutputLock {
  holding.set(file, body.token)
  if (!exitHook) {
    exitHook = true
    process.once('exit', releaseOnExit)
  }
  const timer = setInterval(() => {
    const now = new Date()
    utimes(file, now, now).catch(() => {})
  }, heartbeat)
  timer.unref()
  let released = false
  return {
    async release() {
      if (released) return
      released = true
      clearInterval(timer)
      holding.delete(file)
      // Only our own lock is removed (a build that lost it to a takeover leaves the new one alone).
      const holder = await readLock(file)
      if (holder?.token === body.token) await rm(file, {force: true})
    }
  }
}
