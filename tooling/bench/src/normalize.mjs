#!/usr/bin/env node
/**
 * Normalize speed in milliseconds per MB of source, for this checkout's core and, optionally, a
 * baseline core measured in the same run (a `dist/index.js` built from an older commit):
 *
 *   node tooling/bench/src/normalize.mjs [--sources DIR[,DIR…]] [--repeat 20] [--runs 5]
 *        [--baseline path/to/old/core/dist/index.js]
 *
 * The corpus is every .txt/.md file of the given folders (default: sources/, the seeds, and the
 * realworld layouts beside the repo when present), each normalized `repeat` times per run; the
 * figure is the median of `runs` runs. Prints one JSON line per core and the ratio.
 */
import {readdirSync, readFileSync, existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../../..')
const args = process.argv.slice(2)
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
const defaults = [path.join(root, 'sources'), path.resolve(root, '../shared/realworld/sources')].filter(existsSync)
const folders = opt('sources', defaults.join(',')).split(',')
const repeat = Number(opt('repeat', '20'))
const runs = Number(opt('runs', '5'))
const baseline = opt('baseline', null)

const inputs = folders.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => /\.(?:txt|md)$/.test(name))
    .sort()
    .map((name) => ({path: name, bytes: new Uint8Array(readFileSync(path.join(dir, name))), meta: null}))
)
const megabytes = (inputs.reduce((n, i) => n + i.bytes.length, 0) * repeat) / 1e6

/** Median milliseconds per MB for one core module. */
async function measure(modulePath) {
  const {normalizeSource} = await import(pathToFileURL(modulePath).href)
  // Warm up the JIT and the language models once.
  for (const input of inputs) normalizeSource(input)
  const times = []
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint()
    for (let r = 0; r < repeat; r++) for (const input of inputs) normalizeSource(input)
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] / megabytes
}

const current = await measure(path.join(root, 'packages/core/dist/index.js'))
console.log(
  JSON.stringify({
    core: 'current',
    sources: inputs.length,
    megabytes: +megabytes.toFixed(2),
    msPerMB: +current.toFixed(1)
  })
)
if (baseline) {
  const before = await measure(path.resolve(baseline))
  console.log(JSON.stringify({core: baseline, msPerMB: +before.toFixed(1)}))
  console.log(JSON.stringify({ratio: +(current / before).toFixed(2)}))
}
