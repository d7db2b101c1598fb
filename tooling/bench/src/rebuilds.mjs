/**
 * What issue 15 asks of a build after the cold one, on the largest N: a rebuild with nothing
 * changed and one with one changed source (into the cold build's output folder, so its store in
 * `<out>/.cache/store` is reused), and three shards on one machine (`--shard K/3 --store S` at the
 * same time, then an assembling `dossier build --store S`) whose output is compared byte for byte
 * with the cold build's.
 */
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {measure, measureGroup, repeat} from './measure.mjs'
import {compareTrees, hashTree} from './tree-hash.mjs'

const ENV = {SOURCE_DATE_EPOCH: '1700000000'}

/** The command of a `dossier build` (argv array). */
export const buildCommand = (cli, format, sourcesDir, more) => [
  'node',
  cli,
  'build',
  '--format',
  format,
  '--sources',
  sourcesDir,
  ...more
]

/**
 * Rebuild into `out` (which holds a cold build of `format`): first with nothing changed, then
 * after changing one source (the middle one of the manifest; runs alternate between the edited
 * and the original text, each a one-source change). Restores the source; with `coldHashes` (the
 * cold build's `hashTree`), rebuilds once more with the original text and compares every file
 * with the cold build (issue 23: cold and incremental byte-identical). Resolves to
 * `{unchanged, incremental, identical}`, the first two `repeat` results, `identical` a
 * `compareTrees` result with counts (null without `coldHashes`).
 */
export async function measureRebuilds({cli, root, sourcesDir, out, format, manifest, runs, log, coldHashes = null}) {
  const command = buildCommand(cli, format, sourcesDir, ['--out', out])
  const n = manifest.sources.length
  const unchanged = await repeat(runs, `N=${n} dossier ${format}, nothing changed`, () => ({command, env: ENV}), {
    cwd: root,
    log
  })
  const target = path.join(sourcesDir, manifest.sources[Math.floor(n / 2)].file)
  const original = readFileSync(target, 'utf8')
  const edited = original.replace(/\.\n/, '. An editor added this sentence.\n')
  let incremental
  try {
    incremental = await repeat(
      runs,
      `N=${n} dossier ${format}, one source changed`,
      (i) => ({command, env: ENV, before: () => writeFileSync(target, i % 2 === 0 ? edited : original)}),
      {cwd: root, log}
    )
  } finally {
    writeFileSync(target, original)
  }
  incremental.changed = path.basename(target)
  let identical = null
  if (coldHashes) {
    // An odd number of runs left the edited text built: one more build with the original text.
    if (runs % 2 === 1) await measure(command, {cwd: root, env: ENV})
    identical = withCounts(compareTrees(coldHashes, await hashTree(out)))
    log(
      `N=${n} cold against incremental (changed and changed back): ${identical.identical ? 'identical' : 'DIFFERENT'} (${identical.compared} files, ${identical.differingCount} differ)`
    )
  }
  return {unchanged, incremental, identical}
}

/** A comparison with `<kind>Count` for its lists, each list cut to 20 paths (the JSON stays small). */
function withCounts(comparison) {
  for (const k of ['differing', 'missing', 'extra']) {
    comparison[`${k}Count`] = comparison[k].length
    comparison[k] = comparison[k].slice(0, 20)
  }
  return comparison
}

/**
 * Three (`count`) shards at the same time into a fresh store, then an assembling build from it
 * into a fresh folder, timed; compares every file of the assembled output with `coldHashes` (the
 * cold single-machine build, `.cache` left out). Resolves to `{count, group, assemble, comparison}`.
 */
export async function measureShards({cli, root, sourcesDir, format, scratch, coldHashes, count = 3, log}) {
  const store = path.join(scratch, 'shard-store')
  const out = path.join(scratch, 'shard-assembled')
  const shardOut = (k) => path.join(scratch, `shard-${k}-out`)
  const clean = () => {
    for (const dir of [store, out, ...Array.from({length: count}, (_, i) => shardOut(i + 1))])
      rmSync(dir, {recursive: true, force: true})
  }
  clean()
  const commands = Array.from({length: count}, (_, i) =>
    buildCommand(cli, format, sourcesDir, ['--shard', `${i + 1}/${count}`, '--store', store, '--out', shardOut(i + 1)])
  )
  const group = await measureGroup(commands, {cwd: root, env: ENV, sample: true})
  for (const [i, m] of group.members.entries())
    log(
      `shard ${i + 1}/${count}: ${m.error ? `FAILED ${m.error}` : `${m.wall.toFixed(2)} s wall, ${m.cpu.toFixed(2)} s cpu, ${m.rss.toFixed(0)} MiB`}`
    )
  log(
    `${count} shards at once: ${group.wall.toFixed(2)} s wall, ${group.cpu.toFixed(2)} s cpu, largest ${group.rss.toFixed(0)} MiB (load ${group.load.toFixed(2)})`
  )
  if (group.error) {
    clean()
    return {count, group, error: group.error}
  }
  const assemble = await measure(buildCommand(cli, format, sourcesDir, ['--store', store, '--out', out]), {
    cwd: root,
    env: ENV
  })
  delete assemble.stdout
  log(
    `assemble from the store: ${assemble.error ? `FAILED ${assemble.error}` : `${assemble.wall.toFixed(2)} s wall, ${assemble.cpu.toFixed(2)} s cpu, ${assemble.rss.toFixed(0)} MiB`}`
  )
  let comparison = null
  if (!assemble.error) {
    comparison = compareTrees(coldHashes, await hashTree(out))
    log(
      `shards + assemble vs one build: ${comparison.identical ? 'identical' : 'DIFFERENT'} (${comparison.compared} files compared, ${comparison.differing.length} differ, ${comparison.missing.length} missing, ${comparison.extra.length} extra)`
    )
    withCounts(comparison)
  }
  clean()
  return {count, group, assemble, comparison, ...(assemble.error ? {error: assemble.error} : {})}
}
