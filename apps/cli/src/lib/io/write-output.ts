/**
 * Replace one format's output folder as a whole: files go to a temporary folder beside it,
 * then two renames swap it in. A build killed at any moment leaves the old folder or the new one;
 * if it dies between the renames, the next build restores the old folder before starting.
 */
import {mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {OutputFile} from '@dossier/core'

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

/** Write `files` as the new contents of `outDir/folder`, atomically per folder. */
export async function writeFolder(outDir: string, folder: string, files: OutputFile[]): Promise<void> {
  await mkdir(outDir, {recursive: true})
  await recoverInterrupted(outDir, folder)
  const target = path.join(outDir, folder)
  const temp = await mkdtemp(path.join(outDir, `.${folder}.new-`))
  try {
    for (const file of files) {
      const full = safeJoin(temp, file.path)
      await mkdir(path.dirname(full), {recursive: true})
      await writeFile(full, file.contents)
    }
  } catch (error) {
    await rm(temp, {recursive: true, force: true})
    throw error
  }
  const old = path.join(outDir, `.${folder}.old-${path.basename(temp).slice(-6)}`)
  const hadOld = await exists(target)
  if (hadOld) await rename(target, old)
  await rename(temp, target)
  if (hadOld) await rm(old, {recursive: true, force: true})
}

/**
 * A format's next output folder, filled file by file while a build runs (`dir`), then swapped in
 * as a whole by `commit` (two renames, as `writeFolder` does) or thrown away by `discard`.
 */
export interface Staging {
  dir: string
  commit(): Promise<void>
  discard(): Promise<void>
}

/** Start the next version of `outDir/folder` beside it. */
export async function createStaging(outDir: string, folder: string): Promise<Staging> {
  await mkdir(outDir, {recursive: true})
  await recoverInterrupted(outDir, folder)
  const target = path.join(outDir, folder)
  const dir = await mkdtemp(path.join(outDir, `.${folder}.new-`))
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

/** Read every file below a folder (for attachments), with paths prefixed by `prefix/`. */
export async function readFolder(dir: string, prefix: string): Promise<OutputFile[]> {
  const out: OutputFile[] = []
  const visit = async (rel: string): Promise<void> => {
    const entries = await readdir(path.join(dir, rel), {withFileTypes: true}).catch(() => [])
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory()) await visit(child)
      else if (entry.isFile())
        out.push({path: `${prefix}/${child}`, contents: new Uint8Array(await readFile(path.join(dir, child)))})
    }
  }
  await visit('')
  return out
}
