#!/usr/bin/env node
/**
 * `pnpm bench`: cold builds of each format and of all four for N = 10, 100, 1000 seeded sources,
 * Pandoc on the same corpus, the raw-library floors; on the largest N a rebuild with nothing
 * changed, one with one changed source and three shards at once assembled from their store (bytes
 * compared with the cold build); cold builds of all four at the `--memory-sizes` for peak RSS.
 * Results to bench/results/<date>.md (+ .svg chart, + .json raw figures).
 *
 * Every command is timed by GNU time (`/usr/bin/time -f`): wall, user+sys CPU of the process and
 * its children, peak RSS of the largest process. Medians over the runs. Cold builds of all four
 * run with the CPU sampler beside them (`cpu-sampler.mjs`).
 *
 *   node tooling/bench/src/bench.mjs [--sizes 10,100,1000] [--runs 3] [--runs-large 1]
 *        [--formats json,html,epub,pdf,all] [--memory-sizes 5000] [--memory-format all]
 *        [--no-pandoc] [--no-floors] [--no-incremental] [--no-shards] [--merge]
 *        [--date YYYY-MM-DD] [--results bench/results] [--corpus bench/corpus]
 */
import {spawnSync} from 'node:child_process'
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import JSZip from 'jszip'
import {generate} from './generate.mjs'
import {ensureTools} from './ensure-tools.mjs'
import {renderReport} from './report.mjs'
import {renderChart} from './chart.mjs'
import {repeat as repeatIn} from './measure.mjs'
import {buildCommand, measureRebuilds, measureShards} from './rebuilds.mjs'
import {hashTree} from './tree-hash.mjs'
import {issue15Targets} from './issue15.mjs'
import {issue23Targets} from './issue23.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../../..')
const require = createRequire(import.meta.url)

/** The command line, parsed by Node's own `util.parseArgs`: an unknown option is an error, not ignored. */
const usage = `Usage: pnpm bench [options]

Cold builds of each format and of all four for N seeded sources, Pandoc on the same corpus, the
raw-library floors; at the largest N a rebuild with nothing changed, one with one changed source and
three shards assembled from their store (bytes compared with the cold build); cold builds of all four
at the memory sizes for peak RSS. Results to bench/results/<date>.md (+ .svg chart, + .json figures).

Options:
  --sizes <list>         corpus sizes, comma-separated (default: 10,100,1000)
  --runs <n>             runs per measure below 1,000 sources; the median is kept (default: 3)
  --runs-large <n>       runs per measure at 1,000 sources and more (default: 1)
  --formats <list>       json, html, epub, pdf, all (default: json,html,epub,pdf,all)
  --memory-sizes <list>  sizes for the peak-RSS builds (default: none)
  --memory-format <f>    format of the peak-RSS builds (default: all)
  --seed <n>             seed of the generated corpus (default: 1)
  --no-pandoc            skip Pandoc
  --no-floors            skip the raw-library floors
  --no-incremental       skip the rebuilds
  --no-shards            skip the three shards
  --merge                keep the figures of an earlier run of the same date
  --date <YYYY-MM-DD>    date the results are filed under (default: today)
  --results <dir>        folder of the results (default: bench/results)
  --corpus <dir>         folder of the generated corpora (default: bench/corpus)
  -h, --help             print this help and exit
`
let parsed
try {
  parsed = parseArgs({
    options: {
      sizes: {type: 'string', default: '10,100,1000'},
      runs: {type: 'string', default: '3'},
      'runs-large': {type: 'string', default: '1'},
      formats: {type: 'string', default: 'json,html,epub,pdf,all'},
      'memory-sizes': {type: 'string', default: ''},
      'memory-format': {type: 'string', default: 'all'},
      seed: {type: 'string', default: '1'},
      'no-pandoc': {type: 'boolean'},
      'no-floors': {type: 'boolean'},
      'no-incremental': {type: 'boolean'},
      'no-shards': {type: 'boolean'},
      merge: {type: 'boolean'},
      date: {type: 'string'},
      results: {type: 'string', default: 'bench/results'},
      corpus: {type: 'string', default: 'bench/corpus'},
      help: {type: 'boolean', short: 'h'}
    },
    strict: true
  }).values
} catch (error) {
  process.stderr.write(`bench: ${error.message}\n\n${usage}`)
  process.exit(2)
}
if (parsed.help) {
  process.stdout.write(usage)
  process.exit(0)
}
const flag = (name) => parsed[name] === true
const opt = (name, fallback) => parsed[name] ?? fallback
const sizes = opt('sizes', '10,100,1000').split(',').map(Number)
const runsSmall = Number(opt('runs', '3'))
const runsLarge = Number(opt('runs-large', '1'))
const formats = opt('formats', 'json,html,epub,pdf,all').split(',')
const memorySizes = (opt('memory-sizes', '') || '').split(',').filter(Boolean).map(Number)
const memoryFormat = opt('memory-format', 'all')
// The build the rebuilds and shards start from: all four formats, else the last format asked for.
const mainFormat = formats.includes('all') ? 'all' : formats.at(-1)
const seed = Number(opt('seed', '1'))
const date = opt('date', new Date().toISOString().slice(0, 10))
const resultsDir = path.resolve(root, opt('results', 'bench/results'))
const corpusRoot = path.resolve(root, opt('corpus', 'bench/corpus'))
const cli = path.join(root, 'apps/cli/dist/bin.js')
const logFile = path.join(corpusRoot, 'bench.log')

