/**
 * The store never publishes what it did not check: every entry is sealed with the sha256 of its key
 * and bytes and checked on read. A damaged entry (in a folder, or served by a remote) is discarded
 * and made again, so the output equals a clean build, with a warning naming the store. A remote
 * that hangs, cuts responses short or refuses the token is reported, the build goes on from local
 * work, and a shard says truthfully how many of its publications reached the store.
 *
 * The remote is a small artifact-API server in this process whose misbehaviour each test chooses;
 * a hung server never answers, and `DOSSIER_STORE_TIMEOUT` makes the client give up quickly.
 */
import {execFile} from 'node:child_process'
import {createHash} from 'node:crypto'
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import http from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {shardOf} from '../src/index.js'
import {FolderStore} from '../src/lib/io/store.js'
import {sealSize} from '../src/lib/io/store/seal.js'
import {hashTree} from './helpers/hash-tree.js'

const exec = promisify(execFile)
const bin = path.join(import.meta.dirname, '../dist/bin.js')
const repo = path.join(import.meta.dirname, '../../..')
const token = `store-test-${process.pid}`
const temp = (name: string) => mkdtempSync(path.join(tmpdir(), `dossier-store-${name}-`))

async function dossier(args: string[], env: Record<string, string> = {}) {
  const full = {
    ...process.env,
    CI: '1',
    SOURCE_DATE_EPOCH: '1700000000',
    TURBO_TOKEN: token,
    TURBO_TEAM: 'dossier',
    ...env
  }
  try {
    const {stdout, stderr} = await exec('node', [bin, ...args], {env: full, maxBuffer: 64 * 1024 * 1024})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const e = error as {code: number; stdout: string; stderr: string}
    return {code: e.code, stdout: e.stdout, stderr: e.stderr}
  }
}

/**
 * Five small publications of different kinds (the short seed and four fixtures): what the store
 * does is the same for any size, and the suite builds this corpus about twenty times.
 */
function corpus(): string {
  const dir = temp('src')
  for (const name of ['002_63918c13af0e94a2.txt', 'collection.yaml'])
    copyFileSync(path.join(repo, 'sources', name), path.join(dir, name))
  const fixtures = path.join(repo, 'packages/core/test/fixtures')
  for (const name of [
    'allcaps-speakers-next-line',
    'dialogue-dashes-russian',
    'bullet-questions-dash-answers',
    'qa-prefixes'
  ])
    copyFileSync(path.join(fixtures, name, 'input.txt'), path.join(dir, `${name}.txt`))
  return dir
}

const hashes = hashTree

/** A copy of the store the clean build filled. */
function copyOfPristine(): string {
  const store = temp('shared')
  cpSync(pristine, store, {recursive: true})
  return store
}

/** Every entry file of a folder store whose key starts with one of `kinds` (all when empty). */
function entries(store: string, kinds: string[] = []): string[] {
  return readdirSync(store).flatMap((bucket) =>
    readdirSync(path.join(store, bucket))
      .filter((name) => kinds.length === 0 || kinds.some((kind) => name.startsWith(`${kind}-`)))
      .map((name) => path.join(store, bucket, name))
  )
}

/** Flip one bit of one byte: in the seal, the middle or the last byte, in turn. */
function flip(files: string[]): void {
  for (const [index, file] of files.entries()) {
    const bytes = readFileSync(file)
    const at = [20, bytes.byteLength >> 1, bytes.byteLength - 1][index % 3]!
    bytes[at]! ^= 0x01
    writeFileSync(file, bytes)
  }
}

let sources = ''
let clean: Record<string, string> = {}
let ids: string[] = []
/** A folder store filled by the clean build; each test damages a copy of its own. */
let pristine = ''

