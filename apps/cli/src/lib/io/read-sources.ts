/**
 * Read the sources folder: every `.txt`/`.md`/`.html` file (recursively, not following symlinked
 * folders, so a symlink loop cannot hang the build), its optional `NAME.meta.yaml`, and
 * `collection.yaml`. Files that cannot be read become messages; the others still publish.
 */
import {readdir, readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import type {CorpusInput, Message, SourceInput} from '@dossier/core'
import {messageAt} from '@dossier/core'

export interface ReadSources extends CorpusInput {
  problems: Message[]
}

const sourceFile = /\.(?:txt|md|markdown|html?)$/i

/** Read everything under `dir`; throws only when the folder itself is missing or unreadable. */
export async function readSources(dir: string): Promise<ReadSources> {
  const info = await stat(dir).catch(() => null)
  if (!info?.isDirectory()) throw new Error(`sources folder "${dir}" does not exist or is not a folder`)
  const problems: Message[] = []
  const files = await walk(dir, '', problems, 0)
  const sources: SourceInput[] = []
  const names = new Set(files)
  for (const rel of files.filter((f) => sourceFile.test(f)).sort()) {
    try {
      const bytes = new Uint8Array(await readFile(path.join(dir, rel)))
      const metaPath = rel.replace(sourceFile, '.meta.yaml')
      const meta = names.has(metaPath) ? {path: metaPath, text: await readFile(path.join(dir, metaPath), 'utf8')} : null
      sources.push({path: rel, bytes, meta})
    } catch (error) {
      problems.push(
        messageAt(
          rel,
          'input/unreadable',
          `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
          null,
          'error'
        )
      )
    }
  }
  const collectionText = names.has('collection.yaml') ? await readFile(path.join(dir, 'collection.yaml'), 'utf8') : null
  return {
    sources,
    collection: collectionText === null ? null : {path: 'collection.yaml', text: collectionText},
    problems
  }
}

/** Relative paths of regular files below `dir`, `/`-separated. */
async function walk(root: string, rel: string, problems: Message[], depth: number): Promise<string[]> {
  if (depth > 16) {
    problems.push(messageAt(rel, 'input/too-deep', 'folders nested deeper than 16 levels are not read', null, 'error'))
    return []
  }
  const entries = await readdir(path.join(root, rel), {withFileTypes: true}).catch((error: NodeJS.ErrnoException) => {
    problems.push(messageAt(rel || '.', 'input/unreadable', `folder cannot be read: ${error.code}`, null, 'error'))
    return []
  })
  const out: string[] = []
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const child = rel ? `${rel}/${entry.name}` : entry.name
    if (entry.isDirectory()) out.push(...(await walk(root, child, problems, depth + 1)))
    else if (entry.isFile()) out.push(child)
    else if (!entry.isSymbolicLink() && sourceFile.test(entry.name)) {
      // A FIFO or device named like a source would block or never end: report it, do not read it.
      problems.push(
        messageAt(
          child,
          'input/not-a-file',
          'is not a regular file (a pipe, socket or device) and is not read',
          null,
          'error'
        )
      )
    } else if (entry.isSymbolicLink()) {
      // Follow links to files only; a linked folder could loop.
      const target = await stat(path.join(root, child)).catch(() => null)
      if (target?.isFile()) out.push(child)
      else if (!target)
        problems.push(messageAt(child, 'input/broken-link', 'symbolic link points nowhere (or loops)', null, 'error'))
      else if (sourceFile.test(child) || target.isDirectory())
        problems.push(
          messageAt(child, 'input/linked-folder', 'symbolic links to folders are not followed', null, 'warning')
        )
    }
  }
  return out
}
