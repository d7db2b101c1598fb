/**
 * The shared build cache works end to end: with `pnpm cache-server` running (local storage,
 * 127.0.0.1, a free port), `pnpm build` in one fresh clone of HEAD uploads its artifacts; a second
 * fresh clone's `pnpm build` is FULL TURBO from the remote cache (it has no local cache) and its
 * output files are byte-identical (sha256) to the first clone's.
 */
import {spawn, spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, expect, test} from 'vitest'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = spawnSync('git', ['rev-parse', '--show-toplevel'], {cwd: here, encoding: 'utf8'}).stdout.trim()
// Both clones check out this one commit, even if HEAD moves while the test runs.
const commit = spawnSync('git', ['rev-parse', 'HEAD'], {cwd: repo, encoding: 'utf8'}).stdout.trim()
const token = `test-${process.pid}-token`
const team = 'dossier'
const work = mkdtempSync(path.join(os.tmpdir(), 'dossier-remote-cache-'))
let server
let port

/** pnpm as the test was started with (npm_execpath under `pnpm test`), else the one on PATH. */
function pnpm(args) {
  const exec = process.env.npm_execpath
  if (exec && /pnpm/.test(exec)) return /\.[cm]?js$/.test(exec) ? [process.execPath, exec, ...args] : [exec, ...args]
  return ['pnpm', ...args]
}

/** The environment of a user's shell: nothing inherited from the outer turbo or pnpm run. */
function cleanEnv(extra = {}) {
  const env = {}
  for (const [k, v] of Object.entries(process.env))
    if (!/^(TURBO_|npm_|PNPM_|VITEST|NODE_OPTIONS$)/i.test(k)) env[k] = v
  return {...env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', SOURCE_DATE_EPOCH: '1700000000', ...extra}
}

function run(command, cwd, env) {
  const r = spawnSync(command[0], command.slice(1), {cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`
  if (r.status !== 0) throw new Error(`${command.join(' ')} in ${cwd} exited ${r.status}:\n${output.slice(-4000)}`)
  return output
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer()
    s.on('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const {port} = s.address()
      s.close(() => resolve(port))
    })
  })
}

/**
 * The server's status once it answers: asked until it does or exits (the hook's timeout bounds a
 * server that does neither), however long a loaded machine takes to start it.
 */
async function waitForServer() {
  while (server.exitCode === null && server.signalCode === null) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/v8/artifacts/status`, {
        headers: {authorization: `Bearer ${token}`}
      })
      if (res.ok) return await res.json()
    } catch {}
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`the cache server exited (${server.exitCode ?? server.signalCode}) before it answered`)
}

/** Clone HEAD, install from the local store, and run the repository's `pnpm build`. */
function cloneAndBuild(name) {
  const dir = path.join(work, name)
  run(['git', 'clone', '--quiet', '--no-hardlinks', '--no-checkout', repo, dir], work, cleanEnv())
  run(['git', 'checkout', '--quiet', '--detach', commit], dir, cleanEnv())
  run(pnpm(['install', '--prefer-offline', '--no-frozen-lockfile', '--reporter=append-only']), dir, cleanEnv())
  const output = run(
    pnpm(['run', 'build']),
    dir,
    cleanEnv({TURBO_API: `http://127.0.0.1:${port}`, TURBO_TOKEN: token, TURBO_TEAM: team})
  )
  return {dir, output}
}

/**
 * sha256 of every output file of the build (dist folders and output/), by relative path. The
 * render cache (`output/.cache`) is a local speed-up, not a build output, so it is not compared.
 */
function outputs(dir) {
  const hashes = {}
  const walk = (rel) => {
    for (const e of readdirSync(path.join(dir, rel), {withFileTypes: true})) {
      const child = path.join(rel, e.name)
      if (e.isDirectory() && child === path.join('output', '.cache')) continue
      if (e.isDirectory()) walk(child)
      else
        hashes[child] = createHash('sha256')
          .update(readFileSync(path.join(dir, child)))
          .digest('hex')
    }
  }
  for (const group of ['apps', 'packages', 'tooling']) {
    if (!existsSync(path.join(dir, group))) continue
    for (const pkg of readdirSync(path.join(dir, group)))
      if (existsSync(path.join(dir, group, pkg, 'dist'))) walk(path.join(group, pkg, 'dist'))
  }
  if (existsSync(path.join(dir, 'output'))) walk('output')
  return hashes
}

beforeAll(async () => {
  port = await freePort()
  server = spawn(process.execPath, [path.join(here, '../src/server.mjs')], {
    env: cleanEnv({
      HOST: '127.0.0.1',
      PORT: String(port),
      TURBO_TOKEN: token,
      STORAGE_PROVIDER: 'local',
      STORAGE_PATH: path.join(work, 'storage')
    }),
    stdio: ['ignore', 'pipe', 'pipe']
  })
  await waitForServer()
})

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r))
    server.kill('SIGTERM')
    await exited
  }
  rmSync(work, {recursive: true, force: true})
})

test('the server listens on 127.0.0.1 and artifacts need the token', async () => {
  expect(await waitForServer()).toMatchObject({status: 'enabled'})
  const artifact = `http://127.0.0.1:${port}/v8/artifacts/0123456789abcdef?slug=${team}`
  expect((await fetch(artifact, {headers: {authorization: 'Bearer wrong-token'}})).status).toBe(401)
  expect((await fetch(artifact, {headers: {authorization: `Bearer ${token}`}})).status).toBe(404)
})

test('a fresh clone builds FULL TURBO from the remote cache, with identical outputs', () => {
  const first = cloneAndBuild('first')
  expect(first.output).not.toMatch(/FULL TURBO/)
  // The first build uploaded its artifacts to the server's local storage.
  expect(readdirSync(path.join(work, 'storage'), {recursive: true}).length).toBeGreaterThan(0)

  const second = cloneAndBuild('second')
  expect(second.output).toMatch(/FULL TURBO/)
  expect(second.output).toMatch(/remote cache hit|cache hit, replaying/)

  const a = outputs(first.dir)
  const b = outputs(second.dir)
  expect(Object.keys(a).length).toBeGreaterThan(10)
  expect(Object.keys(a).some((f) => f.startsWith('output'))).toBe(true)
  expect(b).toEqual(a)
})