function log(line) {
  const text = `${new Date().toISOString().slice(11, 19)} ${line}`
  console.log(text)
  appendFileSync(logFile, `${text}\n`)
}

/** `repeat` of measure.mjs, from the repository root, logging to the bench log. */
const repeat = (runs, label, make) => repeatIn(runs, label, make, {cwd: root, log})

function walk(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]
  )
}

function pdfPages(dir) {
  let pages = 0
  for (const file of walk(dir).filter((f) => f.endsWith('.pdf'))) {
    const info = spawnSync('pdfinfo', [file]).stdout?.toString() ?? ''
    pages += Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0)
  }
  return pages
}

/** Normalize the corpus with `dossier check` and compare question counts with the manifest. */
function verify(corpusDir, manifest) {
  const r = spawnSync('node', [cli, 'check', '--sources', path.join(corpusDir, 'sources')], {
    cwd: root,
    maxBuffer: 256 * 1024 * 1024
  })
  const text = `${r.stdout}\n${r.stderr}`
  const found = new Map()
  const re = /^(\S+) → \S+\n\s+interview, (\d+) questions?/gm
  for (const m of text.matchAll(re)) found.set(m[1], Number(m[2]))
  const wrong = manifest.sources.filter((s) => found.get(s.file) !== s.questions)
  const warnings = Number(/(\d+) warnings?\s*$/m.exec(text)?.[1] ?? NaN)
  return {
    status: r.status,
    checked: found.size,
    wrong: wrong.map((s) => `${s.file}: expected ${s.questions}, got ${found.get(s.file) ?? 'none'}`),
    warnings
  }
}

function machine() {
  const cpus = os.cpus()
  const pandoc = spawnSync('pandoc', ['--version']).stdout?.toString().split('\n')[0] ?? 'pandoc missing'
  return {
    cpu: `${cpus[0]?.model ?? 'unknown'}`.replace(/\s+/g, ' ').trim(),
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    pandoc
  }
}

async function extractEpubs(epubDir, target) {
  rmSync(target, {recursive: true, force: true})
  for (const file of walk(epubDir).filter((f) => f.endsWith('.epub'))) {
    const zip = await JSZip.loadAsync(readFileSync(file))
    for (const [name, entry] of Object.entries(zip.files)) {
      if (entry.dir) continue
      const dest = path.join(target, path.basename(file), name)
      mkdirSync(path.dirname(dest), {recursive: true})
      writeFileSync(dest, await entry.async('nodebuffer'))
    }
  }
}

const NO_FONT = 'Source Serif 4 not found: the PDF floor used Helvetica'

/** Corpus facts of one N for the results. */
const corpusFacts = (n, manifest) => ({
  n,
  words: manifest.words,
  bytes: manifest.bytes,
  questions: manifest.sources.reduce((a, s) => a + s.questions, 0)
})

/** Size and PDF pages of a finished build's output (its store in `.cache` left out). */
function outputFacts(out, format) {
  return {
    outBytes: walk(out)
      .filter((f) => !f.includes(`${path.sep}.cache${path.sep}`))
      .reduce((a, f) => a + statSync(f).size, 0),
    pages: format === 'pdf' || format === 'all' ? pdfPages(path.join(out, 'pdf')) : null
  }
}

