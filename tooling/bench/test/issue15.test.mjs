import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, expect, test} from 'vitest'
import {busyShare, parseProcStat, readTree, summarizeSamples} from '../src/cpu-sampler.mjs'
import {issue15Targets} from '../src/issue15.mjs'
import {measure, measureGroup} from '../src/measure.mjs'
import {renderReport} from '../src/report.mjs'
import {compareTrees, hashTree} from '../src/tree-hash.mjs'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-issue15-'))
afterAll(() => rmSync(tmp, {recursive: true, force: true}))
// The harness needs GNU time and Linux's /proc (ensure-tools.mjs installs the first): a machine
// without them fails here, it does not skip the tests that use them.
test('GNU time and /proc are here', () => {
  expect(existsSync('/usr/bin/time')).toBe(true)
  expect(existsSync('/proc/stat')).toBe(true)
})
/** Processes of their own on a loaded machine: the timeout only stops a hang. */
const hang = 120_000

test('/proc/stat: busy share of the machine and of each core, idle and iowait not busy', () => {
  const a = parseProcStat(
    'cpu  100 0 50 800 50 0 0 0 0 0\ncpu0 50 0 25 400 25 0 0 0 0 0\ncpu1 50 0 25 400 25 0 0 0 0 0\nintr 1\n'
  )
  const b = parseProcStat(
    'cpu  250 0 100 800 50 0 0 0 0 0\ncpu0 150 0 50 400 25 0 0 0 0 0\ncpu1 100 0 50 475 25 0 0 0 0 0\n'
  )
  expect(a.cores).toHaveLength(2)
  expect(busyShare(a.total, b.total)).toBe(1)
  expect(busyShare(a.cores[0], b.cores[0])).toBe(1)
  expect(busyShare(a.cores[1], b.cores[1])).toBe(0.5)
  expect(busyShare(a.total, a.total)).toBeNull()
  expect(() => parseProcStat('intr 1\n')).toThrow(/no "cpu" line/)
})

test('samples: means and the share at or above 90 %', () => {
  const s = summarizeSamples([
    {system: 1, tree: 0.95, treeRssMiB: 300},
    {system: 0.95, tree: 0.5, treeRssMiB: 500},
    {system: 0.5, tree: 0.9, treeRssMiB: 100},
    {system: 1, tree: null, treeRssMiB: 0}
  ])
  expect(s.samples).toBe(4)
  expect(s.system.atLeast).toBe(0.75)
  expect(s.tree.mean).toBeCloseTo((0.95 + 0.5 + 0.9) / 3)
  expect(s.tree.atLeast).toBeCloseTo(2 / 3)
  expect(s.treePeakRssMiB).toBe(500)
})

test(
  'the process tree under this process counts a busy child and leaves out the excluded pid',
  async () => {
    const before = readTree(process.pid, -1)
    // Busy for 0.3 s of its own CPU, not of the clock: on a loaded machine 0.3 s of wall time can be
    // 0.07 s of CPU.
    const m = await measure([
      'node',
      '-e',
      'const s=process.cpuUsage();for(let u=s;u.user+u.system<300000;)u=process.cpuUsage(s)'
    ])
    expect(m.error).toBeUndefined()
    expect(m.cpu).toBeGreaterThan(0.1)
    expect(m.rss).toBeGreaterThan(10)
    expect(before.ticks).toBeGreaterThan(0)
    expect(readTree(process.pid, process.pid).ticks).toBe(0)
  },
  hang
)

test(
  'a group of commands runs at the same time: group wall below the sum of the members',
  async () => {
    const sleep = ['node', '-e', 'setTimeout(() => {}, 600)']
    const g = await measureGroup([sleep, sleep, sleep], {sample: true})
    expect(g.members).toHaveLength(3)
    expect(g.wall).toBeLessThan(g.members.reduce((a, m) => a + m.wall, 0))
    expect(g.rss).toBe(Math.max(...g.members.map((m) => m.rss)))
    expect(g.cpuUse.samples).toBeGreaterThan(0)
    const failed = await measureGroup([sleep, ['node', '-e', 'process.exit(3)']])
    expect(failed.error).toMatch(/exited 3/)
  },
  hang
)

test('two output folders compared byte for byte, .cache left out', async () => {
  const write = (dir, files) => {
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, rel)), {recursive: true})
      writeFileSync(path.join(dir, rel), text)
    }
  }
  const a = path.join(tmp, 'a')
  const b = path.join(tmp, 'b')
  write(a, {'site/index.html': 'x', 'pdf/a.pdf': 'p', '.cache/store/1': 'one'})
  write(b, {'site/index.html': 'x', 'pdf/a.pdf': 'p', '.cache/store/2': 'two'})
  const same = compareTrees(await hashTree(a), await hashTree(b))
  expect(same).toMatchObject({identical: true, compared: 2, differing: [], missing: [], extra: []})
  write(b, {'pdf/a.pdf': 'q', 'epub/x.epub': 'e'})
  rmSync(path.join(b, 'site'), {recursive: true})
  const diff = compareTrees(await hashTree(a), await hashTree(b))
  expect(diff).toMatchObject({
    identical: false,
    compared: 1,
    differing: ['pdf/a.pdf'],
    missing: ['site/index.html'],
    extra: ['epub/x.epub']
  })
})

