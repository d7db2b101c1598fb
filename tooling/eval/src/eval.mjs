#!/usr/bin/env node
/**
 * `pnpm eval`: how well the normalizer reads pages, against what a careful editor extracts.
 *
 * Sets (each a `sources/` folder and an `expected.json` in the realworld format):
 * - `realworld`: ../shared/realworld (the editors' corpus; not ours to edit);
 * - `layouts`: bench/layouts (a QA pass's layouts, tuned on);
 * - `train`: corpus/train (our labelled corpus: expectations and the role of every line);
 * - `sealed`: corpus/sealed, only with `--sealed`. Nobody tunes on it: score it once per change of
 *   the normalizer's design or weights, and report the figure; never read its failures to fix them
 *   (the report for this set prints totals only, no failing expectation).
 *
 * For each set it prints the total, a table per field (kind, title, people, outlets, chrome…),
 * per site family (corpus sets; `family` in expected.json) and, where roles are labelled, the
 * precision and recall of every ledger role. Sources are read and normalized in this process with
 * the CLI's reader and core's `buildCorpus`, as a build does; the dataset records come from core's
 * `toRecord`, as the JSON dataset's do. The realworld scorer itself is run beside our copy of it
 * on the same records, and the two totals must agree.
 *
 * usage: node tooling/eval/src/eval.mjs [--sealed] [--set NAME[,NAME]] [--fails] [--json FILE] [--train-dir DIR]
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {decodeRoles, fitRoles, roleModel} from '@dossier/core'
import {scoreRecords} from './score.mjs'
import {fitTrain} from './fit.mjs'
import {compare, exampleOf, loadSet, offModel} from './sets.mjs'

const root = path.resolve(import.meta.dirname, '../../..')
const shared = path.resolve(root, '../shared/realworld')
const {values} = parseArgs({
  options: {
    sealed: {type: 'boolean', default: false},
    set: {type: 'string'},
    fails: {type: 'boolean', default: false},
    json: {type: 'string'},
    'train-dir': {type: 'string'}
  }
})

const sets = [
  {name: 'realworld', dir: shared, referee: path.join(shared, 'score.mjs')},
  {name: 'layouts', dir: path.join(root, 'bench/layouts')},
  {name: 'train', dir: values['train-dir'] ? path.resolve(values['train-dir']) : path.join(root, 'corpus/train')},
  {name: 'sealed', dir: path.join(root, 'corpus/sealed'), sealed: true}
].filter((set) => {
  if (values.set) return values.set.split(',').includes(set.name) && (!set.sealed || values.sealed)
  return !set.sealed || values.sealed
})

const pct = (a, b) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`)
const pad = (s, n) => String(s).padEnd(n)
const report = {}

for (const set of sets) {
  if (!existsSync(path.join(set.dir, 'expected.json'))) {
    console.log(`## ${set.name}: no ${path.join(set.dir, 'expected.json')}, skipped\n`)
    continue
  }
  const {expected, pages, failures, unknown} = await loadSet(set.dir)
  const records = pages.map((page) => page.record)
  const scored = scoreRecords(expected, records)
  const rows = scored.flatMap((s) => s.rows.map((r) => ({...r, file: s.file})))
  const met = rows.filter((r) => r.ok).length
  const metOf = (exp, recs) =>
    scoreRecords(exp, recs)
      .flatMap((s) => s.rows)
      .reduce((n, r) => n + (r.ok ? 1 : 0), 0)
  // The same pages with the decoder's question reading off: what the rules alone read.
  const off = await loadSet(set.dir, {roleModel: offModel, voteRoleModel: offModel})
  const metOff = metOf(
    off.expected,
    off.pages.map((page) => page.record)
  )

  // The editors' own scorer must agree with our copy.
  if (set.referee && existsSync(set.referee)) {
    const temp = mkdtempSync(path.join(tmpdir(), 'dossier-eval-'))
    try {
      const file = path.join(temp, 'publications.json')
      writeFileSync(file, JSON.stringify({publications: records}))
      const out = execFileSync('node', [set.referee, path.join(set.dir, 'expected.json'), file, '--quiet'], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024
      })
      const total = /TOTAL (\d+)\/(\d+)/.exec(out)
      if (!total || Number(total[1]) !== met || Number(total[2]) !== rows.length)
        throw new Error(
          `the referee says ${total?.[0]}, our copy ${met}/${rows.length}: update tooling/eval/src/score.mjs`
        )
    } finally {
      rmSync(temp, {recursive: true, force: true})
    }
  }

  console.log(`## ${set.name}: ${met}/${rows.length} (${pct(met, rows.length)}) over ${scored.length} pages`)
  console.log(`rules alone (decoder's question reading off): ${metOff}/${rows.length} (${pct(metOff, rows.length)})`)
  let metHeld = null
  if (set.name === 'train') {
    // Leave one site family out: each family normalized with weights fitted on the other families.
    const families = [...new Set(pages.map((page) => page.family))].sort()
    metHeld = 0
    for (const family of families) {
      const {model, shapeModel} = await fitTrain(off.pages.filter((page) => page.family !== family))
      const held = await loadSet(set.dir, {
        roleModel: shapeModel,
        voteRoleModel: model,
        only: (_file, e) => (e?.family ?? null) === family
      })
      metHeld += metOf(
        held.expected,
        held.pages.map((page) => page.record)
      )
    }
    console.log(
      `leave one site family out (${families.length} families): ${metHeld}/${rows.length} (${pct(metHeld, rows.length)})`
    )
  }
  const byField = new Map()
  for (const row of rows) {
    const entry = byField.get(row.field) ?? {met: 0, all: 0}
    entry.all++
    if (row.ok) entry.met++
    byField.set(row.field, entry)
  }
  console.log(`\n| field | met | of | % |\n|---|---:|---:|---:|`)
  for (const [field, {met: m, all}] of [...byField].sort((a, b) => b[1].all - a[1].all))
    console.log(`| ${field} | ${m} | ${all} | ${pct(m, all)} |`)

  const families = new Map()
  for (const s of scored) {
    const family = expected[s.file]?.family
    if (!family) continue
    const entry = families.get(family) ?? {met: 0, all: 0, pages: 0}
    entry.pages++
    entry.all += s.rows.length
    entry.met += s.rows.filter((r) => r.ok).length
    families.set(family, entry)
  }
  if (families.size > 0) {
    console.log(`\n| site family | pages | met | of | % |\n|---|---:|---:|---:|---:|`)
    for (const [family, e] of [...families].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
      console.log(`| ${family} | ${e.pages} | ${e.met} | ${e.all} | ${pct(e.met, e.all)} |`)
  }

  const labelled = pages.filter((page) => page.roles)
  const roles = {}
  if (labelled.length > 0) {
    const ledger = new Map()
    const fitted = new Map()
    for (const page of labelled) {
      compare(page, (i) => page.publication.lines[i], ledger)
      const {rows} = exampleOf(page)
      const decisions = decodeRoles(
        rows,
        page.lines.map((line) => !line.trim()),
        roleModel
      )
      const byLine = new Map(decisions.map((d) => [d.line - 1, d.role]))
      compare(page, (i) => byLine.get(i), fitted)
    }
    roles.ledger = Object.fromEntries(ledger)
    roles.decoder = Object.fromEntries(fitted)
    console.log(
      `\nRoles of every labelled line (${labelled.length} pages): today's ledger, and the decoder with the committed weights${set.name === 'train' ? ' (fitted on these pages: see leave-one-family-out below)' : ''}:\n`
    )
    printRoles(ledger, fitted, set.sealed)
    if (unknown.length)
      console.log(`\nunknown roles: ${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ', …' : ''}`)
  }
  if (set.name === 'train' && labelled.length > 0) {
    // Leave one site family out: fit on the others, decode it; the decoder never sees the family it reads.
    const byFamily = new Map()
    for (const page of labelled) byFamily.set(page.family, [...(byFamily.get(page.family) ?? []), page])
    const ledger = new Map()
    const held = new Map()
    for (const [family, members] of [...byFamily].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1))) {
      const model = fitRoles(labelled.filter((page) => page.family !== family).map(exampleOf))
      for (const page of members) {
        compare(page, (i) => page.publication.lines[i], ledger)
        const {rows} = exampleOf(page)
        const decisions = decodeRoles(
          rows,
          page.lines.map((line) => !line.trim()),
          model
        )
        const byLine = new Map(decisions.map((d) => [d.line - 1, d.role]))
        compare(page, (i) => byLine.get(i), held)
      }
    }
    console.log(
      `\nLeave one site family out (${byFamily.size} families): each family decoded by weights fitted on the others:\n`
    )
    printRoles(ledger, held, false)
    roles.leaveOneFamilyOut = Object.fromEntries(held)
  }
  const failed = [...failures].map((m) => `${m.file}: ${m.message}`)
  if (failed.length) console.log(`\n${failed.length} source(s) failed: ${failed.slice(0, 5).join('; ')}`)
  if (values.fails && !set.sealed) {
    console.log('\nFailing expectations:')
    for (const row of rows.filter((r) => !r.ok))
      console.log(
        `  ${pad(row.file, 50)} ${row.name} | want ${JSON.stringify(row.want)?.slice(0, 80)} | got ${JSON.stringify(row.got)?.slice(0, 80)}`
      )
  }
  console.log('')
  report[set.name] = {
    met,
    rulesAlone: metOff,
    ...(metHeld === null ? {} : {leaveOneFamilyOut: metHeld}),
    all: rows.length,
    pages: scored.length,
    fields: Object.fromEntries(byField),
    families: Object.fromEntries(families),
    roles
  }
}

/** Per-class precision and recall of two readings of the same lines, and their accuracy. */
function printRoles(first, second, totalsOnly) {
  const total = (counts) => {
    let right = 0
    let all = 0
    for (const row of counts.values()) {
      right += row.right
      all += row.expected
    }
    return {right, all}
  }
  const a = total(first)
  const b = total(second)
  console.log(
    `accuracy: ledger ${a.right}/${a.all} (${pct(a.right, a.all)}), decoder ${b.right}/${b.all} (${pct(b.right, b.all)})`
  )
  if (totalsOnly) return
  console.log(
    `\n| role | editor's lines | ledger P | ledger R | decoder P | decoder R |\n|---|---:|---:|---:|---:|---:|`
  )
  const classes = [...new Set([...first.keys(), ...second.keys()])].sort(
    (x, y) => (first.get(y)?.expected ?? 0) - (first.get(x)?.expected ?? 0)
  )
  for (const cls of classes) {
    const f = first.get(cls) ?? {expected: 0, predicted: 0, right: 0}
    const s = second.get(cls) ?? {expected: 0, predicted: 0, right: 0}
    console.log(
      `| ${cls} | ${Math.max(f.expected, s.expected)} | ${pct(f.right, f.predicted)} | ${pct(f.right, f.expected)} | ${pct(s.right, s.predicted)} | ${pct(s.right, s.expected)} |`
    )
  }
}

if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`)
