/**
 * Sections of the results note for issue 15: rebuilds and shards on the largest N, the cores'
 * use during the sampled builds, and peak memory at the `--memory-sizes`.
 */
const f = (x, d = 2) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(d) : '—')
const pct = (x, d = 0) => (typeof x === 'number' ? `${f(x * 100, d)} %` : '—')
const esc = (s) => String(s).replace(/\|/g, '/')

/** "Rebuilds and shards": each build with its share of the cold build, then the byte comparison. */
export function renderRebuilds(results) {
  const {unchanged, incremental, shards} = results
  const ref = unchanged ?? incremental ?? shards
  if (!ref) return []
  const L = [`## Rebuilds and shards, N = ${ref.n.toLocaleString('en')}`, '']
  L.push(
    `From the cold build of ${ref.format ?? 'all'} (${f(ref.cold)} s wall, ${f(ref.coldCpu)} s CPU): rebuilds into its output folder (its store in \`.cache/store\` kept), and ${shards?.count ?? 3} shards (\`dossier build --shard K/${shards?.count ?? 3} --store S\`, all at the same time) into a fresh store, assembled by \`dossier build --store S\` into a fresh folder.`,
    ''
  )
  L.push(
    '| build | wall s | CPU s | peak RSS MiB | % of cold wall | % of cold CPU | load |',
    '| --- | --: | --: | --: | --: | --: | --: |'
  )
  const row = (label, r) => {
    if (!r) return
    if (r.error) L.push(`| ${label} | failed: ${esc(r.error).slice(0, 160)} | | | | | |`)
    else
      L.push(
        `| ${label} | ${f(r.wall)} | ${f(r.cpu)} | ${f(r.rss, 0)} | ${f((r.wall / ref.cold) * 100, 1)} | ${f((r.cpu / ref.coldCpu) * 100, 1)} | ${f(r.load, 1)} |`
      )
  }
  L.push(`| cold ${ref.format ?? 'all'} (the reference) | ${f(ref.cold)} | ${f(ref.coldCpu)} | | 100.0 | 100.0 | |`)
  row('nothing changed', unchanged)
  row(`one source changed (${incremental?.changed ?? '?'})`, incremental)
  if (shards) {
    for (const [i, m] of (shards.group?.members ?? []).entries())
      row(`shard ${i + 1}/${shards.count} (at the same time)`, {...m, load: null})
    row(`${shards.count} shards at once (the group)`, shards.group)
    row('assembly from the store', shards.assemble)
    if (shards.group?.wall && shards.assemble?.wall)
      row(`${shards.count} shards + assembly`, {
        wall: shards.group.wall + shards.assemble.wall,
        cpu: shards.group.cpu + shards.assemble.cpu,
        rss: Math.max(shards.group.rss, shards.assemble.rss),
        load: null
      })
  }
  L.push('')
  const c = shards?.comparison
  if (c) {
    L.push(
      `Byte comparison (SHA-256 of every output file, \`.cache\` left out): **${c.identical ? 'identical' : 'different'}**, ${c.compared.toLocaleString('en')} files compared (${c.expectedFiles} in the one build, ${c.actualFiles} assembled).`
    )
    for (const k of ['differing', 'missing', 'extra'])
      if (c[`${k}Count`])
        L.push(
          `- ${k} (${c[`${k}Count`]}): ${c[k].map((p) => `\`${p}\``).join(', ')}${c[`${k}Count`] > c[k].length ? ', …' : ''}`
        )
    L.push('')
  } else if (shards?.error) L.push(`Shards failed: ${shards.error}`, '')
  return L
}

/** Every sampled build of the run: label and result. */
function sampled(results) {
  const out = []
  for (const e of results.sizes ?? [])
    for (const [k, r] of Object.entries(e.dossier ?? {}))
      if (r?.cpuUse) out.push([`N = ${e.n.toLocaleString('en')}, cold ${k}`, r])
  for (const m of results.memory ?? [])
    if (m.build?.cpuUse) out.push([`N = ${m.n.toLocaleString('en')}, cold ${m.format} (memory)`, m.build])
  const sh = results.shards
  if (sh?.group?.cpuUse) out.push([`N = ${sh.n.toLocaleString('en')}, ${sh.count} shards at once`, sh.group])
  return out
}

/** "Use of the cores": the sampler's summary of each sampled build. */
export function renderCoreUse(results) {
  const rows = sampled(results)
  if (rows.length === 0) return []
  const cores = results.machine?.cores ?? '?'
  const L = ['## Use of the cores', '']
  L.push(
    `Sampled every 0.5 s from /proc during the build: the machine's busy share of all ${cores} cores (every process, from the \`cpu\` line of /proc/stat) and the build's own share (CPU ticks of the processes under the harness). "≥ 90 %" is the share of samples with at least 90 % of all cores busy; "both cores busy throughout" asks it of the build's own share. CPU/wall is GNU time's user+sys over wall.`,
    ''
  )
  L.push(
    '| build | samples | machine: mean | machine: samples ≥ 90 % | build: mean | build: samples ≥ 90 % | CPU/wall | load |',
    '| --- | --: | --: | --: | --: | --: | --: | --: |'
  )
  for (const [label, r] of rows) {
    const u = r.cpuUse
    L.push(
      `| ${label} | ${u.samples} | ${pct(u.system?.mean)} | ${pct(u.system?.atLeast)} | ${pct(u.tree?.mean)} | ${pct(u.tree?.atLeast)} | ${f(r.cpu / r.wall)} | ${f(r.load, 1)} |`
    )
  }
  L.push('')
  return L
}

/** "Peak memory at larger N": the cold builds of `--memory-sizes`. */
export function renderMemory(results) {
  const list = results.memory ?? []
  if (list.length === 0) return []
  const L = ['## Peak memory at larger N', '']
  L.push(
    'One cold build each, no Pandoc and no single-format builds. Peak RSS is GNU time\'s (the largest process; worker threads are inside it); "sampled tree" is the largest sum of RSS over the build\'s processes seen by the sampler.',
    ''
  )
  L.push(
    '| N | words | source MB | build | wall s | CPU s | peak RSS MiB | sampled tree MiB | output MB | load |',
    '| --: | --: | --: | --- | --: | --: | --: | --: | --: | --: |'
  )
  for (const m of list) {
    const r = m.build
    if (r?.error) {
      L.push(
        `| ${m.n} | ${m.words.toLocaleString('en')} | ${f(m.bytes / 1e6)} | ${m.format} | failed: ${esc(r.error).slice(0, 160)} | | | | | |`
      )
      continue
    }
    L.push(
      `| ${m.n} | ${m.words.toLocaleString('en')} | ${f(m.bytes / 1e6)} | ${m.format} | ${f(r.wall)} | ${f(r.cpu)} | ${f(r.rss, 0)} | ${f(r.cpuUse?.treePeakRssMiB, 0)} | ${f((r.extra?.outBytes ?? Number.NaN) / 1e6, 1)} | ${f(r.load, 1)} |`
    )
  }
  L.push('')
  return L
}