/** Results of an earlier run of the same date, minus what this run measures again (`--merge`). */
function mergeEarlier(results, old) {
  const again = (n) => sizes.includes(n)
  results.sizes = old.sizes.filter((e) => !again(e.n))
  for (const k of ['incremental', 'unchanged', 'shards']) results[k] = old[k] && !again(old[k].n) ? old[k] : null
  results.memory = (old.memory ?? []).filter((e) => !memorySizes.includes(e.n))
  results.loadAtStart = old.loadAtStart
  results.notes = old.notes ?? []
  results.earlierRuns = [
    ...(old.earlierRuns ?? []),
    {sizes: old.sizes.map((e) => e.n), loadAtStart: old.loadAtStart, loadAtEnd: old.loadAtEnd}
  ]
}

async function main() {
  ensureTools(['time', 'pandoc', 'pdfinfo'])
  if (!existsSync(cli)) throw new Error(`${path.relative(root, cli)} is missing: run \`pnpm build\` first`)
  mkdirSync(corpusRoot, {recursive: true})
  mkdirSync(resultsDir, {recursive: true})
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-'))
  const results = {
    date,
    seed,
    machine: machine(),
    loadAtStart: os.loadavg(),
    sizes: [],
    incremental: null,
    unchanged: null,
    shards: null,
    memory: [],
    notes: []
  }
  // --merge: keep the figures of other sizes from an earlier run of the same date (a long N = 1000
  // run can then be done on its own).
  const previous = path.join(resultsDir, `${date}.json`)
  if (flag('merge') && existsSync(previous)) mergeEarlier(results, JSON.parse(readFileSync(previous, 'utf8')))
  log(
    `machine: ${JSON.stringify(results.machine)}; load ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`
  )
  let font = null
  try {
    font = require.resolve('@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf', {
      paths: [path.join(root, 'packages/pdf')]
    })
  } catch {
    if (!flag('no-floors')) results.notes.push(NO_FONT)
  }

  for (const n of sizes) {
    const runs = n >= 1000 ? runsLarge : runsSmall
    const corpusDir = path.join(corpusRoot, `n${n}`)
    const manifest = generate({count: n, out: corpusDir, seed})
    const sourcesDir = path.join(corpusDir, 'sources')
    const check = verify(corpusDir, manifest)
    log(
      `N=${n}: ${manifest.words} words, ${(manifest.bytes / 1e6).toFixed(2)} MB; check: ${check.checked}/${n} sources, ${check.wrong.length} with the wrong question count, ${check.warnings} warnings`
    )
    const entry = {...corpusFacts(n, manifest), check, runs, dossier: {}, pandoc: {}, floors: {}}
    results.sizes.push(entry)
    results.sizes.sort((a, b) => a.n - b.n)

    for (const format of formats) {
      let keep = null
      entry.dossier[format] = await repeat(runs, `N=${n} dossier ${format}`, (i) => {
        const out = path.join(scratch, `out-${n}-${format}-${i}`)
        return {
          command: buildCommand(cli, format, sourcesDir, ['--out', out]),
          env: {SOURCE_DATE_EPOCH: '1700000000'},
          // Issue 15: "both cores busy throughout" the cold build of all four.
          sample: format === 'all' || format === mainFormat,
          before: () => rmSync(out, {recursive: true, force: true}),
          after: (m) => {
            if (m.error) return
            m.extra = outputFacts(out, format)
            if (keep) rmSync(keep, {recursive: true, force: true})
            keep = out
          }
        }
      })
      entry.dossier[format].out = keep
    }

    if (!flag('no-pandoc')) {
      const md = path.join(corpusDir, 'markdown')
      for (const [kind, ext, extra] of [
        ['html', 'html', '-s'],
        ['epub', 'epub', '']
      ]) {
        entry.pandoc[kind] = await repeat(runs, `N=${n} pandoc ${kind}`, (i) => {
          const out = path.join(scratch, `pandoc-${n}-${kind}-${i}`)
          // What a user would script: one pandoc process per document.
          const script = `mkdir -p "${out}" && for f in "${md}"/*.md; do b=$(basename "$f" .md); pandoc ${extra} "$f" -o "${out}/$b.${ext}" || exit 1; done`
          return {
            command: ['sh', '-c', script],
            before: () => rmSync(out, {recursive: true, force: true}),
            after: () => rmSync(out, {recursive: true, force: true})
          }
        })
      }
    }

    if (!flag('no-floors')) {
      const pdfKit = await repeat(runs, `N=${n} floor pdfkit`, (i) => {
        const out = path.join(scratch, `floor-pdf-${n}-${i}`)
        return {
          command: [
            'node',
            path.join(here, 'floor-pdf.mjs'),
            path.join(corpusDir, 'markdown'),
            out,
            ...(font ? [font] : [])
          ],
          after: (m) => {
            m.extra = m.error ? null : JSON.parse(m.stdout.trim().split('\n').at(-1))
            rmSync(out, {recursive: true, force: true})
          }
        }
      })
      entry.floors.pdf = pdfKit
      const epubOut = entry.dossier.epub?.out ?? entry.dossier.all?.out
      if (epubOut && existsSync(path.join(epubOut, 'epub'))) {
        const extracted = path.join(scratch, `epub-entries-${n}`)
        await extractEpubs(path.join(epubOut, 'epub'), extracted)
        entry.floors.epub = await repeat(runs, `N=${n} floor jszip`, (i) => {
          const out = path.join(scratch, `floor-zip-${n}-${i}`)
          return {
            command: ['node', path.join(here, 'floor-zip.mjs'), extracted, out],
            after: (m) => {
              m.extra = m.error ? null : JSON.parse(m.stdout.trim().split('\n').at(-1))
              rmSync(out, {recursive: true, force: true})
            }
          }
        })
        rmSync(extracted, {recursive: true, force: true})
      } else entry.floors.epub = {error: 'no EPUB output to re-zip (the epub build failed)'}
    }

    // From the cold build of all four: rebuilds into its folder at every N from 200 (issue 23's
    // targets are for 200 and 1,000), then three shards on the largest N.
    const cold = entry.dossier[mainFormat]
    const largest = n === Math.max(...sizes, ...results.sizes.map((e) => e.n))
    if ((largest || n >= 200) && cold?.out) {
      const coldFigures = {n, format: mainFormat, cold: cold.wall, coldCpu: cold.cpu}
      // Hash the cold output now: the rebuilds below change it.
      const coldHashes = await hashTree(cold.out)
      if (!flag('no-incremental')) {
        const {unchanged, incremental, identical} = await measureRebuilds({
          cli,
          root,
          sourcesDir,
          out: cold.out,
          format: mainFormat,
          manifest,
          runs: Math.min(runs, 2),
          log,
          coldHashes
        })
        results.rebuilds = {
          ...results.rebuilds,
          [n]: {unchanged: {...unchanged, ...coldFigures}, incremental: {...incremental, ...coldFigures}, identical}
        }
        if (largest) {
          results.unchanged = {...unchanged, ...coldFigures}
          results.incremental = {...incremental, ...coldFigures}
        }
      }
      if (largest && !flag('no-shards'))
        results.shards = {
          ...(await measureShards({cli, root, sourcesDir, format: mainFormat, scratch, coldHashes, log})),
          ...coldFigures
        }
    }
    for (const format of Object.keys(entry.dossier)) {
      const out = entry.dossier[format].out
      if (out) rmSync(out, {recursive: true, force: true})
      delete entry.dossier[format].out
    }
    // Write after every N, so a long run leaves figures behind even if stopped.
    write(results)
  }

  // Peak memory at larger N: one cold build of all four, nothing else.
  for (const n of memorySizes) {
    const corpusDir = path.join(corpusRoot, `n${n}`)
    const manifest = generate({count: n, out: corpusDir, seed})
    const sourcesDir = path.join(corpusDir, 'sources')
    log(`N=${n} (memory): ${manifest.words} words, ${(manifest.bytes / 1e6).toFixed(2)} MB`)
    const out = path.join(scratch, `out-memory-${n}`)
    const build = await repeat(1, `N=${n} dossier ${memoryFormat} (memory)`, () => ({
      command: buildCommand(cli, memoryFormat, sourcesDir, ['--out', out]),
      env: {SOURCE_DATE_EPOCH: '1700000000'},
      sample: true,
      before: () => rmSync(out, {recursive: true, force: true}),
      after: (m) => {
        // No page count here: pdfinfo over thousands of PDFs takes minutes.
        if (!m.error) m.extra = outputFacts(out, null)
      }
    }))
    rmSync(out, {recursive: true, force: true})
    results.memory = [
      ...results.memory.filter((e) => e.n !== n),
      {...corpusFacts(n, manifest), format: memoryFormat, build}
    ].sort((a, b) => a.n - b.n)
    write(results)
  }
  results.loadAtEnd = os.loadavg()
  write(results)
  rmSync(scratch, {recursive: true, force: true})
}

function write(results) {
  results.issue15 = issue15Targets(results)
  results.issue23 = issue23Targets(results)
  const base = path.join(resultsDir, results.date)
  writeFileSync(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`)
  writeFileSync(`${base}.svg`, renderChart(results))
  writeFileSync(`${base}.md`, renderReport(results, `${path.basename(base)}.svg`))
  log(`wrote ${path.relative(root, base)}.{md,svg,json}`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
