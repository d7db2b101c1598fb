/**
 * Incremental builds, one publication at a time: with nothing changed no folder is touched; after
 * one source changes only that publication (and neighbours whose links name it) is rendered again,
 * the unchanged files are the very same files (hard links into the new folder, same inode), the
 * site's search index makes again only the shard that holds it, and the result equals a fresh build
 * byte for byte; a folder changed by hand is noticed and rebuilt. A rebuild reads back no output
 * file whose identity (inode, size, time) is still the one it was hashed with.
 */
import {execFile} from 'node:child_process'
import {createHash} from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const exec = promisify(execFile)
const bin = path.join(import.meta.dirname, '../dist/bin.js')
const repo = path.join(import.meta.dirname, '../../..')

async function dossier(args: string[]) {
  const env = {...process.env, CI: '1', SOURCE_DATE_EPOCH: '1700000000'}
  const {stdout, stderr} = await exec('node', [bin, ...args], {env, maxBuffer: 64 * 1024 * 1024})
  return {stdout, stderr}
}

function corpus(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-incr-src-'))
  for (const name of readdirSync(path.join(repo, 'sources')))
    copyFileSync(path.join(repo, 'sources', name), path.join(dir, name))
  const fixtures = path.join(repo, 'packages/core/test/fixtures')
  for (const name of ['allcaps-speakers-next-line', 'dialogue-dashes-russian', 'bullet-questions-dash-answers'])
    copyFileSync(path.join(fixtures, name, 'input.txt'), path.join(dir, `${name}.txt`))
  // One publication per search shard, roughly: 5 publications make 8 shards.
  const collection = path.join(dir, 'collection.yaml')
  writeFileSync(collection, `${readFileSync(collection, 'utf8').trimEnd()}\nsearchShardSize: 1\n`)
  return dir
}

/**
 * The search shards among the `k-` pieces of an output folder's default store (pages and dataset
 * runs are pieces too): those whose bytes are a shard's script.
 */
function pieces(out: string): string[] {
  const store = path.join(out, '.cache/store')
  return readdirSync(store, {recursive: true, encoding: 'utf8'})
    .filter((file) => path.basename(file).startsWith('k-'))
    .filter((file) => readFileSync(path.join(store, file)).subarray(0, 512).includes('window.dossierSearch'))
    .map((file) => path.basename(file))
    .sort()
}

function files(dir: string): Record<string, {sha: string; ino: number}> {
  const out: Record<string, {sha: string; ino: number}> = {}
  const visit = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), {withFileTypes: true})) {
      const child = rel ? `${rel}/${entry.name}` : entry.name
      if (child === '.cache') continue
      const full = path.join(dir, child)
      if (entry.isDirectory()) visit(child)
      else out[child] = {sha: createHash('sha256').update(readFileSync(full)).digest('hex'), ino: statSync(full).ino}
    }
  }
  visit('')
  return out
}

const shas = (listing: Record<string, {sha: string}>) =>
  Object.fromEntries(Object.entries(listing).map(([file, {sha}]) => [file, sha]))

