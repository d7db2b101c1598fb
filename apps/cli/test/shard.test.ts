/**
 * A build spread over machines: three `dossier build --shard K/3` processes at once, each with its
 * own output folder (so nothing is shared but the store), render into the team's remote cache —
 * the self-hosted `turborepo-remote-cache` server of `pnpm cache-server`, on loopback — and a
 * fourth build, in a fresh folder, assembles from it without rendering any publication again. Its
 * files equal, byte for byte, those of one build on one machine.
 */
import {execFile, spawn, type ChildProcess} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import net from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {shardOf} from '../src/index.js'
import {hashTree} from './helpers/hash-tree.js'

const exec = promisify(execFile)
const bin = path.join(import.meta.dirname, '../dist/bin.js')
const repo = path.join(import.meta.dirname, '../../..')
const server = path.join(repo, 'tooling/remote-cache/src/server.mjs')
const token = `shard-test-${process.pid}`
let cache: ChildProcess
let url = ''

async function dossier(args: string[]) {
  const env = {...process.env, CI: '1', SOURCE_DATE_EPOCH: '1700000000', TURBO_TOKEN: token, TURBO_TEAM: 'dossier'}
  try {
    const {stdout, stderr} = await exec('node', [bin, ...args], {env, maxBuffer: 64 * 1024 * 1024})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const e = error as {code: number; stdout: string; stderr: string}
    return {code: e.code, stdout: e.stdout, stderr: e.stderr}
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer()
    s.on('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const address = s.address() as net.AddressInfo
      s.close(() => resolve(address.port))
    })
  })
}

const hashes = hashTree

/** The seeds and six small sources of other kinds and scripts. */
function corpus(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-shard-src-'))
  const seeds = path.join(repo, 'sources')
  for (const name of readdirSync(seeds)) copyFileSync(path.join(seeds, name), path.join(dir, name))
  const fixtures = path.join(repo, 'packages/core/test/fixtures')
  for (const name of [
    'allcaps-speakers-next-line',
    'chinese-question-answer-marks',
    'dialogue-dashes-russian',
    'bullet-questions-dash-answers',
    'crlf-bom-tabs',
    'chrome-lines'
  ])
    copyFileSync(path.join(fixtures, name, 'input.txt'), path.join(dir, `${name}.txt`))
  return dir
}

beforeAll(async () => {
  const port = await freePort()
  const storage = mkdtempSync(path.join(tmpdir(), 'dossier-shard-cache-'))
  cache = spawn(process.execPath, [server], {
    env: {...process.env, PORT: String(port), HOST: '127.0.0.1', TURBO_TOKEN: token, STORAGE_PATH: storage},
    stdio: 'ignore'
  })
  url = `http://127.0.0.1:${port}`
  let exited = false
  cache.once('exit', () => (exited = true))
  // It prints nothing when ready: asked until it answers or exits (the hook's timeout bounds a
  // server that does neither), however long a loaded machine takes to start it.
  while (!exited) {
    const ok = await fetch(`${url}/v8/artifacts/status`, {headers: {authorization: `Bearer ${token}`}}).then(
      (r) => r.ok,
      () => false
    )
    if (ok) return
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error('the remote cache server exited before it answered')
})

afterAll(() => {
  cache?.kill()
})

describe('dossier build --shard K/N with a remote cache', () => {
  it('gives, assembled from three shards run at once, the bytes of one build', async () => {
    const sources = corpus()
    const root = mkdtempSync(path.join(tmpdir(), 'dossier-shard-out-'))
    const single = path.join(root, 'single')
    const one = await dossier(['build', '--sources', sources, '--out', single])
    expect(one.code, one.stderr).toBe(0)
    const ids = (
      JSON.parse(readFileSync(path.join(single, 'dataset/publications.json'), 'utf8')) as {
        publications: Array<{id: string}>
      }
    ).publications.map((p) => p.id)
    expect(ids).toHaveLength(8)
    // Each shard gets publications (the hash of the id decides, not the position).
    const counts = [0, 1, 2].map((k) => ids.filter((id) => shardOf(id, 3) === k).length)
    expect(
      counts.every((n) => n > 0),
      `shard sizes ${counts}`
    ).toBe(true)

    const shards = await Promise.all(
      [1, 2, 3].map((k) => {
        const dir = path.join(root, `shard-${k}`)
        mkdirSync(dir)
        return dossier(['build', '--sources', sources, '--out', dir, '--store', url, '--shard', `${k}/3`])
      })
    )
    for (const [k, shard] of shards.entries()) {
      expect(shard.code, shard.stderr).toBe(0)
      expect(shard.stdout).toContain(`shard ${k + 1}/3: ${counts[k]} of 8 publication(s) in the store (remote ${url}`)
      // A shard writes no output, only the store.
      expect(readdirSync(path.join(root, `shard-${k + 1}`)).filter((name) => name !== '.cache')).toEqual([])
    }

    const assembled = path.join(root, 'assembled')
    const final = await dossier(['build', '--sources', sources, '--out', assembled, '--store', url])
    expect(final.code, final.stderr).toBe(0)
    // Nothing was rendered again: every publication's result in every format came from the store.
    for (const format of ['json', 'epub', 'pdf', 'html'])
      expect(final.stdout).toMatch(new RegExp(`^${format}: wrote \\d+ file\\(s\\) .*, 8 reused from the cache$`, 'm'))
    const expected = hashes(single)
    expect(Object.keys(expected).length).toBeGreaterThan(40)
    expect(hashes(assembled)).toEqual(expected)
  }, 300_000)

  it('never empties a shared store: --no-cache with --store is refused', async () => {
    const store = mkdtempSync(path.join(tmpdir(), 'dossier-shared-store-'))
    writeFileSync(path.join(store, 'keep'), 'a shared store')
    const result = await dossier([
      'build',
      '--sources',
      corpus(),
      '--out',
      mkdtempSync(path.join(tmpdir(), 'o-')),
      '--store',
      store,
      '--no-cache'
    ])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/--no-cache .* cannot be used with --store/)
    expect(readFileSync(path.join(store, 'keep'), 'utf8')).toBe('a shared store')
  })

  it('says what is wrong when a remote store has no token', async () => {
    const result = await exec(
      'node',
      [bin, 'build', '--sources', corpus(), '--out', mkdtempSync(path.join(tmpdir(), 'o-')), '--store', url],
      {
        env: {...process.env, CI: '1', TURBO_TOKEN: '', TURBO_TEAM: ''}
      }
    ).then(
      () => ({code: 0, stderr: ''}),
      (e: {code: number; stderr: string}) => e
    )
    expect(result.code).not.toBe(0)
    expect(result.stderr).toMatch(/set TURBO_TOKEN and TURBO_TEAM/)
  })
})
