/**
 * The targets of issue 15 ("One publication at a time"), computed from the raw results: each a row
 * with the figure, the target, met or missed (null when not measured) and by how much. The same
 * rows go into the results JSON (`issue15`) and the Markdown note.
 */

/** The cold build of all four at N = 1,000 before this work (bench/results/2026-11-24.md, this machine). */
export const BEFORE_ALL_N1000_SECONDS = 372
export const TARGETS = {
  rssMiBAt1000: 1024,
  rssMiBAt5000: 1536,
  oneChangedPercent: 5,
  nothingChangedPercent: 2,
  speedup: 1.5,
  // "Both cores busy throughout": at least this share of the 0.5 s samples with at least
  // `busyShare` of all the machine's cores in use.
  busyShare: 0.9,
  busySamples: 0.9
}

const f = (x, d = 2) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(d) : '—')
const pct = (x, d = 0) => `${f(x * 100, d)} %`

/** The entry of `n` in `list` (by `.n`), else the largest one; with a note when it is not `n`. */
function pick(list, n) {
  const exact = list.find((e) => e.n === n)
  const entry = exact ?? [...list].sort((a, b) => b.n - a.n)[0]
  return {
    entry,
    note:
      entry && !exact
        ? ` (at N = ${entry.n.toLocaleString('en')}; the target is for N = ${n.toLocaleString('en')})`
        : ''
  }
}

/** Every Dossier build measured at N, with a label: cold builds, rebuilds, each shard, the assembly. */
function buildsAt(results, entry) {
  const out = Object.entries(entry.dossier ?? {}).map(([k, r]) => [`cold ${k}`, r])
  const at = (x) => x && x.n === entry.n && !x.error
  if (at(results.unchanged)) out.push(['nothing changed', results.unchanged])
  if (at(results.incremental)) out.push(['one source changed', results.incremental])
  const sh = results.shards
  if (sh && sh.n === entry.n && sh.group?.members) {
    for (const [i, m] of sh.group.members.entries()) out.push([`shard ${i + 1}/${sh.count}`, m])
    if (sh.assemble && !sh.assemble.error) out.push(['assembly from the store', sh.assemble])
  }
  return out.filter(([, r]) => typeof r?.rss === 'number' && Number.isFinite(r.rss))
}

const under = (value, limit, unit, d = 0, of = 'the limit') =>
  value < limit
    ? `met by ${f(limit - value, d)} ${unit} (${f((1 - value / limit) * 100, 0)} % under)`
    : `missed by ${f(value - limit, d)} ${unit} (${f(value / limit, 2)} × ${of})`

