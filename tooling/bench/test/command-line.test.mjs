// `pnpm bench --help` prints the options and starts nothing; an unknown option is refused with the
// usage instead of being ignored (a misspelt `--size 10` used to start the full benchmark).
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {expect, test} from 'vitest'

const bench = path.join(import.meta.dirname, '../src/bench.mjs')
const run = (...args) => spawnSync('node', [bench, ...args], {encoding: 'utf8', timeout: 60_000})

test('--help prints every option and exits 0 without building anything', () => {
  const result = run('--help')
  expect(result.status).toBe(0)
  expect(result.stdout).toMatch(/^Usage: pnpm bench \[options\]/)
  for (const option of ['--sizes', '--runs', '--formats', '--memory-sizes', '--no-pandoc', '--merge', '--help'])
    expect(result.stdout).toContain(option)
  expect(result.stderr).toBe('')
})

test('an unknown option is refused with the usage, exit 2', () => {
  const result = run('--size', '10')
  expect(result.status).toBe(2)
  expect(result.stderr).toContain("Unknown option '--size'")
  expect(result.stderr).toContain('Usage: pnpm bench')
  expect(result.stdout).toBe('')
})
