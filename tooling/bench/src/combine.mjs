#!/usr/bin/env node
/**
 * Combine the raw figures of several runs (e.g. N = 10, 100 and a separate N = 1000 run) into one
 * results note, and re-render the Markdown and SVG from the JSON.
 *
 *   node combine.mjs --date 2026-11-24 --results bench/results [--floors-from f.json] a.json b.json …
 */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {renderChart} from './chart.mjs'
import {issue15Targets} from './issue15.mjs'
import {issue23Targets} from './issue23.mjs'
import {renderReport} from './report.mjs'

const args = process.argv.slice(2)
const opt = (name) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args.splice(i, 2)[1] : undefined
}
const date = opt('date')
const dir = opt('results') ?? 'bench/results'
// --floors-from x.json: take the floors (only) from another run, e.g. after the floor changed.
const floorsFrom = opt('floors-from')
const parts = args.map((f) => JSON.parse(readFileSync(f, 'utf8')))
if (!date || parts.length === 0)
  throw new Error('usage: combine.mjs --date YYYY-MM-DD [--results dir] a.json [b.json …]')
const bySize = new Map()
for (const p of parts) for (const e of p.sizes) bySize.set(e.n, e)
if (floorsFrom) {
  for (const e of JSON.parse(readFileSync(floorsFrom, 'utf8')).sizes)
    if (bySize.has(e.n)) bySize.get(e.n).floors = e.floors
}
for (const p of parts) {
  const inc = p.incremental
  if (inc && inc.coldCpu === undefined) inc.coldCpu = p.sizes.find((e) => e.n === inc.n)?.dossier.all?.cpu
}
const results = {
  ...parts[0],
  date,
  sizes: [...bySize.values()].sort((a, b) => a.n - b.n),
  // The rebuilds and shards of the last run that has them (each run does them on its largest N).
  ...Object.fromEntries(
    ['incremental', 'unchanged', 'shards'].map((k) => [
      k,
      parts
        .map((p) => p[k])
        .filter(Boolean)
        .at(-1) ?? null
    ])
  ),
  memory: [...new Map(parts.flatMap((p) => p.memory ?? []).map((m) => [m.n, m])).values()].sort((a, b) => a.n - b.n),
  loadAtStart: parts[0].loadAtStart,
  loadAtEnd: parts.at(-1).loadAtEnd,
  notes: [...new Set(parts.flatMap((p) => p.notes ?? []))],
  earlierRuns: parts.map((p) => ({sizes: p.sizes.map((e) => e.n), loadAtStart: p.loadAtStart, loadAtEnd: p.loadAtEnd}))
}
results.issue15 = issue15Targets(results)
results.issue23 = issue23Targets(results)
const base = path.join(dir, date)
writeFileSync(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`)
writeFileSync(`${base}.svg`, renderChart(results))
writeFileSync(`${base}.md`, renderReport(results, `${path.basename(base)}.svg`))
console.log(`wrote ${base}.{md,svg,json}`)