/** The issue 15 target rows: `{target, figure, limit, met, margin}`; `met` null when not measured. */
export function issue15Targets(results) {
  const rows = []
  const none = (target, limit, why) => rows.push({target, figure: why, limit, met: null, margin: 'not measured'})

  // Peak RSS at N = 1,000 and 5,000.
  const {entry: big, note: bigNote} = pick(results.sizes ?? [], 1000)
  if (big) {
    const builds = buildsAt(results, big)
    const [label, r] = builds.reduce((a, b) => (b[1].rss > a[1].rss ? b : a), builds[0] ?? ['', {rss: null}])
    if (r?.rss)
      rows.push({
        target: 'peak RSS at N = 1,000',
        figure: `${f(r.rss, 0)} MiB, ${label}${bigNote}`,
        limit: '< 1 GiB (1,024 MiB)',
        met: r.rss < TARGETS.rssMiBAt1000,
        margin: under(r.rss, TARGETS.rssMiBAt1000, 'MiB')
      })
    else none('peak RSS at N = 1,000', '< 1 GiB (1,024 MiB)', 'no Dossier build succeeded')
  } else none('peak RSS at N = 1,000', '< 1 GiB (1,024 MiB)', 'no --sizes')
  const {entry: mem, note: memNote} = pick(results.memory ?? [], 5000)
  if (mem?.build?.rss)
    rows.push({
      target: 'peak RSS at N = 5,000',
      figure: `${f(mem.build.rss, 0)} MiB, cold ${mem.format}${memNote}`,
      limit: '< 1.5 GiB (1,536 MiB)',
      met: mem.build.rss < TARGETS.rssMiBAt5000,
      margin: under(mem.build.rss, TARGETS.rssMiBAt5000, 'MiB')
    })
  else
    none(
      'peak RSS at N = 5,000',
      '< 1.5 GiB (1,536 MiB)',
      mem?.build?.error ? `failed: ${mem.build.error}` : 'run with --memory-sizes 5000'
    )

  // Rebuilds, as a share of the cold build's wall time.
  for (const [key, target, limit] of [
    ['incremental', 'one changed source of 1,000: rebuild', TARGETS.oneChangedPercent],
    ['unchanged', 'nothing changed: rebuild', TARGETS.nothingChangedPercent]
  ]) {
    const r = results[key]
    const lim = `< ${limit} % of the cold build's wall time`
    if (!r?.wall || !r.cold) {
      none(target, lim, r?.error ? `failed: ${r.error}` : 'not run (needs the cold build of the largest N)')
      continue
    }
    const share = (r.wall / r.cold) * 100
    rows.push({
      target,
      figure: `${f(share, 1)} % of wall (${f(r.wall)} s of ${f(r.cold)} s), ${f((r.cpu / r.coldCpu) * 100, 1)} % of CPU${r.n === 1000 ? '' : ` (at N = ${r.n.toLocaleString('en')}; the target is for N = 1,000)`}`,
      limit: lim,
      met: share < limit,
      margin:
        share < limit
          ? `met by ${f(limit - share, 1)} points`
          : `missed by ${f(share - limit, 1)} points (${f(share / limit, 1)} × the limit)`
    })
  }

  // Cold build of all four at N = 1,000: speed against before, against Pandoc, and core use.
  const all = big?.dossier?.all
  const speedTarget = `≥ ${TARGETS.speedup} × faster than ${BEFORE_ALL_N1000_SECONDS} s (wall ≤ ${f(BEFORE_ALL_N1000_SECONDS / TARGETS.speedup, 0)} s)`
  if (big?.n === 1000 && all?.wall) {
    const speedup = BEFORE_ALL_N1000_SECONDS / all.wall
    rows.push({
      target: 'cold build of all four at N = 1,000, against before this work',
      figure: `${f(all.wall, 1)} s wall: ${f(speedup)} × faster than ${BEFORE_ALL_N1000_SECONDS} s`,
      limit: speedTarget,
      met: speedup >= TARGETS.speedup,
      margin:
        speedup >= TARGETS.speedup
          ? `met by ${f(BEFORE_ALL_N1000_SECONDS / TARGETS.speedup - all.wall, 1)} s`
          : `missed by ${f(all.wall - BEFORE_ALL_N1000_SECONDS / TARGETS.speedup, 1)} s`
    })
  } else
    none(
      'cold build of all four at N = 1,000, against before this work',
      speedTarget,
      all?.error
        ? `failed: ${all.error}`
        : 'needs --sizes with 1000 and --formats with all (the 372 s are for N = 1,000)'
    )
  const pandoc = big?.pandoc
  const both = pandoc?.html?.wall && pandoc?.epub?.wall ? pandoc.html.wall + pandoc.epub.wall : null
  if (all?.wall && both)
    rows.push({
      target: 'cold build of all four at N = 1,000, against Pandoc html + epub in the same run',
      figure: `${f(all.wall, 1)} s against ${f(both, 1)} s (${f(all.wall / both)} ×)${bigNote}`,
      limit: '< Pandoc html + epub',
      met: all.wall < both,
      margin: under(all.wall, both, 's', 1, "Pandoc's time")
    })
  else
    none(
      'cold build of all four at N = 1,000, against Pandoc html + epub in the same run',
      '< Pandoc html + epub',
      all?.wall ? 'Pandoc not run' : 'no cold build of all four'
    )
  const use = all?.cpuUse
  const busyLimit = `≥ ${pct(TARGETS.busySamples)} of the 0.5 s samples with ≥ ${pct(TARGETS.busyShare)} of all cores busy`
  if (use?.tree?.atLeast != null) {
    const cores = results.machine?.cores ?? 2
    rows.push({
      target: 'cold build of all four at N = 1,000: both cores busy throughout',
      figure: `the build's own processes: ${pct(use.tree.atLeast)} of ${use.samples} samples ≥ ${pct(use.threshold)}, mean ${pct(use.tree.mean)}; the whole machine: ${pct(use.system.atLeast)} of samples, mean ${pct(use.system.mean)}; CPU/wall ${f(all.cpu / all.wall)} of ${cores} cores${bigNote}`,
      limit: `${busyLimit} (the build's own share)`,
      met: use.tree.atLeast >= TARGETS.busySamples,
      margin:
        use.tree.atLeast >= TARGETS.busySamples
          ? `met by ${f((use.tree.atLeast - TARGETS.busySamples) * 100, 0)} points`
          : `missed by ${f((TARGETS.busySamples - use.tree.atLeast) * 100, 0)} points${use.system.atLeast >= TARGETS.busySamples ? ' (the machine was busy: other work took the rest)' : ''}`
    })
  } else
    none(
      'cold build of all four at N = 1,000: both cores busy throughout',
      busyLimit,
      'no sampled cold build of all four'
    )

  // Three shards on one machine.
  const sh = results.shards
  const c = sh?.comparison
  if (c)
    rows.push({
      target: `${sh.count} shards on one machine, assembled, against one build`,
      figure: `${c.identical ? 'identical' : 'different'}: ${c.compared.toLocaleString('en')} files compared${c.identical ? '' : `, ${c.differingCount} differ, ${c.missingCount} missing, ${c.extraCount} extra`} (N = ${sh.n.toLocaleString('en')}, ${sh.format})`,
      limit: 'byte-identical',
      met: c.identical,
      margin: c.identical ? 'met' : `missed by ${c.differingCount + c.missingCount + c.extraCount} files`
    })
  else
    none(
      '3 shards on one machine, assembled, against one build',
      'byte-identical',
      sh?.error ? `failed: ${sh.error}` : 'not run'
    )
  return rows
}

/** The "Issue 15 targets" Markdown table. */
export function renderIssue15Targets(rows) {
  const esc = (s) => String(s).replace(/\|/g, '/')
  const verdict = (r) => (r.met === null ? 'not measured' : r.met ? '**met**' : '**missed**')
  return [
    '## Issue 15 targets',
    '',
    '| target | figure | limit | verdict | by how much |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${esc(r.target)} | ${esc(r.figure)} | ${esc(r.limit)} | ${verdict(r)} | ${esc(r.margin)} |`),
    ''
  ]
}
