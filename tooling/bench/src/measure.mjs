/**
 * Timing of commands: each runs under GNU time (`/usr/bin/time -f '%e %U %S %M'`: wall seconds,
 * user and system CPU seconds of the process and the children it waited for, peak RSS of the
 * largest of them in KiB), optionally with the CPU sampler (`cpu-sampler.mjs`) beside it. Commands
 * are spawned asynchronously, so several can run at the same time (`measureGroup`).
 */
import {spawn} from 'node:child_process'
import {existsSync, readFileSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {summarizeSamples} from './cpu-sampler.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const samplerScript = path.join(here, 'cpu-sampler.mjs')
let counter = 0

/** Median of numbers; null for none. */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length === 0 ? null : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/**
 * Start the CPU sampler (every `interval` ms, over this process's children) and wait for its
 * first reading. `stop()` ends it and resolves to the summary (`summarizeSamples`) plus a
 * timeline of `[seconds, system share, tree share]` rounded to 2 decimals.
 */
export async function startSampler(interval = 500) {
  const file = path.join(os.tmpdir(), `dossier-bench-cpu-${process.pid}-${++counter}.jsonl`)
  const child = spawn(process.execPath, [samplerScript, file, String(interval), String(process.pid)], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const exited = new Promise((resolve) => child.on('exit', resolve))
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve)
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`the CPU sampler exited (${code}) before its first reading`)))
  })
  return {
    async stop() {
      child.kill('SIGTERM')
      await exited
      const lines = existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean) : []
      rmSync(file, {force: true})
      const samples = lines.map((l) => JSON.parse(l))
      const r2 = (x) => (typeof x === 'number' ? Math.round(x * 100) / 100 : null)
      return {
        ...summarizeSamples(samples),
        interval,
        timeline: samples.map((s) => [Math.round(s.t / 100) / 10, r2(s.system), r2(s.tree)])
      }
    }
  }
}

/**
 * Run `command` (argv array) under GNU time. Resolves to `{wall, cpu, rss (MiB), load, status,
 * stdout}` plus `error` when it failed, plus `cpuUse` (the sampler's summary) with `sample: true`.
 */
export async function measure(command, {cwd, env = {}, sample = false} = {}) {
  const timeFile = path.join(os.tmpdir(), `dossier-bench-time-${process.pid}-${++counter}.txt`)
  const load = os.loadavg()[0]
  const sampler = sample ? await startSampler() : null
  const {status, stdout, stderr} = await new Promise((resolve) => {
    const child = spawn('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, ...command], {
      cwd,
      env: {...process.env, TURBO_TELEMETRY_DISABLED: '1', ...env},
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const out = []
    const err = []
    child.stdout.on('data', (c) => out.push(c))
    child.stderr.on('data', (c) => err.push(c))
    child.on('close', (code) =>
      resolve({status: code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString()})
    )
  })
  const cpuUse = sampler ? await sampler.stop() : undefined
  const lines = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n') : []
  rmSync(timeFile, {force: true})
  const [wall, user, sys, rssKb] = (lines.at(-1) ?? '').split(' ').map(Number)
  const result = {wall, cpu: user + sys, rss: rssKb / 1024, load, status, stdout, ...(cpuUse ? {cpuUse} : {})}
  if (status !== 0)
    result.error = `${command.slice(0, 4).join(' ')} … exited ${status}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`
  return result
}

/**
 * Run several commands at the same time. Resolves to the wall time of the group (first start to
 * last exit), the sum of their CPU, the largest peak RSS, each member's figures, and with
 * `sample: true` the sampler's summary over the group.
 */
export async function measureGroup(commands, {cwd, env = {}, sample = false} = {}) {
  const load = os.loadavg()[0]
  const sampler = sample ? await startSampler() : null
  const start = performance.now()
  const members = await Promise.all(commands.map((command) => measure(command, {cwd, env})))
  const wall = (performance.now() - start) / 1000
  const cpuUse = sampler ? await sampler.stop() : undefined
  const failed = members.find((m) => m.error)
  return {
    wall,
    cpu: members.reduce((a, m) => a + m.cpu, 0),
    rss: Math.max(...members.map((m) => m.rss)),
    load,
    members: members.map(({wall: w, cpu, rss, error}) => ({wall: w, cpu, rss, ...(error ? {error} : {})})),
    ...(cpuUse ? {cpuUse} : {}),
    ...(failed ? {error: failed.error} : {})
  }
}

/**
 * Repeat a measurement `runs` times; `make(i)` gives `{command, env, sample, before, after}`
 * (`before`/`after` may be async; `after(m)` may set `m.extra`). Resolves to the medians of wall,
 * CPU and RSS, the raw runs, and the `extra` and `cpuUse` of the last run; stops at the first
 * failure.
 */
export async function repeat(runs, label, make, {cwd, log = console.log} = {}) {
  const samples = []
  for (let i = 0; i < runs; i++) {
    const {command, before, after, env, sample} = make(i)
    await before?.()
    const m = await measure(command, {cwd, env, sample})
    await after?.(m)
    const use = m.cpuUse?.tree?.mean
    log(
      `${label} run ${i + 1}/${runs}: ${m.error ? `FAILED ${m.error}` : `${m.wall.toFixed(2)} s wall, ${m.cpu.toFixed(2)} s cpu, ${m.rss.toFixed(0)} MiB${typeof use === 'number' ? `, cores ${(use * 100).toFixed(0)} % busy with it (machine ${(m.cpuUse.system.mean * 100).toFixed(0)} %)` : ''}`} (load ${m.load.toFixed(2)})`
    )
    samples.push(m)
    if (m.error) break
  }
  const ok = samples.filter((s) => !s.error)
  if (ok.length === 0) return {error: samples[0]?.error ?? 'no run', runs: samples.length}
  return {
    wall: median(ok.map((s) => s.wall)),
    cpu: median(ok.map((s) => s.cpu)),
    rss: median(ok.map((s) => s.rss)),
    load: median(ok.map((s) => s.load)),
    runs: ok.length,
    samples: ok.map((s) => ({wall: s.wall, cpu: s.cpu, rss: s.rss, load: s.load})),
    extra: ok.at(-1).extra,
    ...(ok.at(-1).cpuUse ? {cpuUse: ok.at(-1).cpuUse} : {})
  }
}
