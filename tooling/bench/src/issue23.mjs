/**
 * The targets of issue 23 ("Fast at every size"), computed from the raw results: each a row with
 * the figure, the limit, met or missed (null when not measured) and by how much, CPU and wall
 * both where the issue asks for both. The same rows go into the results JSON (`issue23`) and the
 * Markdown note.
 */

export const TARGETS23 = {
  /** One changed source of N: rebuild as a share of the cold build, wall and CPU (percent). */
  oneChanged: {1000: 3, 200: 5},
  rssMiBAt5000: 1024,
  /** "Flat from N = 1,000 to 5,000": peak RSS at 5,000 at most this many times that at 1,000. */
  rssFlatRatio: 1.15,
  /** Cold CPU of all four against Pandoc html + epub's CPU, same corpus, same run. */
  pandocCpuRatio: 0.6,
  busyShare: 0.9,
  busySamples: 0.9
}

const f = (x, d = 2) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(d) : '—')
const pct = (x, d = 0) => `${f(x * 100, d)} %`
const thousands = (n) => n.toLocaleString('en')

/** The issue 23 target rows: `{target, figure, limit, met, margin}`; `met` null when not measured. */
export function issue23Targets(results) {
  const rows = []
  const none = (target, limit, why) => rows.push({target, figure: why, limit, met: null, margin: 'not measured'})
  const rebuilds = results.rebuilds ?? {}

  for (const [n, limit] of Object.entries(TARGETS23.oneChanged).map(([n, l]) => [Number(n), l])) {
    const target = `one changed source of ${thousands(n)}: rebuild`
    const lim = `≤ ${limit} % of the cold build's wall and CPU`
    const r = rebuilds[n]?.incremental
    if (!r?.wall || !r.cold || !r.coldCpu) {
      none(target, lim, r?.error ? `failed: ${r.error}` : `run with --sizes including ${n}`)
      continue
    }
    const wall = (r.wall / r.cold) * 100
    const cpu = (r.cpu / r.coldCpu) * 100
    const worst = Math.max(wall, cpu)
    rows.push({
      target,
      figure: `${f(wall, 1)} % of wall (${f(r.wall)} s of ${f(r.cold)} s), ${f(cpu, 1)} % of CPU (${f(r.cpu)} s of ${f(r.coldCpu)} s)`,
      limit: lim,
      met: worst <= limit,
      margin:
        worst <= limit
          ? `met by ${f(limit - worst, 1)} points`
          : `missed by ${f(worst - limit, 1)} points (${f(worst / limit, 1)} × the limit)`
    })
  }

  const mem = (n) => (results.memory ?? []).find((e) => e.n === n)?.build
  const sized = (n) => (results.sizes ?? []).find((e) => e.n === n)?.dossier?.all
  const at5000 = mem(5000)
  const at1000 = mem(1000) ?? sized(1000)
  if (at5000?.rss) {
    const flat = at1000?.rss ? at5000.rss / at1000.rss : null
    const met = at5000.rss < TARGETS23.rssMiBAt5000 && flat !== null && flat <= TARGETS23.rssFlatRatio
    rows.push({
      target: 'peak RSS, N = 5,000, cold, all four; flat from N = 1,000',
      figure: `${f(at5000.rss, 0)} MiB at 5,000${flat !== null ? `, ${f(at1000.rss, 0)} MiB at 1,000 (${f(flat)} ×)` : ', N = 1,000 not measured'}`,
      limit: `< 1 GiB, and ≤ ${TARGETS23.rssFlatRatio} × the figure at 1,000`,
      met,
      margin:
        at5000.rss < TARGETS23.rssMiBAt5000
          ? `under 1 GiB by ${f(TARGETS23.rssMiBAt5000 - at5000.rss, 0)} MiB${flat !== null && flat > TARGETS23.rssFlatRatio ? '; not flat' : ''}`
          : `missed by ${f(at5000.rss - TARGETS23.rssMiBAt5000, 0)} MiB (${f(at5000.rss / TARGETS23.rssMiBAt5000)} × the limit)`
    })
  } else
    none(
      'peak RSS, N = 5,000, cold, all four; flat from N = 1,000',
      '< 1 GiB and flat',
      at5000?.error ? `failed: ${at5000.error}` : 'run with --memory-sizes 1000,5000'
    )

  const big = (results.sizes ?? []).find((e) => e.n === 1000) ?? [...(results.sizes ?? [])].sort((a, b) => b.n - a.n)[0]
  const note = big && big.n !== 1000 ? ` (at N = ${thousands(big.n)}; the target is for N = 1,000)` : ''
  const all = big?.dossier?.all
  const pandoc = big?.pandoc
  const pandocCpu = pandoc?.html?.cpu && pandoc?.epub?.cpu ? pandoc.html.cpu + pandoc.epub.cpu : null
  if (all?.cpu && pandocCpu) {
    const ratio = all.cpu / pandocCpu
    rows.push({
      target: 'cold CPU, all four, against Pandoc html + epub in the same run',
      figure: `${f(all.cpu, 1)} s against ${f(pandocCpu, 1)} s: ${f(ratio)} × (wall ${f(all.wall, 1)} s against ${f(pandoc.html.wall + pandoc.epub.wall, 1)} s)${note}`,
      limit: `≤ ${TARGETS23.pandocCpuRatio} ×`,
      met: ratio <= TARGETS23.pandocCpuRatio,
      margin:
        ratio <= TARGETS23.pandocCpuRatio
          ? `met by ${f(TARGETS23.pandocCpuRatio - ratio)} ×`
          : `missed: ${f(ratio / TARGETS23.pandocCpuRatio, 1)} × the limit`
    })
  } else
    none(
      'cold CPU, all four, against Pandoc html + epub in the same run',
      `≤ ${TARGETS23.pandocCpuRatio} ×`,
      all?.cpu ? 'Pandoc not run' : 'no cold build of all four'
    )

  const use = all?.cpuUse
  const busyLimit = `≥ ${pct(TARGETS23.busySamples)} of the 0.5 s samples with ≥ ${pct(TARGETS23.busyShare)} of all cores busy`
  if (use?.tree?.atLeast != null)
    rows.push({
      target: 'cold build of all four: both cores busy',
      figure: `the build's own processes: ${pct(use.tree.atLeast)} of ${use.samples} samples; the machine: ${pct(use.system.atLeast)}${note}`,
      limit: busyLimit,
      met: use.tree.atLeast >= TARGETS23.busySamples,
      margin:
        use.tree.atLeast >= TARGETS23.busySamples
          ? `met by ${f((use.tree.atLeast - TARGETS23.busySamples) * 100, 0)} points`
          : `missed by ${f((TARGETS23.busySamples - use.tree.atLeast) * 100, 0)} points`
    })
  else none('cold build of all four: both cores busy', busyLimit, 'no sampled cold build of all four')

  // Byte-identical: cold against incremental (changed and changed back), and against 3 shards.
  const largest = Math.max(0, ...Object.keys(rebuilds).map(Number))
  const back = rebuilds[largest]?.identical
  if (back)
    rows.push({
      target: `cold against incremental, N = ${thousands(largest)}`,
      figure: back.identical
        ? `identical: ${thousands(back.compared)} files (one source changed, then changed back)`
        : `${back.differingCount} differ, ${back.missingCount} missing, ${back.extraCount} extra: ${back.differing.slice(0, 3).join(', ')}`,
      limit: 'byte-identical (sha256 of every file)',
      met: back.identical,
      margin: back.identical ? 'met' : `missed by ${back.differingCount + back.missingCount + back.extraCount} files`
    })
  else none('cold against incremental', 'byte-identical', 'not run')
  const c = results.shards?.comparison
  if (c)
    rows.push({
      target: `cold against ${results.shards.count} shards assembled, N = ${thousands(results.shards.n)}`,
      figure: c.identical ? `identical: ${thousands(c.compared)} files` : `${c.differingCount} differ`,
      limit: 'byte-identical (sha256 of every file)',
      met: c.identical,
      margin: c.identical ? 'met' : `missed by ${c.differingCount + c.missingCount + c.extraCount} files`
    })
  else none('cold against 3 shards assembled', 'byte-identical', 'not run')
  return rows
}

/** The "Issue 23 targets" Markdown table. */
export function renderIssue23Targets(rows) {
  const esc = (s) => String(s).replace(/\|/g, '/')
  const verdict = (r) => (r.met === null ? 'not measured' : r.met ? '**met**' : '**missed**')
  return [
    '## Issue 23 targets',
    '',
    '| target | figure | limit | verdict | by how much |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${esc(r.target)} | ${esc(r.figure)} | ${esc(r.limit)} | ${verdict(r)} | ${esc(r.margin)} |`),
    ''
  ]
}
