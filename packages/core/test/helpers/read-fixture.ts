/** Read a fixture folder's input (and optional meta) as a SourceInput, like the CLI would. */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {SourceInput} from '../../src/index.js'

export function readFixture(dir: string): SourceInput {
  const name = readdirSync(dir).find((f) => /^input\.(txt|md)$/.test(f))
  if (!name) throw new Error(`no input.txt or input.md in ${dir}`)
  const metaPath = path.join(dir, 'input.meta.yaml')
  return {
    path: name,
    bytes: new Uint8Array(readFileSync(path.join(dir, name))),
    meta: existsSync(metaPath) ? {path: 'input.meta.yaml', text: readFileSync(metaPath, 'utf8')} : null
  }
}
