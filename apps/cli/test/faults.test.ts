/**
 * Faults (issue 6): a build killed at any moment, a full disk and a read-only output folder
 * leave each format's previous complete output (or the new complete one), never a mixture.
 * The kills land at points of the build named by what it prints (a line on its standard output),
 * not after a delay, so a slow or busy machine kills at the same points as a fast one.
 * The disk faults use a real small tmpfs in a private mount namespace (`unshare`).
 */
import {type ChildProcessWithoutNullStreams, execFileSync, spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {recoverInterrupted} from '../src/index.js'

const bin = path.join(import.meta.dirname, '../dist/bin.js')
const seeds = path.join(import.meta.dirname, '../../../sources')
const folders = ['dataset', 'epub', 'pdf', 'site']
const env = {...process.env, CI: '1'}

/** Two source sets that give different outputs in every format. */
function sourceSet(title: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-faults-src-'))
  for (const name of readdirSync(seeds)) copyFileSync(path.join(seeds, name), path.join(dir, name))
  writeFileSync(path.join(dir, 'collection.yaml'), `title: ${title}\n`)
  return dir
}

/** sha256 of every file below a folder, by relative path, as one digest (null if absent). */
function digest(dir: string): string | null {
  if (!existsSync(dir)) return null
  const hash = createHash('sha256')
  const visit = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), {withFileTypes: true}).sort((a, b) =>
      a.name < b.name ? -1 : 1
    )) {
      const child = path.join(rel, entry.name)
      if (entry.isDirectory()) visit(child)
      else hash.update(child).update(readFileSync(path.join(dir, child)))
    }
  }
  visit('')
  return hash.digest('hex')
}

const digests = (out: string) => Object.fromEntries(folders.map((f) => [f, digest(path.join(out, f))]))
const build = (sources: string, out: string) =>
  execFileSync('node', [bin, 'build', '--format', 'all', '--sources', sources, '--out', out], {env, stdio: 'pipe'})

let sourcesA = ''
let sourcesB = ''
let outA = ''
let outB = ''
let expectA: Record<string, string | null> = {}
let expectB: Record<string, string | null> = {}

beforeAll(() => {
  sourcesA = sourceSet('Edition A')
  sourcesB = sourceSet('Edition B')
  outA = mkdtempSync(path.join(tmpdir(), 'dossier-faults-a-'))
  outB = mkdtempSync(path.join(tmpdir(), 'dossier-faults-b-'))
  build(sourcesA, outA)
  build(sourcesB, outB)
  expectA = digests(outA)
  expectB = digests(outB)
})

/**
 * Start a build of edition B over a copy of edition A's output; resolve once a line of its standard
 * output matches `at` (null: at once, before it has done anything). Rejects if it exits first.
 */
async function buildUntil(
  at: RegExp | null,
  stdio: 'ignore' | 'pipe' = 'ignore'
): Promise<{child: ChildProcessWithoutNullStreams; out: string; exited: Promise<number | null>; stderr: () => string}> {
  const out = mkdtempSync(path.join(tmpdir(), 'dossier-faults-kill-'))
  cpSync(outA, out, {recursive: true})
  const child = spawn('node', [bin, 'build', '--format', 'all', '--sources', sourcesB, '--out', out], {
    env,
    stdio: ['ignore', 'pipe', stdio]
  }) as ChildProcessWithoutNullStreams
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  let stdout = ''
  await new Promise<void>((resolve, reject) => {
    if (!at) return resolve()
    const printed = () => stdout.split('\n').some((line) => at.test(line))
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (printed()) resolve()
    })
    // 'close' comes after the last of its output has been read.
    child.once('close', (code) =>
      printed() ? resolve() : reject(new Error(`the build exited (${code}) before printing ${at}:\n${stdout}`))
    )
  })
  child.stdout.resume()
  return {child, out, exited, stderr: () => stderr}
}

