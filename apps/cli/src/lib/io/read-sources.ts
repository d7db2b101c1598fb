/**
 * Read the sources folder: every `.txt`/`.md`/`.html` file (recursively, not following symlinked
 * folders, so a symlink loop cannot hang the build), its optional `NAME.meta.yaml`, and
 * `collection.yaml`. Files that cannot be read become messages; the others still publish.
 *
 * A build reads only its own folder: a symbolic link to a file outside it is refused
 * (`input/outside-link`). YAML files are decoded as sources are (UTF-8 or UTF-16, core's
 * `decodeYamlFile`): invalid UTF-8 is an error naming the file and line, never replaced silently.
 * A sidecar with no source beside it is a warning naming it (`input/orphan-sidecar`).
 */
import {readdir, readFile, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import type {CorpusInput, Message, SourceInput} from '@dossier/core'
import {decodeYamlFile, messageAt} from '@dossier/core'

export interface ReadSources extends CorpusInput {
  problems: Message[]
}

const sourceFile = /\.(?:txt|md|markdown|html?)$/i
const sidecar = /\.meta\.yaml$/i

/** Read everything under `dir`; throws only when the folder itself is missing or unreadable. */
export async function readSources(dir: string): Promise<ReadSources> {
  const info = await stat(dir).catch(() => null)
  if (!info?.isDirectory()) throw new Error(`sources folder "${dir}" does not exist or is not a folder`)
  const problems: Message[] = []
  const files = await walk(dir, '', problems, 0, await realpath(dir))
  const sources: SourceInput[] = []
  const names = new Set(files)
  const unreadable = (rel: string, error: unknown) =>
    messageAt(
      rel,
      'input/unreadable',
      `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      null,
      'error'
    )
  const sourcePaths = files.filter((f) => sourceFile.test(f)).sort()
  for (const rel of sourcePaths) {
    try {
      const bytes = new Uint8Array(await readFile(path.join(dir, rel)))
      const metaPath = rel.replace(sourceFile, '.meta.yaml')
      let meta: SourceInput['meta'] = null
      if (names.has(metaPath)) {
        const decoded = decodeYamlFile(metaPath, new Uint8Array(await readFile(path.join(dir, metaPath))))
        if (!decoded.ok) {
          problems.push({...decoded.error, message: `${decoded.error.message}; ${rel} is not published until it is`})
          continue
        }
        meta = {path: metaPath, text: decoded.text}
      }
      sources.push({path: rel, bytes, meta})
    } catch (error) {
      problems.push(unreadable(rel, error))
    }
  }
  const withSource = new Set(sourcePaths.map((rel) => rel.replace(sourceFile, '')))
  for (const rel of files.filter((f) => sidecar.test(f)).sort())
    if (!withSource.has(rel.replace(sidecar, '')))
      problems.push(
        messageAt(
          rel,
          'input/orphan-sidecar',
          `has no source beside it (${path.posix.basename(rel.replace(sidecar, ''))}.txt, .md or .html): it is not used`,
          null
        )
      )
  let collection: ReadSources['collection'] = null
  if (names.has('collection.yaml')) {
    try {
      const decoded = decodeYamlFile(
        'collection.yaml',
        new Uint8Array(await readFile(path.join(dir, 'collection.yaml')))
      )
      if (decoded.ok) collection = {path: 'collection.yaml', text: decoded.text}
      else problems.push({...decoded.error, message: `${decoded.error.message}; the collection's defaults are used`})
    } catch (error) {
      problems.push(unreadable('collection.yaml', error))
    }
  }
  return {sources, collection, problems}
}

/** Relative paths of regular files below `dir`, `/`-separated. */
async function walk(
  root: string,
  rel: string,
  problems: Message[],
  depth: number,
  realRoot: string
): Promise<string[]> {
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
    if (entry.isDirectory()) out.push(...(await walk(root, child, problems, depth + 1, realRoot)))
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
      const real = target?.isFile() ? await realpath(path.join(root, child)).catch(() => null) : null
      if (real && !real.startsWith(`${realRoot}${path.sep}`))
        problems.push(
          messageAt(
            child,
            'input/outside-link',
            'is a symbolic link to a file outside the sources folder and is not read (a build reads only its own folder: copy the file in)',
            null,
            'error'
          )
        )
      else if (target?.isFile()) out.push(child)
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