describe('incremental builds', () => {
  it('touches nothing when nothing changed, relinks what did not change, equals a fresh build', async () => {
    const sources = corpus()
    const out = mkdtempSync(path.join(tmpdir(), 'dossier-incr-out-'))
    await dossier(['build', '--sources', sources, '--out', out])
    const first = files(out)
    const pdfs = Object.keys(first).filter((file) => /^pdf\/.+\.pdf$/.test(file) && file !== 'pdf/briefing.pdf')
    expect(pdfs).toHaveLength(5)
    const shards = Object.keys(first).filter((file) => /^site\/assets\/search-index-\d+\.js$/.test(file))
    expect(shards).toHaveLength(8)
    const piecesBefore = pieces(out)
    expect(piecesBefore.length).toBeGreaterThanOrEqual(8)

    const again = await dossier(['build', '--sources', sources, '--out', out])
    for (const format of ['json', 'epub', 'pdf', 'html'])
      expect(again.stdout).toMatch(new RegExp(`^${format}: \\S+ is up to date \\(\\d+ file\\(s\\)\\), 5 reused`, 'm'))
    expect(files(out)).toEqual(first)

    // One source's text changes (not its title): it alone is rendered again.
    const changed = path.join(sources, '002_63918c13af0e94a2.txt')
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('Read more: Pakistan', 'Read more: Pakistan and'))
    const rebuilt = await dossier(['build', '--sources', sources, '--out', out])
    for (const format of ['json', 'epub', 'pdf', 'html'])
      expect(rebuilt.stdout).toMatch(
        new RegExp(`^${format}: wrote \\d+ file\\(s\\) to \\S+, 4 reused from the cache$`, 'm')
      )
    const second = files(out)
    const id = JSON.parse(readFileSync(path.join(out, 'dataset/publications.json'), 'utf8')).publications.find(
      (p: {source: {path: string}}) => p.source.path === '002_63918c13af0e94a2.txt'
    ).id as string
    for (const file of pdfs) {
      // The unchanged publications' PDFs are the same files, linked into the new folder.
      if (file === `pdf/${id}.pdf`) expect(second[file]!.sha).not.toBe(first[file]!.sha)
      else expect(second[file], file).toEqual(first[file])
    }

    // The search index: one shard made again (the changed publication's: its id's sha256 modulo 8)
    // and kept as one more piece; the other shards keep their bytes.
    expect(pieces(out).filter((piece) => !piecesBefore.includes(piece))).toHaveLength(1)
    const home = createHash('sha256').update(id).digest().readUInt32BE(0) % 8
    for (const file of shards)
      if (file !== `site/assets/search-index-${home}.js`) expect(second[file]!.sha, file).toBe(first[file]!.sha)

    const fresh = mkdtempSync(path.join(tmpdir(), 'dossier-incr-fresh-'))
    await dossier(['build', '--no-cache', '--sources', sources, '--out', fresh])
    expect(shas(second)).toEqual(shas(files(fresh)))

    // A file removed by hand: the folder is no longer what the state says, so it is written again.
    rmSync(path.join(out, pdfs[0]!))
    const repaired = await dossier(['build', '--sources', sources, '--out', out])
    expect(repaired.stdout).toMatch(/^pdf: wrote \d+ file\(s\)/m)
    expect(shas(files(out))).toEqual(shas(second))
  }, 300_000)
})

describe('a rebuild', () => {
  const preload = path.join(import.meta.dirname, 'helpers/record-reads.cjs')
  /** A build of `sources` into `out`; the files of `out` it streamed (hashed), `.cache` left out. */
  async function streamed(sources: string, out: string): Promise<string[]> {
    const log = path.join(mkdtempSync(path.join(tmpdir(), 'dossier-streams-')), 'streams.txt')
    const env = {...process.env, CI: '1', SOURCE_DATE_EPOCH: '1700000000', DOSSIER_TEST_STREAMS: log}
    await exec('node', ['--require', preload, bin, 'build', '--sources', sources, '--out', out], {env})
    const lines = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []
    return lines
      .filter((file) => file.startsWith(`${out}${path.sep}`) && !file.includes(`${path.sep}.cache${path.sep}`))
      .map((file) => path.relative(out, file))
  }

  it('reads back no unchanged output file, and still reads and remakes one changed in place', async () => {
    const sources = corpus()
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'dossier-incr-reads-')), 'out')
    await streamed(sources, out)
    const built = files(out)
    // Nothing changed: every file of every folder is known by its identity, none is read but those
    // written in the clock tick the state was written in (a write just after hashing keeps that time).
    const state = statSync(path.join(out, '.cache/state.json'), {bigint: true}).mtimeNs
    const racy = (file: string) => statSync(path.join(out, file), {bigint: true}).mtimeNs >= state
    expect(Object.keys(built).filter((file) => !racy(file)).length).toBeGreaterThan(20)
    expect((await streamed(sources, out)).filter((file) => !racy(file))).toEqual([])
    expect(files(out)).toEqual(built)
    // One page damaged in place, same size: its time changed, so it is read, found wrong and made again.
    const page = Object.keys(built).find((file) => /^site\/[^/]+\.html$/.test(file) && !/index|search|404/.test(file))!
    const bytes = readFileSync(path.join(out, page))
    const at = bytes.length >> 1
    bytes[at] = bytes[at]! ^ 0x20
    writeFileSync(path.join(out, page), bytes)
    const reads = await streamed(sources, out)
    expect(reads).toContain(page)
    expect(shas(files(out))).toEqual(shas(built))
  }, 300_000)
})
