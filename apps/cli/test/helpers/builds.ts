/**
 * Builds several test files look at, made once per test run by whichever worker asks first; the
 * others wait for it (the run's folder, `inject('runDir')`, holds it, with a claim so that two
 * workers never both build). Nothing may change these folders.
 */
import {execFile} from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  watch,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {inject} from 'vitest'

const exec = promisify(execFile)
const root = path.join(import.meta.dirname, '../../../..')
export const bin = path.join(root, 'apps/cli/dist/bin.js')

/** A sources folder with the seeds and the input of every core fixture (as `<fixture>.txt|.md`). */
export function seedsAndFixturesSources(dir = mkdtempSync(path.join(tmpdir(), 'dossier-seeds-fixtures-'))): string {
  for (const name of readdirSync(path.join(root, 'sources')))
    copyFileSync(path.join(root, 'sources', name), path.join(dir, name))
  const fixtures = path.join(root, 'packages/core/test/fixtures')
  for (const name of readdirSync(fixtures))
    for (const file of readdirSync(path.join(fixtures, name)).filter((f) => f.startsWith('input.')))
      copyFileSync(path.join(fixtures, name, file), path.join(dir, `${name}${file.slice('input'.length)}`))
  return dir
}

export interface Build {
  sources: string
  out: string
  stdout: string
  stderr: string
}

/** The build's result once `done` exists in `slot` (written whole, by rename, when the build ends). */
function finished(slot: string): Promise<Build> {
  const done = path.join(slot, 'done.json')
  return new Promise((resolve, reject) => {
    const settle = () => {
      if (!existsSync(done)) return false
      watcher.close()
      const result = JSON.parse(readFileSync(done, 'utf8')) as Build & {error?: string}
      if (result.error) reject(new Error(result.error))
      else resolve(result)
      return true
    }
    const watcher = watch(slot, () => settle())
    settle()
  })
}

let seedsAndFixtures: Promise<Build> | undefined

/** `dossier build --format all` of the seeds and every core fixture, in a fresh folder, once per run. */
export function buildSeedsAndFixtures(): Promise<Build> {
  seedsAndFixtures ??= (async () => {
    const slot = path.join(inject('runDir') ?? mkdtempSync(path.join(tmpdir(), 'dossier-run-')), 'seeds-and-fixtures')
    try {
      mkdirSync(slot)
    } catch (error) {
      // Another worker claimed it first: its build is the run's.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return finished(slot)
      throw error
    }
    const sources = seedsAndFixturesSources(mkdtempSync(path.join(tmpdir(), 'dossier-seeds-fixtures-')))
    const out = mkdtempSync(path.join(tmpdir(), 'dossier-seeds-fixtures-out-'))
    let result: Build & {error?: string}
    try {
      const {stdout, stderr} = await exec(
        'node',
        [bin, 'build', '--format', 'all', '--sources', sources, '--out', out],
        {
          env: {...process.env, CI: '1'},
          maxBuffer: 64 * 1024 * 1024
        }
      )
      result = {sources, out, stdout, stderr}
    } catch (error) {
      result = {sources, out, stdout: '', stderr: '', error: (error as Error).message}
    }
    writeFileSync(path.join(slot, 'done.json.tmp'), JSON.stringify(result))
    renameSync(path.join(slot, 'done.json.tmp'), path.join(slot, 'done.json'))
    if (result.error) throw new Error(result.error)
    return result
  })()
  return seedsAndFixtures
}
