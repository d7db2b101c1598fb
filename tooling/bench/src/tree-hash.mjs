/**
 * Byte comparison of two output folders: the SHA-256 of every file (streamed, so a large briefing
 * PDF is never held whole), keyed by its path relative to the folder, leaving out named folders
 * (the content-addressed store in `.cache`).
 */
import {createHash} from 'node:crypto'
import {createReadStream, existsSync, readdirSync} from 'node:fs'
import path from 'node:path'

/** List the files under `dir` as paths relative to it ('/'-separated, sorted), skipping `exclude` folder names. */
export function listFiles(dir, exclude = ['.cache']) {
  if (!existsSync(dir)) return []
  const out = []
  const visit = (rel) => {
    for (const e of readdirSync(path.join(dir, rel), {withFileTypes: true})) {
      const child = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) {
        if (!exclude.includes(e.name)) visit(child)
      } else out.push(child)
    }
  }
  visit('')
  return out.sort()
}

/** SHA-256 (hex) of one file, streamed. */
export function hashFile(file) {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')))
  })
}

/** Map of relative path → SHA-256 of every file under `dir` (see `listFiles` for `exclude`). */
export async function hashTree(dir, exclude = ['.cache']) {
  const hashes = new Map()
  for (const rel of listFiles(dir, exclude)) hashes.set(rel, await hashFile(path.join(dir, rel)))
  return hashes
}

/**
 * Compare two hash maps: `identical` when both hold the same paths with the same hashes;
 * `compared` counts the paths in both; `differing`, `missing` (only in `expected`) and `extra`
 * (only in `actual`) list paths, sorted.
 */
export function compareTrees(expected, actual) {
  const differing = []
  const missing = []
  let compared = 0
  for (const [rel, hash] of expected) {
    if (!actual.has(rel)) missing.push(rel)
    else {
      compared++
      if (actual.get(rel) !== hash) differing.push(rel)
    }
  }
  const extra = [...actual.keys()].filter((rel) => !expected.has(rel)).sort()
  return {
    identical: differing.length === 0 && missing.length === 0 && extra.length === 0 && compared > 0,
    compared,
    expectedFiles: expected.size,
    actualFiles: actual.size,
    differing,
    missing,
    extra
  }
}
