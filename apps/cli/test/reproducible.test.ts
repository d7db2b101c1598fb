/**
 * Builds are reproducible: two builds of the seeds and every core fixture in fresh folders give
 * identical bytes in every format. (That a build reusing unchanged publications from the cache
 * gives the bytes of a fresh build, in every format: incremental.test.ts.) The dataset, with its
 * SQLite file, is the same whether one worker or two render the publications.
 */
import {execFile} from 'node:child_process'
import {createHash} from 'node:crypto'
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {bin, buildSeedsAndFixtures} from './helpers/builds.js'

const exec = promisify(execFile)

async function dossier(args: string[]) {
  const {stdout, stderr} = await exec('node', [bin, ...args], {env: {...process.env, CI: '1'}})
  return {stdout, stderr}
}

const out = () => mkdtempSync(path.join(tmpdir(), 'dossier-out-'))

/**
 * sha256 of every file under `dir`, as sorted `path sha256` lines; all but `.cache/state.json`,
 * which records each output file's inode and time as this machine gave them (so that the next
 * build need not read it again), not bytes of the output.
 */
function hashes(dir: string): string[] {
  const list: string[] = []
  const visit = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), {withFileTypes: true})) {
      const child = path.join(rel, entry.name)
      if (child === path.join('.cache', 'state.json')) continue
      if (entry.isDirectory()) visit(child)
      else
        list.push(
          `${child} ${createHash('sha256')
            .update(readFileSync(path.join(dir, child)))
            .digest('hex')}`
        )
    }
  }
  visit('')
  return list.sort()
}

describe('dossier build', () => {
  it('gives byte-identical files in every format from two builds in fresh folders (seeds and fixtures)', async () => {
    // The first build is the run's build of the seeds and fixtures (the ledger test reads it too);
    // the second reads the same sources into another fresh folder.
    const first = await buildSeedsAndFixtures()
    const second = out()
    await dossier(['build', '--format', 'all', '--sources', first.sources, '--out', second])
    const expected = hashes(first.out)
    expect(expected.filter((l) => /^(dataset|site|epub|pdf)\//.test(l)).length).toBeGreaterThan(60)
    expect(hashes(second)).toEqual(expected)
  })

  it('gives the same bytes in every format when each publication’s formats are separate tasks (DOSSIER_SPLIT_ABOVE=0)', async () => {
    const {sources, out: first} = await buildSeedsAndFixtures()
    const split = out()
    await exec(
      'node',
      [bin, 'build', '--format', 'all', '--jobs', '2', '--no-cache', '--sources', sources, '--out', split],
      {
        env: {...process.env, CI: '1', DOSSIER_SPLIT_ABOVE: '0'}
      }
    )
    expect(hashes(split)).toEqual(hashes(first))
  })

  it('gives the dataset, dossier.sqlite included, the same bytes on one worker and on two', async () => {
    const {sources, out: first} = await buildSeedsAndFixtures()
    const dataset = (lines: string[]) => lines.filter((line) => line.startsWith('dataset/'))
    const expected = dataset(hashes(first))
    expect(expected.some((line) => line.startsWith('dataset/dossier.sqlite '))).toBe(true)
    for (const jobs of ['1', '2']) {
      const again = out()
      await dossier(['build', '--format', 'json', '--jobs', jobs, '--no-cache', '--sources', sources, '--out', again])
      expect(dataset(hashes(again)), `--jobs ${jobs}`).toEqual(expected)
    }
  })
})
