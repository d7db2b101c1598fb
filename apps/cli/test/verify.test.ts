/**
 * A build publishes SHA256SUMS (coreutils' format) at the root of its output folder and inside
 * `site/`, and `dossier verify` tells a file Dossier published from one changed by a single byte:
 * beside the output folder, against a manifest file, and against the site's manifest over HTTP, as
 * a reader who downloaded a PDF would check it. GNU `sha256sum -c` is the referee of the manifests.
 */
import {execFile, spawnSync} from 'node:child_process'
import {copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import http from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {bin, type Build, buildSeedsAndFixtures} from './helpers/builds.js'

const exec = promisify(execFile)

async function verify(...args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await exec('node', [bin, 'verify', ...args], {env: {...process.env, CI: '1'}})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const e = error as {code: number; stdout: string; stderr: string}
    return {code: e.code, stdout: e.stdout, stderr: e.stderr}
  }
}

/** Every file below `dir`, relative, `/`-separated. */
function walk(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), {withFileTypes: true}).flatMap((entry) => {
    const child = rel ? `${rel}/${entry.name}` : entry.name
    return entry.isDirectory() ? walk(dir, child) : [child]
  })
}

/** A copy of `file` in a fresh folder, one bit of its middle byte flipped when `damage`. */
function copyOf(file: string, damage: boolean): string {
  const copy = path.join(mkdtempSync(path.join(tmpdir(), 'dossier-verify-')), path.basename(file))
  copyFileSync(file, copy)
  if (damage) {
    const bytes = readFileSync(copy)
    bytes[bytes.byteLength >> 1]! ^= 0x01
    writeFileSync(copy, bytes)
  }
  return copy
}

let build: Build
let server: http.Server
let site = ''

beforeAll(async () => {
  build = await buildSeedsAndFixtures()
  // The site as a static host serves it: files under site/, 404 for anything else.
  server = http.createServer((request, response) => {
    const file = path.join(build.out, 'site', decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
    if (!file.startsWith(path.join(build.out, 'site')) || !statSync(file, {throwIfNoEntry: false})?.isFile()) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200).end(readFileSync(file))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}, 600_000)

afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

describe('the published SHA256SUMS', () => {
  it('lists every file of the four folders, and sha256sum -c agrees at the root and in site/', () => {
    const listed = readFileSync(path.join(build.out, 'SHA256SUMS'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => line.slice(66))
    const files = ['dataset', 'epub', 'pdf', 'site'].flatMap((folder) =>
      walk(path.join(build.out, folder)).map((f) => `${folder}/${f}`)
    )
    expect(listed).toEqual([...files].sort())
    for (const dir of [build.out, path.join(build.out, 'site')]) {
      const result = spawnSync('sha256sum', ['--check', '--strict', '--quiet', 'SHA256SUMS'], {
        cwd: dir,
        encoding: 'utf8'
      })
      expect(result.error, 'sha256sum (GNU coreutils) must be installed').toBeUndefined()
      expect([result.status, result.stdout, result.stderr]).toEqual([0, '', ''])
    }
    // The site's own manifest lists its downloads, by their path on the site.
    expect(readFileSync(path.join(build.out, 'site/SHA256SUMS'), 'utf8')).toMatch(
      /^[0-9a-f]{64} {2}downloads\/briefing\.pdf$/m
    )
  })
})

describe('dossier verify', () => {
  it('accepts the files of the output folder they sit in', async () => {
    const pdf = readdirSync(path.join(build.out, 'pdf')).find((name) => name !== 'briefing.pdf')!
    const files = [`pdf/${pdf}`, 'epub/russia-and-pakistan-in-conversation.epub', 'dataset/publications.json'].map(
      (f) => path.join(build.out, f)
    )
    const result = await verify(...files)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout.trimEnd().split('\n')).toEqual(
      files.map((file) => `${file}: OK (${path.relative(build.out, file)} in ${path.join(build.out, 'SHA256SUMS')})`)
    )
  })

  it('rejects a copy with one bit flipped, and accepts the intact copy, against a manifest file', async () => {
    const epub = path.join(build.out, 'epub/russia-and-pakistan-in-conversation.epub')
    const manifest = path.join(build.out, 'SHA256SUMS')
    const damaged = await verify(copyOf(epub, true), '--manifest', manifest)
    expect(damaged.code).toBe(1)
    expect(damaged.stdout).toMatch(
      /: FAILED: its SHA-256 [0-9a-f]{64} differs from the one .* lists for epub\/russia-and-pakistan-in-conversation\.epub/
    )
    const intact = await verify(copyOf(epub, false), '--manifest', manifest)
    expect(intact.code, intact.stdout).toBe(0)
  })

  it('checks a file downloaded from the site against the site’s manifest over HTTP', async () => {
    const saved = path.join(mkdtempSync(path.join(tmpdir(), 'dossier-download-')), 'briefing.pdf')
    writeFileSync(saved, Buffer.from(await (await fetch(`${site}/downloads/briefing.pdf`)).arrayBuffer()))
    const ok = await verify(saved, '--manifest', `${site}/SHA256SUMS`)
    expect(ok.code, ok.stderr).toBe(0)
    expect(ok.stdout).toBe(`${saved}: OK (downloads/briefing.pdf in ${site}/SHA256SUMS)\n`)
    const bad = await verify(copyOf(saved, true), '--manifest', `${site}/SHA256SUMS`)
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain('FAILED: its SHA-256')
  })

  it('says why when there is no manifest to check against (exit 2), and when a file is not listed (exit 1)', async () => {
    const alone = copyOf(path.join(build.out, 'dataset/publications.json'), false)
    const none = await verify(alone)
    expect(none.code).toBe(2)
    expect(none.stderr).toContain(`${alone}: no SHA256SUMS in its folder or any folder above it`)
    const missing = await verify(alone, '--manifest', `${site}/no/SHA256SUMS`)
    expect([missing.code, missing.stderr.trim()]).toEqual([
      2,
      `--manifest ${site}/no/SHA256SUMS: the server answered 404 Not Found`
    ])
    const stranger = path.join(mkdtempSync(path.join(tmpdir(), 'dossier-stranger-')), 'notes.txt')
    writeFileSync(stranger, 'not published\n')
    const unlisted = await verify(stranger, '--manifest', path.join(build.out, 'SHA256SUMS'))
    expect(unlisted.code).toBe(1)
    expect(unlisted.stdout).toContain('lists no file named notes.txt and no file with its SHA-256')
  })
})
