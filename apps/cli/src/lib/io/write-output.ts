/**
 * Replace one format's output folder as a whole: files go to a temporary folder beside it,
 * then two renames swap it in. A build killed at any moment leaves the old folder or the new one;
 * if it dies between the renames, the next build restores the old folder before starting.
 */
import {createHash} from 'node:crypto'
import {createReadStream} from 'node:fs'
import {randomBytes} from 'node:crypto'
import {mkdir, readdir, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {Attachment, OutputFile} from '@dossier/core'

/** Reject paths that would escape the output folder. */
export function safeJoin(root: string, rel: string): string {
  const normalized = path.posix.normalize(rel)
  if (
    normalized.startsWith('../') ||
    normalized === '..' ||
    path.posix.isAbsolute(normalized) ||
    rel.includes('\\') ||
    rel.includes('\0')
  ) {
    throw new Error(`refusing to write outside the output folder: "${rel}"`)
  }
  return path.join(root, normalized)
}

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false
  )

/** Undo a swap that was interrupted: an `.old` folder without its replacement is put back. */
export async function recoverInterrupted(outDir: string, folder: string): Promise<void> {
  const target = path.join(outDir, folder)
  const leftovers = (await readdir(outDir).catch(() => [] as string[])).filter((name) => name.startsWith(`.${folder}.`))
  for (const name of leftovers.sort()) {
    const full = path.join(outDir, name)
    if (name.startsWith(`.${folder}.old-`) && !(await exists(target))) await rename(full, target)
    else await rm(full, {recursive: true, force: true})
  }
}

/** Write `files` as the new contents of `outDir/folder`, atomically per folder (a `Staging` filled at once). */
export async function writeFolder(outDir: string, folder: string, files: OutputFile[]): Promise<void> {
  const staging = await createStaging(outDir, folder)
  try {
    for (const file of files) {
      const full = safeJoin(staging.dir, file.path)
      await mkdir(path.dirname(full), {recursive: true})
      await writeFile(full, file.contents)
    }
  } catch (error) {
    await staging.discard()
    throw error
  }
  await staging.commit()
}

/**
 * A format's next output folder, filled file by file while a build runs (`dir`), then swapped in
 * as a whole by `commit` (two renames: a build killed between them leaves `.<folder>.old-*`, which
 * `recoverInterrupted` puts back) or thrown away by `discard`.
 */
export interface Staging {
  dir: string
  commit(): Promise<void>
  discard(): Promise<void>
}

/**
 * A new empty folder `.<folder>.new-XXXXXX` in `outDir`, made by `mkdir` so that its mode follows the
 * umask like any folder the user makes: `mkdtemp` makes 0700 folders, and a published `site/` that
 * only its owner can read is a 403 from the web server that serves it. The six characters are
 * random (a name, never an output byte); a name already taken is tried again.
 */
async function makeStagingDir(outDir: string, folder: string): Promise<string> {
  for (;;) {
    const dir = path.join(outDir, `.${folder}.new-${randomBytes(3).toString('hex')}`)
    try {
      await mkdir(dir)
      return dir
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
}

/** Start the next version of `outDir/folder` beside it. */
export async function createStaging(outDir: string, folder: string): Promise<Staging> {
  await mkdir(outDir, {recursive: true})
  await recoverInterrupted(outDir, folder)
  const target = path.join(outDir, folder)
  const dir = await makeStagingDir(outDir, folder)
  let done = false
  return {
    dir,
    async commit() {
      if (done) return
      const old = path.join(outDir, `.${folder}.old-${path.basename(dir).slice(-6)}`)
      const hadOld = await exists(target)
      if (hadOld) await rename(target, old)
      await rename(dir, target)
      done = true
      if (hadOld) await rm(old, {recursive: true, force: true})
    },
    async discard() {
      if (done) return
      done = true
      await rm(dir, {recursive: true, force: true})
    }
  }
}

/**
 * Every file below a folder, by path relative to it (`/` separators, sorted) and size in bytes; an
 * empty list when the folder does not exist. For an earlier build's output (`--format html` links
 * the existing EPUB and PDF files) and for checking a folder still holds what the last build wrote.
 */
export async function listFolder(dir: string): Promise<Attachment[]> {
  const out: Attachment[] = []
  const visit = async (rel: string): Promise<void> => {
    const entries = await readdir(path.join(dir, rel), {withFileTypes: true}).catch(() => [])
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory()) await visit(child)
      else if (entry.isFile()) out.push({path: child, bytes: (await stat(path.join(dir, child))).size})
    }
  }
  await visit('')
  return out
}

