/**
 * The benchmark's own setup step: GNU time, Pandoc and poppler's pdfinfo come from Debian. As root
 * with apt-get, install what is missing; otherwise stop and say how.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'

const known = {
  time: {path: '/usr/bin/time', pkg: 'time'},
  pandoc: {bin: 'pandoc', pkg: 'pandoc'},
  pdfinfo: {bin: 'pdfinfo', pkg: 'poppler-utils'}
}

export function ensureTools(names) {
  const has = (t) => (t.path ? existsSync(t.path) : spawnSync('sh', ['-c', `command -v ${t.bin}`]).status === 0)
  const missing = names.map((n) => known[n]).filter((t) => !has(t))
  if (missing.length === 0) return
  const packages = [...new Set(missing.map((t) => t.pkg))]
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot || spawnSync('sh', ['-c', 'command -v apt-get']).status !== 0) {
    throw new Error(
      `the benchmark needs ${packages.join(', ')}: sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`
    )
  }
  console.log(`installing benchmark tools with apt-get: ${packages.join(' ')}`)
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'}
  execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env})
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {stdio: 'inherit', env})
}