beforeAll(async () => {
  sources = corpus()
  const out = temp('clean')
  pristine = temp('pristine')
  const result = await dossier(['build', '--sources', sources, '--out', out, '--store', pristine])
  expect(result.code, result.stderr).toBe(0)
  expect(result.stderr).not.toMatch(/\[store\//)
  clean = hashes(out)
  ids = (
    JSON.parse(readFileSync(path.join(out, 'dataset/publications.json'), 'utf8')) as {publications: Array<{id: string}>}
  ).publications.map((p) => p.id)
  expect(ids).toHaveLength(5)
  expect(Object.keys(clean).length).toBeGreaterThan(40)
}, 600_000)

describe('FolderStore', () => {
  it('gives back what was put, and nothing for an entry with any byte changed', async () => {
    const store = new FolderStore(temp('unit'))
    const key = `r-${'ab'.repeat(32)}`
    await store.put(key, new TextEncoder().encode('the bytes of a result'))
    expect(Buffer.from((await store.get(key))!).toString()).toBe('the bytes of a result')
    const [file] = entries(store.dir)
    for (const at of [0, 10, 20, sealSize, sealSize + 5]) {
      await store.put(key, new TextEncoder().encode('the bytes of a result'))
      const bytes = readFileSync(file!)
      bytes[at]! ^= 0x20
      writeFileSync(file!, bytes)
      expect(await store.get(key), `byte ${at}`).toBeUndefined()
      // Discarded: the next put writes it again.
      expect(await store.has(key)).toBe(false)
    }
    expect(store.report().damaged.map((d) => d.why)).toEqual(['unsealed', 'damaged', 'damaged', 'damaged', 'damaged'])
  })

  it('never trusts an entry without a seal (an older Dossier wrote the bare bytes)', async () => {
    const store = new FolderStore(temp('unit'))
    const key = `h-${'cd'.repeat(32)}`
    mkdirSync(path.join(store.dir, 'cd'))
    writeFileSync(path.join(store.dir, 'cd', key), '{"ok":true}')
    expect(await store.get(key)).toBeUndefined()
    expect(store.report().damaged).toEqual([{at: store.dir, key, why: 'unsealed'}])
  })

  it('refuses an entry under another key, and one cut short', async () => {
    const store = new FolderStore(temp('unit'))
    const [a, b] = [`r-${'1'.repeat(64)}`, `r-${'2'.repeat(64)}`]
    await store.put(a, new TextEncoder().encode('result a'))
    mkdirSync(path.join(store.dir, '22'))
    copyFileSync(path.join(store.dir, '11', a), path.join(store.dir, '22', b))
    expect(await store.get(b)).toBeUndefined()
    truncateSync(path.join(store.dir, '11', a), statSync(path.join(store.dir, '11', a)).size - 1)
    expect(await store.get(a)).toBeUndefined()
    expect(store.report().damaged.map((d) => d.key)).toEqual([b, a])
  })

  it('streams a file in and out, and never leaves a damaged copy behind', async () => {
    const dir = temp('unit')
    const store = new FolderStore(path.join(dir, 'store'))
    const big = Buffer.alloc(3 * 1024 * 1024 + 7, 'briefing ')
    writeFileSync(path.join(dir, 'briefing.pdf'), big)
    const key = `f-${createHash('sha256').update(big).digest('hex')}`
    expect(await store.putFile(key, path.join(dir, 'briefing.pdf'))).toBe(true)
    expect(await store.copyTo(key, path.join(dir, 'copy.pdf'))).toBe(big.byteLength)
    expect(readFileSync(path.join(dir, 'copy.pdf')).equals(big)).toBe(true)
    const [file] = entries(store.dir)
    const bytes = readFileSync(file!)
    bytes[bytes.byteLength - 100]! ^= 0x01
    writeFileSync(file!, bytes)
    expect(await store.copyTo(key, path.join(dir, 'copy.pdf'))).toBeNull()
    expect(() => statSync(path.join(dir, 'copy.pdf'))).toThrow()
    // Put again, it is whole again.
    expect(await store.putFile(key, path.join(dir, 'briefing.pdf'))).toBe(true)
    // A copy that cannot be written is the caller's error; the entry stays.
    await expect(store.copyTo(key, path.join(dir, 'no-such-folder', 'copy.pdf'))).rejects.toThrow(/ENOENT/)
    expect(await store.has(key)).toBe(true)
    expect(await store.copyTo(key, null)).toBe(big.byteLength)
  })
})

describe('a damaged folder store', () => {
  it('with every entry of --store DIR damaged, rebuilds the bytes of a clean build and says so', async () => {
    const store = copyOfPristine()
    const all = entries(store)
    expect(all.length).toBeGreaterThan(50)
    flip(all)
    // Worker threads too: their stores' reports reach the build's summary.
    const out = temp('out')
    const again = await dossier(['build', '--sources', sources, '--out', out, '--store', store, '--jobs', '2'])
    expect(again.code, again.stderr).toBe(0)
    expect(hashes(out)).toEqual(clean)
    expect(again.stderr).toMatch(
      new RegExp(
        `^${store}: warning: \\d+ stored result\\(s\\) failed their check and were discarded .*\\[store/damaged\\]$`,
        'm'
      )
    )
    // Repaired: the next build meets no damage.
    const third = await dossier(['build', '--sources', sources, '--out', temp('out'), '--store', store])
    expect(third.stderr).not.toMatch(/\[store\//)
  }, 600_000)

  it('with every entry of the default store damaged, rebuilds the output it had', async () => {
    const out = temp('out')
    expect((await dossier(['build', '--sources', sources, '--out', out])).code).toBe(0)
    const store = path.join(out, '.cache/store')
    flip(entries(store))
    // The published folders go (the store is read only for what they no longer hold).
    for (const folder of ['dataset', 'site', 'epub', 'pdf']) rmSync(path.join(out, folder), {recursive: true})
    const again = await dossier(['build', '--sources', sources, '--out', out])
    expect(again.code, again.stderr).toBe(0)
    expect(hashes(out)).toEqual(clean)
    expect(again.stderr).toContain(`${store}: warning: `)
  }, 600_000)

  it.each([
    ['normalize results (h-, m-)', ['h', 'm']],
    ['models and manifests (m-, c-): the briefing reads the models again', ['m', 'c']],
    ['parts and collection manifests (p-, c-): parts are made again', ['p', 'c']],
    ['collection files (f-): the collection is made again', ['f']]
  ])(
    'with damaged %s, publishes the bytes of a clean build',
    async (_, kinds) => {
      const store = copyOfPristine()
      const damaged = entries(store, kinds)
      expect(damaged.length).toBeGreaterThan(0)
      flip(damaged)
      // One entry of the kind is also cut in half.
      truncateSync(damaged[0]!, statSync(damaged[0]!).size >> 1)
      const out = temp('out')
      const again = await dossier(['build', '--sources', sources, '--out', out, '--store', store])
      expect(again.code, again.stderr).toBe(0)
      expect(hashes(out)).toEqual(clean)
      expect(again.stderr).toMatch(new RegExp(`^${store}: warning: .*\\[store/damaged\\]$`, 'm'))
    },
    600_000
  )
})

/** What the fake remote does: serve faithfully, alter what it serves, or refuse, or never answer. */
type Mode = 'ok' | 'flip' | 'garbage' | 'half' | 'short' | 'hang' | 'deny-put'

describe('a remote store that misbehaves', () => {
  const artifacts = new Map<string, Buffer>()
  let mode: Mode = 'ok'
  let url = ''
  const server = http.createServer((request, response) => {
    if (mode === 'hang') return
    const hash = /^\/v8\/artifacts\/([^/?]+)/.exec(request.url ?? '')?.[1]
    if (!hash || request.headers.authorization !== `Bearer ${token}`) return response.writeHead(401).end()
    if (request.method === 'PUT') {
      if (mode === 'deny-put') return request.resume().on('end', () => response.writeHead(401).end())
      const chunks: Buffer[] = []
      request.on('data', (chunk: Buffer) => chunks.push(chunk))
      request.on('end', () => {
        artifacts.set(hash, Buffer.concat(chunks))
        response.writeHead(202, {'content-type': 'application/json'}).end('{"urls":[]}')
      })
      return
    }
    const stored = artifacts.get(hash)
    if (!stored) return response.writeHead(404).end()
    if (request.method === 'HEAD') return response.writeHead(200, {'content-length': stored.byteLength}).end()
    let body = Buffer.from(stored)
    if (mode === 'flip') body[body.byteLength >> 1]! ^= 0x01
    if (mode === 'garbage') body = createHash('sha512').update(stored).digest()
    // Half the bytes, the connection cut (a crash) or the answer ended cleanly (a broken proxy).
    if (mode === 'short') return response.writeHead(200).end(body.subarray(0, body.byteLength >> 1))
    if (mode === 'half') {
      response.writeHead(200, {'content-length': body.byteLength})
      response.write(body.subarray(0, body.byteLength >> 1))
      return response.socket?.destroy()
    }
    response.writeHead(200, {'content-length': body.byteLength}).end(body)
  })

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => {
    server.closeAllConnections()
    server.close()
  })
  let filled = false
  beforeEach(() => {
    mode = 'ok'
  })

  /**
   * Fill the remote with a faithful build's results, once: a misbehaving answer alters what is
   * served, never what is stored (a build that repairs sends back faithful bytes).
   */
  async function fill() {
    if (filled) return
    filled = true
    artifacts.clear()
    const built = await dossier(['build', '--sources', sources, '--out', temp('out'), '--store', url])
    expect(built.code, built.stderr).toBe(0)
    expect(built.stdout).toMatch(new RegExp(`^remote ${url} .*: \\d+ result\\(s\\) of this build sent there$`, 'm'))
    expect(artifacts.size).toBeGreaterThan(30)
  }

  it.each([
    ['altered bytes', 'flip', /\d+ stored result\(s\) failed their check .*\[store\/damaged\]/],
    [
      'garbage',
      'garbage',
      /\d+ stored result\(s\) failed their check .*without an integrity record.*\[store\/damaged\]/
    ],
    [
      'half of each response, then cuts the connection',
      'half',
      /a request failed or its answer was cut short \(.*\) \(\d+ times\) \[store\/failed\]/
    ],
    ['half of each response as if whole', 'short', /\d+ stored result\(s\) failed their check .*\[store\/damaged\]/]
  ] as const)(
    'that serves %s: the build publishes what it makes itself, and says so',
    async (_, bad, warning) => {
      await fill()
      mode = bad
      const out = temp('out')
      const result = await dossier(['build', '--sources', sources, '--out', out, '--store', url])
      expect(result.code, result.stderr).toBe(0)
      expect(hashes(out)).toEqual(clean)
      expect(result.stderr).toMatch(new RegExp(`^${url}: warning: ${warning.source}$`, 'm'))
    },
    600_000
  )

  it('that never answers: gives up after DOSSIER_STORE_TIMEOUT, publishes, and a shard says nothing reached it', async () => {
    filled = false
    mode = 'hang'
    const env = {DOSSIER_STORE_TIMEOUT: '0.5'}
    const out = temp('out')
    const result = await dossier(['build', '--sources', sources, '--out', out, '--store', url, '--jobs', '2'], env)
    expect(result.code, result.stderr).toBe(0)
    expect(hashes(out)).toEqual(clean)
    expect(result.stderr).toMatch(
      new RegExp(
        `^${url}: warning: did not answer within 0.5 s \\([A-Z]+ [a-z]-…\\); the build went on without it; \\d+ result\\(s\\) did not reach it \\[store/failed\\]$`,
        'm'
      )
    )
    const {index, size} = biggestShard()
    const shard = await dossier(
      ['build', '--sources', sources, '--out', temp('out'), '--store', url, '--shard', `${index + 1}/2`],
      env
    )
    expect(shard.code, shard.stderr).toBe(0)
    expect(shard.stdout).toMatch(
      new RegExp(
        `^shard ${index + 1}/2: only 0 of its ${size} publication\\(s\\) reached the store \\(remote ${url} .*\\), ${size} did not \\(see the warnings\\); 5 in all$`,
        'm'
      )
    )
    expect(shard.stderr).toMatch(new RegExp(`^${url}: warning: did not answer within 0.5 s`, 'm'))
  }, 600_000)

  it('that refuses uploads (401): the shard says none of its results reached it, then sends them once it may', async () => {
    filled = false
    artifacts.clear()
    mode = 'deny-put'
    const {index, size} = biggestShard()
    const out = temp('out')
    const args = ['build', '--sources', sources, '--out', out, '--store', url, '--shard', `${index + 1}/2`]
    const refused = await dossier(args)
    expect(refused.code, refused.stderr).toBe(0)
    expect(refused.stdout).toMatch(
      new RegExp(
        `^shard ${index + 1}/2: only 0 of its ${size} publication\\(s\\) reached the store .*, ${size} did not`,
        'm'
      )
    )
    expect(refused.stderr).toMatch(
      new RegExp(
        `^${url}: warning: refused to store results \\(PUT answered 401 Unauthorized\\): check TURBO_TOKEN and TURBO_TEAM; nothing more was sent to it; \\d+ result\\(s\\) did not reach it \\[store/failed\\]$`,
        'm'
      )
    )
    expect(artifacts.size).toBe(0)
    // A whole build meanwhile publishes what it makes and says the same.
    const whole = temp('out')
    const built = await dossier(['build', '--sources', sources, '--out', whole, '--store', url])
    expect(built.code, built.stderr).toBe(0)
    expect(hashes(whole)).toEqual(clean)
    expect(built.stderr).toMatch(new RegExp(`^${url}: warning: refused to store results \\(PUT answered 401`, 'm'))
    expect(built.stdout).toMatch(new RegExp(`^remote ${url} .*: 0 result\\(s\\) of this build sent there$`, 'm'))
    // The same shard again once the server takes them: its results, found in the local folder, are sent.
    mode = 'ok'
    const sent = await dossier(args)
    expect(sent.code, sent.stderr).toBe(0)
    expect(sent.stdout).toMatch(
      new RegExp(`^shard ${index + 1}/2: ${size} of 5 publication\\(s\\) in the store \\(remote ${url}`, 'm')
    )
    expect(sent.stderr).not.toMatch(/\[store\//)
    // And the assembly elsewhere finds them there (4 formats × the shard's publications, not rendered again).
    const other = await dossier([
      'build',
      '--sources',
      sources,
      '--out',
      temp('out'),
      '--store',
      url,
      '--shard',
      `${2 - index}/2`
    ])
    expect(other.code, other.stderr).toBe(0)
    const assembled = temp('out')
    const final = await dossier(['build', '--sources', sources, '--out', assembled, '--store', url])
    expect(final.code, final.stderr).toBe(0)
    expect(final.stdout).toMatch(/^pdf: wrote \d+ file\(s\) .*, 5 reused from the cache$/m)
    expect(hashes(assembled)).toEqual(clean)
  }, 180_000)
})

/** The shard of two with more of the five publications, and how many it has. */
function biggestShard(): {index: number; size: number} {
  const counts = [0, 1].map((k) => ids.filter((id) => shardOf(id, 2) === k).length)
  const index = counts[0]! >= counts[1]! ? 0 : 1
  return {index, size: counts[index]!}
}
