/**
 * Where a build's tasks run (issue 23): on the workers when there is much to make, in the main
 * thread when little is (one changed source of a large collection), since two workers each load
 * core and every format's code again for a task or two. The bytes are the same either way.
 */
import {execFile} from 'node:child_process'
import {createHash} from 'node:crypto'
import {copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const exec = promisify(execFile)
const bin = path.join(import.meta.dirname, '../dist/bin.js')
const seeds = path.join(import.meta.dirname, '../../../sources')

async function dossier(args: string[]): Promise<string> {
  const env = {...process.env, CI: '1', SOURCE_DATE_EPOCH: '1700000000'}
  const {stdout} = await exec('node', [bin, ...args], {env, maxBuffer: 64 * 1024 * 1024})
  return stdout
}

/** The seeds and one interview of about 600 kB: above the 512 kB from which a cold build takes workers. */
function corpus(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-small-rebuild-'))
  for (const name of readdirSync(seeds)) copyFileSync(path.join(seeds, name), path.join(dir, name))
  const parts = ['A long interview\n\nAn intro paragraph names nobody.\n\n']
  for (let i = 1; parts.join('').length < 600_000; i++)
    parts.push(
      `${i}. Why is question ${i} asked?\n\n${`Answer ${i} says what the port, the corridor and the trade mean. `.repeat(10)}\n\n`
    )
  writeFileSync(path.join(dir, 'long.txt'), parts.join(''))
  return dir
}

const hashes = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, {recursive: true, encoding: 'utf8'})
      .filter((file) => /\.\w+$/.test(file))
      .sort()
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(path.join(dir, file)))
          .digest('hex')
      ])
  )

describe('where a build runs its tasks', () => {
  it('takes workers for a cold build and stays in this thread for one changed source', async () => {
    const sources = corpus()
    const out = mkdtempSync(path.join(tmpdir(), 'dossier-small-rebuild-out-'))
    const args = ['build', '--format', 'json', '--sources', sources, '--out', out]
    const cold = await dossier(args)
    expect(cold).toMatch(/^normalizing 3 source\(s\) on \d+ worker\(s\)$/m)
    expect(cold).toMatch(/^rendering 3 publication\(s\) anew on \d+ worker\(s\)$/m)

    const unchanged = await dossier(args)
    expect(unchanged).not.toMatch(/^(normalizing|rendering) /m)

    const changed = path.join(sources, '002_63918c13af0e94a2.txt')
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('Read more: Pakistan', 'Read more: Pakistan and'))
    const one = await dossier(args)
    expect(one).toMatch(/^normalizing 1 source\(s\) in this thread$/m)
    expect(one).toMatch(/^rendering 1 publication\(s\) anew in this thread$/m)
    expect(one).toMatch(/^json: wrote \d+ file\(s\) to \S+, 2 reused from the cache$/m)

    // The same bytes as a cold build of the changed sources, on the workers.
    const fresh = mkdtempSync(path.join(tmpdir(), 'dossier-small-rebuild-fresh-'))
    const again = await dossier(['build', '--format', 'json', '--sources', sources, '--out', fresh])
    expect(again).toMatch(/^rendering 3 publication\(s\) anew on \d+ worker\(s\)$/m)
    expect(hashes(path.join(out, 'dataset'))).toEqual(hashes(path.join(fresh, 'dataset')))

    // `--jobs N` is what the user asked for: one change then runs on the workers too.
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('Read more: Pakistan and', 'Read more: Pakistan'))
    const asked = await dossier([...args, '--jobs', '2'])
    expect(asked).toMatch(/^rendering 1 publication\(s\) anew on 2 worker\(s\)$/m)
  }, 300_000)
})
