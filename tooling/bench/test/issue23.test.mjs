import {expect, test} from 'vitest'
import {issue23Targets, renderIssue23Targets} from '../src/issue23.mjs'

const build = (wall, cpu, extra = {}) => ({wall, cpu, rss: 500, ...extra})
const rebuild = (n, wall, cpu, cold, coldCpu) => ({
  unchanged: {n, wall: 1, cpu: 1, cold, coldCpu},
  incremental: {n, wall, cpu, cold, coldCpu}
})
const row = (rows, start) => rows.find((r) => r.target.startsWith(start))

test('a rebuild meets its share only when both its wall and its CPU are under the limit', () => {
  const rows = issue23Targets({
    rebuilds: {200: rebuild(200, 4, 7, 100, 100), 1000: rebuild(1000, 2, 2.5, 100, 100)}
  })
  const of200 = row(rows, 'one changed source of 200')
  expect(of200.met).toBe(false)
  expect(of200.margin).toBe('missed by 2.0 points (1.4 × the limit)')
  const of1000 = row(rows, 'one changed source of 1,000')
  expect(of1000.met).toBe(true)
  expect(of1000.margin).toBe('met by 0.5 points')
})

test('cold CPU against Pandoc: CPU over CPU, limit 0.6 ×', () => {
  const entry = (cpu) => ({
    n: 1000,
    dossier: {all: build(50, cpu)},
    pandoc: {html: build(40, 50), epub: build(60, 50)}
  })
  expect(row(issue23Targets({sizes: [entry(60)]}), 'cold CPU').met).toBe(true)
  const missed = row(issue23Targets({sizes: [entry(120)]}), 'cold CPU')
  expect(missed.met).toBe(false)
  expect(missed.figure).toContain('1.20 ×')
  expect(row(issue23Targets({sizes: [{n: 1000, dossier: {all: build(1, 1)}, pandoc: {}}]}), 'cold CPU').met).toBe(null)
})

test('memory: under 1 GiB at 5,000 and flat from 1,000, both or missed', () => {
  const memory = (a, b) => [
    {n: 1000, build: {rss: a}},
    {n: 5000, build: {rss: b}}
  ]
  expect(row(issue23Targets({memory: memory(800, 900)}), 'peak RSS').met).toBe(true)
  const steep = row(issue23Targets({memory: memory(500, 900)}), 'peak RSS')
  expect(steep.met).toBe(false)
  expect(steep.margin).toContain('not flat')
  expect(row(issue23Targets({memory: memory(900, 1100)}), 'peak RSS').met).toBe(false)
  expect(row(issue23Targets({}), 'peak RSS').met).toBe(null)
})

test('byte identity: cold against incremental and against shards, each its own row', () => {
  const comparison = (identical) => ({
    identical,
    compared: 10,
    differing: identical ? [] : ['site/index.html'],
    differingCount: identical ? 0 : 1,
    missingCount: 0,
    extraCount: 0
  })
  const rows = issue23Targets({
    rebuilds: {1000: {...rebuild(1000, 1, 1, 10, 10), identical: comparison(false)}},
    shards: {n: 1000, count: 3, comparison: comparison(true)}
  })
  const back = row(rows, 'cold against incremental')
  expect(back.met).toBe(false)
  expect(back.figure).toContain('site/index.html')
  expect(row(rows, 'cold against 3 shards').met).toBe(true)
  const table = renderIssue23Targets(rows).join('\n')
  expect(table).toContain('## Issue 23 targets')
  expect(table).toContain('| cold against incremental, N = 1,000 |')
  expect(table.split('\n').filter((line) => line.includes('**missed**')).length).toBeGreaterThan(0)
})