/**
 * The sha256 (hex) of every file below a folder, by relative path (`/` separators, sorted); files
 * are streamed, never read whole. `known` maps a file's identity (`fileIdentity`) to a hash already
 * computed in this build, so a file hard-linked from the previous output is not read twice; it is
 * filled as files are hashed. An empty record when the folder does not exist.
 */
export async function hashFolder(dir: string, known: Map<string, string> = new Map()): Promise<Record<string, string>> {
  return (await hashFolderSeen(dir, known)).files
}

/**
 * `hashFolder`, with each file's identity when it was hashed (`seen`, by the same paths): what a
 * later build compares with the file's identity then to know it unchanged without reading it.
 */
export async function hashFolderSeen(
  dir: string,
  known: Map<string, string> = new Map()
): Promise<{files: Record<string, string>; seen: Record<string, string>}> {
  const files: Record<string, string> = {}
  const seen: Record<string, string> = {}
  for (const file of await listFolder(dir)) {
    const hashed = await hashFileSeen(path.join(dir, file.path), known)
    files[file.path] = hashed.sha256
    seen[file.path] = hashed.identity
  }
  return {files, seen}
}

/**
 * A file's identity: device, inode, size and modification time (ns). Writing a file changes its
 * time; hard-linking or renaming it changes none of the four.
 */
export function identityOf(info: {dev: bigint; ino: bigint; size: bigint; mtimeNs: bigint}): string {
  return `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}`
}

/** The identity (`identityOf`) of one file as it is now, and its modification time (ns). */
export async function fileIdentity(file: string): Promise<{identity: string; mtimeNs: bigint}> {
  const info = await stat(file, {bigint: true})
  return {identity: identityOf(info), mtimeNs: info.mtimeNs}
}

/** sha256 (hex) of one file's bytes, streamed; see `hashFolder` for `known`. */
export async function hashFile(file: string, known: Map<string, string> = new Map()): Promise<string> {
  return (await hashFileSeen(file, known)).sha256
}

/** `hashFile` with the file's identity, taken before its bytes were read (a later write changes it). */
async function hashFileSeen(file: string, known: Map<string, string>): Promise<{sha256: string; identity: string}> {
  const {identity} = await fileIdentity(file)
  const cached = known.get(identity)
  if (cached) return {sha256: cached, identity}
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  const digest = hash.digest('hex')
  known.set(identity, digest)
  return {sha256: digest, identity}
}

/** Say what went wrong writing, in words, with the system's code. */
export function describeWriteError(error: {code?: string | null; path?: string | null; message: string}): string {
  const e = error
  const words: Record<string, string> = {
    ENOSPC: 'no space left on the device',
    EROFS: 'the output folder is on a read-only file system',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EDQUOT: 'disk quota exceeded',
    ENOTDIR: 'a path in the output folder is a file, not a folder'
  }
  return e.code && words[e.code]
    ? `${words[e.code]} (${e.code}${e.path ? ` at ${publishedPath(e.path)}` : ''})`
    : e.message
}

/**
 * A path inside a staging folder (`out/.site.new-1a2b3c/x.html`, see `createStaging`) as the path it
 * is published at (`out/site/x.html`): messages name what the user will find, not a folder that is
 * gone once the build ends. Other paths are returned as they are.
 */
export function publishedPath(file: string): string {
  return file.replace(/(^|[/\\])\.([a-z]+)\.new-[0-9a-f]+(?=[/\\]|$)/, '$1$2')
}
