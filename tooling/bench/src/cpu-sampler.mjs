#!/usr/bin/env node
/**
 * A CPU sampler that runs beside a build, as its own process, so the harness can block on the
 * build (`spawnSync`) while samples keep coming. Every `interval` ms it appends one JSON line to
 * `out`:
 *
 *   {"t": ms since start, "system": 0–1, "cores": [0–1, …], "tree": 0–1, "treeRssMiB": MiB}
 *
 * - `system` is the busy share of all the machine's cores over the interval, from the `cpu` line of
 *   /proc/stat (busy = user + nice + system + irq + softirq + steal; idle + iowait are not busy;
 *   proc(5)); `cores` the same per `cpuN` line. It counts every process on the machine.
 * - `tree` is the share of all cores used by the processes under `root` (the harness's pid: the
 *   `time` wrapper, the build and anything it spawns), from utime + stime of /proc/<pid>/stat in
 *   clock ticks; on a machine shared with other work this is the build's own share. The root's own
 *   ticks count, its `cutime` does not (it holds every earlier build).
 * - `treeRssMiB` is the sum of VmRSS over that tree (the root and the sampler left out).
 *
 * Prints `ready` on stdout after the first reading; stops on SIGTERM.
 *
 *   node cpu-sampler.mjs <out.jsonl> [interval ms = 500] [root pid = parent]
 */
import {appendFileSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/** Parse /proc/stat text into busy and total ticks of the whole machine and of each core. */
export function parseProcStat(text) {
  const cores = []
  let total = null
  for (const line of text.split('\n')) {
    const m = /^cpu(\d*)\s+(.*)$/.exec(line)
    if (!m) continue
    const v = m[2].trim().split(/\s+/).map(Number)
    // user nice system idle iowait irq softirq steal (guest and guest_nice are inside user and nice)
    const ticks = v.slice(0, 8).reduce((a, b) => a + b, 0)
    const idle = (v[3] ?? 0) + (v[4] ?? 0)
    const reading = {busy: ticks - idle, total: ticks}
    if (m[1] === '') total = reading
    else cores[Number(m[1])] = reading
  }
  if (!total) throw new Error('/proc/stat has no "cpu" line')
  return {total, cores}
}

/** Busy share (0–1) between two readings of the same counter; null when no tick passed. */
export function busyShare(before, after) {
  const dt = after.total - before.total
  return dt > 0 ? Math.min(1, Math.max(0, (after.busy - before.busy) / dt)) : null
}

/**
 * Read every process's parent, CPU ticks and RSS, and return the CPU ticks and RSS (KiB) of the
 * processes under `root` (root included for ticks, excluded for RSS), leaving out `self`.
 */
export function readTree(root, self) {
  const procs = new Map()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      // The command name is in parentheses and may hold spaces: split after the last ')'.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const ppid = Number(rest[1])
      const ticks = Number(rest[11]) + Number(rest[12])
      const rssPages = Number(rest[21])
      procs.set(Number(name), {ppid, ticks, rssPages})
    } catch {
      // The process ended between readdir and read.
    }
  }
  const children = new Map()
  for (const [pid, p] of procs) {
    if (!children.has(p.ppid)) children.set(p.ppid, [])
    children.get(p.ppid).push(pid)
  }
  let ticks = 0
  let rssPages = 0
  const stack = [root]
  while (stack.length > 0) {
    const pid = stack.pop()
    if (pid === self) continue
    const p = procs.get(pid)
    if (p) {
      ticks += p.ticks
      if (pid !== root) rssPages += p.rssPages
    }
    stack.push(...(children.get(pid) ?? []))
  }
  // Pages of 4 KiB (x86-64 and arm64 as configured by the usual distributions).
  return {ticks, rssKiB: rssPages * 4}
}

/** Summarize sample lines: counts, means and the share of samples at or above `busy` (0–1). */
export function summarizeSamples(samples, busy = 0.9) {
  const share = (key) => {
    const xs = samples.map((s) => s[key]).filter((x) => typeof x === 'number')
    if (xs.length === 0) return {mean: null, atLeast: null}
    return {mean: xs.reduce((a, b) => a + b, 0) / xs.length, atLeast: xs.filter((x) => x >= busy).length / xs.length}
  }
  return {
    samples: samples.length,
    threshold: busy,
    system: share('system'),
    tree: share('tree'),
    treePeakRssMiB: samples.length ? Math.max(...samples.map((s) => s.treeRssMiB ?? 0)) : null
  }
}

function run() {
  const [out, intervalArg, rootArg] = process.argv.slice(2)
  if (!out) throw new Error('usage: cpu-sampler.mjs <out.jsonl> [interval ms] [root pid]')
  const interval = Number(intervalArg ?? 500)
  const root = Number(rootArg ?? process.ppid)
  const coreCount = parseProcStat(readFileSync('/proc/stat', 'utf8')).cores.length || 1
  // Clock ticks per second: 100 on every Linux the harness runs on (sysconf(_SC_CLK_TCK)).
  const hz = 100
  const start = Date.now()
  let last = {stat: parseProcStat(readFileSync('/proc/stat', 'utf8')), tree: readTree(root, process.pid), at: start}
  writeFileSync(out, '')
  process.stdout.write('ready\n')
  const timer = setInterval(() => {
    const now = Date.now()
    const stat = parseProcStat(readFileSync('/proc/stat', 'utf8'))
    const tree = readTree(root, process.pid)
    const seconds = (now - last.at) / 1000
    const sample = {
      t: now - start,
      system: busyShare(last.stat.total, stat.total),
      cores: stat.cores.map((c, i) => (last.stat.cores[i] ? busyShare(last.stat.cores[i], c) : null)),
      // A process reaped since the last reading takes its ticks with it: never below 0.
      tree: seconds > 0 ? Math.min(1, Math.max(0, (tree.ticks - last.tree.ticks) / hz / seconds / coreCount)) : null,
      treeRssMiB: Math.round(tree.rssKiB / 1024)
    }
    appendFileSync(out, `${JSON.stringify(sample)}\n`)
    last = {stat, tree, at: now}
  }, interval)
  process.on('SIGTERM', () => {
    clearInterval(timer)
    process.exit(0)
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) run()
