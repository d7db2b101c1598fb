#!/usr/bin/env node
// The tests run real validators nobody here wrote (EPUBCheck, the Nu checker on Java, qpdf,
// poppler, Chromium, sqlite3, python3). They must never be skipped, so this makes sure they exist
// before the tests: on Debian as root it installs what is missing with apt-get; elsewhere it stops
// and says how.
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'

const tools = [
  {bin: 'java', path: null, pkg: 'default-jre-headless'},
  {bin: 'epubcheck', path: '/usr/bin/epubcheck', pkg: 'epubcheck'},
  {bin: 'qpdf', path: null, pkg: 'qpdf'},
  {bin: 'pdfinfo', path: null, pkg: 'poppler-utils'},
  {bin: 'chromium', path: '/usr/bin/chromium', pkg: 'chromium'},
  // The dataset's tests open dossier.sqlite with SQLite's own tool and run the README's Python.
  {bin: 'sqlite3', path: null, pkg: 'sqlite3'},
  {bin: 'python3', path: null, pkg: 'python3'}
]

const has = (tool) =>
  tool.path ? existsSync(tool.path) : spawnSync('sh', ['-c', `command -v ${tool.bin}`]).status === 0
const missing = tools.filter((tool) => !has(tool))
if (missing.length === 0) process.exit(0)

const packages = [...new Set(missing.map((tool) => tool.pkg))]
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get']).status === 0
if (!isRoot || !hasApt) {
  console.error(
    `The tests need ${missing.map((t) => t.bin).join(', ')}. Install them first, e.g.:\n  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`
  )
  process.exit(1)
}
console.log(`installing test tools with apt-get: ${packages.join(' ')}`)
const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'}
execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env})
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {stdio: 'inherit', env})
