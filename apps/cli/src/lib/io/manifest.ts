/**
 * Manifests of SHA-256 sums, in the format of GNU coreutils' `sha256sum` (one line per file:
 * 64 lowercase hex digits, two spaces, the path relative to the manifest's folder, `/` separators),
 * so that `sha256sum -c SHA256SUMS` checks an output folder without Dossier. A build writes one at
 * the root of its output folder (every file of every format folder) and one inside `site/` (the
 * folder a web server publishes, its downloads included); `dossier verify` reads either, from a
 * file or a URL.
 */
import {readFile, rename, writeFile} from 'node:fs/promises'
import path from 'node:path'

/** The manifest's file name, as coreutils and most download pages name it. */
export const manifestName = 'SHA256SUMS'

/** A manifest: path (relative to its folder) → sha256 in lowercase hex. */
export type Manifest = Map<string, string>

const line = /^([0-9a-f]{64}) [ *](.+)$/

/**
 * The manifest's text: one line per file, sorted by path (code unit order), each ending in `\n`.
 * Throws for a path coreutils would have to escape (a newline or a backslash): Dossier's paths are
 * made from slugs and never hold either.
 */
export function formatManifest(files: Iterable<[string, string]>): string {
  const sorted = [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return sorted
    .map(([file, sha256]) => {
      if (/[\n\\]/.test(file))
        throw new Error(
          `cannot list ${JSON.stringify(file)} in ${manifestName}: the path holds a newline or a backslash`
        )
      if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`expected a sha256 in hex for ${file}, got ${sha256}`)
      return `${sha256}  ${file}\n`
    })
    .join('')
}

/**
 * Read a manifest's text; `where` names it in errors. Blank lines are skipped; any other line that
 * is not `<64 hex digits> <space or *><path>` throws an error naming `where` and the line number.
 */
export function parseManifest(text: string, where: string): Manifest {
  const manifest: Manifest = new Map()
  for (const [index, raw] of text.split('\n').entries()) {
    const entry = raw.replace(/\r$/, '')
    if (entry.trim() === '') continue
    const match = line.exec(entry)
    if (!match)
      throw new Error(
        `${where}:${index + 1}: expected "<sha256 in hex>  <path>" (the format of sha256sum), got ${JSON.stringify(entry.slice(0, 80))}`
      )
    manifest.set(match[2]!, match[1]!)
  }
  return manifest
}

/**
 * Write `dir/SHA256SUMS` listing `files` (path → sha256), atomically: a reader sees the old manifest
 * or the new one. A manifest that already says exactly this is left alone (a build that changed
 * nothing touches nothing).
 */
export async function writeManifest(dir: string, files: Iterable<[string, string]>): Promise<void> {
  const target = path.join(dir, manifestName)
  const text = formatManifest(files)
  if ((await readFile(target, 'utf8').catch(() => null)) === text) return
  const temp = `${target}.${process.pid}.tmp`
  await writeFile(temp, text)
  await rename(temp, target)
}