describe('a build killed part-way (SIGKILL)', () => {
  // Seven points of a build of the two seeds in all four formats, in the order it reaches them.
  const points: Array<[string, RegExp | null]> = [
    ['as it starts', null],
    ['while it reads the sources', /^\[1\/2\] normalized /],
    ['while it renders the publications', /^\[1\/2\] rendered /],
    ['while it makes the collection files', /^\[2\/2\] rendered /],
    ['after it replaced the dataset', /^json: wrote /],
    ['after it replaced the EPUBs and PDFs', /^pdf: wrote /],
    ['after it replaced the site', /^html: wrote /]
  ]
  for (const [when, at] of points) {
    it(`leaves old or new output per format when killed ${when}`, async () => {
      expect(expectA.site).not.toBe(expectB.site)
      const {child, out, exited} = await buildUntil(at)
      child.kill('SIGKILL')
      await exited
      for (const folder of folders) {
        await recoverInterrupted(out, folder)
        expect([expectA[folder], expectB[folder]], `${folder} after a kill ${when}`).toContain(
          digest(path.join(out, folder))
        )
      }
    })
  }
})

describe('Ctrl-C (SIGINT)', () => {
  it('stops with a message and exit code 130, leaving complete output', async () => {
    // Interrupted while it renders: by then the command is running (its Ctrl-C handler is set).
    const {child, out, exited, stderr} = await buildUntil(/^\[1\/2\] rendered /, 'pipe')
    child.kill('SIGINT')
    const code = await exited
    expect(code).toBe(130)
    expect(stderr()).toMatch(/interrupted; .*previous output is intact/)
    for (const folder of folders) {
      await recoverInterrupted(out, folder)
      expect([expectA[folder], expectB[folder]]).toContain(digest(path.join(out, folder)))
    }
  })
})

/** Run a shell script as root of a private user and mount namespace, where tmpfs can be mounted. */
function privately(script: string): string {
  return execFileSync('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', script], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  })
}

describe('disk faults', () => {
  it('a full disk fails the format that does not fit, names it, and keeps its old output', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'dossier-faults-full-'))
    const size = Math.ceil(Number(execFileSync('du', ['-sk', outA], {encoding: 'utf8'}).split('\t')[0]) * 1.25)
    const report = privately(`
      mount -t tmpfs -o size=${size}k tmpfs ${out}
      cp -r ${outA}/. ${out}/
      node ${bin} build --format all --sources ${sourcesB} --out ${out} 2>&1; echo "exit=$?"
      cd ${out} && for f in ${folders.join(' ')}; do echo "$f $(find $f -type f | sort | xargs -r sha256sum | sha256sum)"; done; ls -a ${out}
    `)
    expect(report).toMatch(/exit=1/)
    expect(report).toMatch(
      /error: .* not written: no space left on the device \(ENOSPC.*; the previous output is unchanged/
    )
    expect(report).not.toMatch(/\.(site|pdf|epub|dataset)\.new-/)
    // The summary names what was not written; it never counts publications as published there.
    expect(report).toMatch(/\d+ normalized; .*NOT written \(the previous output is kept\)/)
    expect(report).not.toMatch(/\d+ published, /)
    // Each folder is either the old edition or the new one, never a mixture.
    const shell = (dir: string, folder: string) =>
      execFileSync('sh', ['-c', `cd ${dir} && find ${folder} -type f | sort | xargs -r sha256sum | sha256sum`], {
        encoding: 'utf8'
      }).trim()
    for (const folder of folders) {
      const line = new RegExp(`^${folder} (.+)$`, 'm').exec(report)?.[1]
      expect([shell(outA, folder), shell(outB, folder)], folder).toContain(line)
    }
    expect(report).toMatch(new RegExp(`^site ${shell(outA, 'site').replace(/[*]/g, '\\*')}$`, 'm'))
  })

  it('a read-only output folder fails with a clear message and changes nothing', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'dossier-faults-ro-'))
    const report = privately(`
      mount -t tmpfs tmpfs ${out}
      cp -r ${outA}/. ${out}/
      mount -o remount,ro ${out}
      node ${bin} build --format all --sources ${sourcesB} --out ${out} 2>&1; echo "exit=$?"
    `)
    expect(report).toMatch(/exit=1/)
    expect(report).toMatch(/read-only file system \(EROFS/)
    // The folder was a private mount: what the build saw is what we copied, and it could not change it.
  })
})