const run = (wall, rss = 500, extra = {}) => ({wall, cpu: wall * 1.9, rss, load: 1, runs: 1, ...extra})
const use = (tree, system) => ({
  samples: 100,
  threshold: 0.9,
  system: {mean: system, atLeast: system},
  tree: {mean: tree, atLeast: tree}
})

function results() {
  return {
    date: '2000-01-01',
    seed: 1,
    machine: {cpu: 'x', cores: 2, memoryGiB: 4, os: 'Linux', node: 'v20', pandoc: 'pandoc'},
    loadAtStart: [1, 1, 1],
    sizes: [100, 1000].map((n) => ({
      n,
      words: n * 6000,
      bytes: n * 40000,
      questions: n * 20,
      runs: 1,
      check: {checked: n, wrong: [], warnings: 0},
      dossier: {all: run(n / 5, n === 1000 ? 900 : 300, n === 1000 ? {cpuUse: use(0.95, 0.97)} : {})},
      pandoc: {html: run(n / 10), epub: run(n / 8)},
      floors: {}
    })),
    unchanged: {...run(3, 400), n: 1000, format: 'all', cold: 200, coldCpu: 380},
    incremental: {...run(12, 600), n: 1000, format: 'all', cold: 200, coldCpu: 380, changed: 'x.txt'},
    shards: {
      n: 1000,
      format: 'all',
      count: 3,
      cold: 200,
      coldCpu: 380,
      group: {...run(210, 1100), members: [run(200, 1100), run(205, 700), run(210, 650)], cpuUse: use(0.99, 1)},
      assemble: run(20, 450),
      comparison: {
        identical: true,
        compared: 5000,
        expectedFiles: 5000,
        actualFiles: 5000,
        differing: [],
        missing: [],
        extra: []
      }
    },
    memory: [{n: 5000, words: 1, bytes: 2e8, format: 'all', build: run(1000, 1600)}]
  }
}

test('issue 15 targets: figures, verdicts and margins', () => {
  const rows = issue15Targets(results())
  const by = (s) => rows.find((r) => r.target.includes(s))
  // The largest RSS at N = 1,000 is a shard's, not the cold build's.
  expect(by('peak RSS at N = 1,000')).toMatchObject({met: false, figure: '1100 MiB, shard 1/3'})
  expect(by('peak RSS at N = 1,000').margin).toBe('missed by 76 MiB (1.07 × the limit)')
  expect(by('peak RSS at N = 5,000')).toMatchObject({met: false, margin: 'missed by 64 MiB (1.04 × the limit)'})
  expect(by('one changed source')).toMatchObject({met: false})
  expect(by('one changed source').figure).toMatch(/^6\.0 % of wall/)
  expect(by('nothing changed')).toMatchObject({met: true, margin: 'met by 0.5 points'})
  expect(by('against before')).toMatchObject({met: true, margin: 'met by 48.0 s'})
  expect(by('against Pandoc')).toMatchObject({met: true, margin: 'met by 25.0 s (11 % under)'})
  expect(by('against Pandoc').figure).toMatch(/^200\.0 s against 225\.0 s/)
  expect(by('both cores busy')).toMatchObject({met: true, margin: 'met by 5 points'})
  expect(by('shards')).toMatchObject({met: true, figure: 'identical: 5,000 files compared (N = 1,000, all)'})
})

test('issue 15 targets not measured say so, and the note renders them', () => {
  const r = results()
  r.sizes = r.sizes.filter((e) => e.n === 100)
  r.memory = []
  r.shards = null
  const rows = issue15Targets(r)
  expect(rows.find((x) => x.target.includes('against before')).met).toBeNull()
  expect(rows.find((x) => x.target.includes('5,000')).met).toBeNull()
  expect(rows.find((x) => x.target.includes('shards')).met).toBeNull()
  expect(rows.find((x) => x.target.includes('peak RSS at N = 1,000')).figure).toMatch(
    /at N = 100; the target is for N = 1,000/
  )
  const md = renderReport(results(), 'x.svg')
  expect(md).toContain('## Issue 15 targets')
  expect(md).toContain('## Rebuilds and shards, N = 1,000')
  expect(md).toContain('**identical**, 5,000 files compared')
  expect(md).toContain('| nothing changed | 3.00 | 5.70 | 400 | 1.5 | 1.5 | 1.0 |')
  expect(md).toContain('## Peak memory at larger N')
  expect(md).toContain('| N = 1,000, cold all | 100 | 97 % | 97 % | 95 % | 95 % | 1.90 | 1.0 |')
})
