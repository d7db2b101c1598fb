import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, expect, test} from 'vitest'
import {generate, makeInterview, toMarkdown, toSource} from '../src/generate.mjs'
import {renderChart} from '../src/chart.mjs'
import {renderReport} from '../src/report.mjs'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-test-'))
afterAll(() => rmSync(tmp, {recursive: true, force: true}))

const files = (dir) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')])
  )

test('the same seed gives the same corpus, and a small corpus is a prefix of a larger one', () => {
  const a = generate({count: 8, out: path.join(tmp, 'a'), seed: 7})
  const b = generate({count: 8, out: path.join(tmp, 'b'), seed: 7})
  const c = generate({count: 12, out: path.join(tmp, 'c'), seed: 7})
  expect(files(path.join(tmp, 'a/sources'))).toEqual(files(path.join(tmp, 'b/sources')))
  expect(a).toEqual(b)
  expect(c.sources.slice(0, 8)).toEqual(a.sources)
  const d = generate({count: 8, out: path.join(tmp, 'd'), seed: 8})
  expect(d.sources.map((s) => s.file)).not.toEqual(a.sources.map((s) => s.file))
})

test('every convention, realistic lengths, chrome lines', () => {
  const m = generate({count: 40, out: path.join(tmp, 'e'), seed: 1})
  expect(new Set(m.sources.map((s) => s.style))).toEqual(new Set(['numbered', 'qa', 'speakers', 'markdown']))
  for (const s of m.sources) {
    expect(s.words).toBeGreaterThanOrEqual(2000)
    expect(s.words).toBeLessThanOrEqual(12500)
    const text = readFileSync(path.join(tmp, 'e/sources', s.file), 'utf8')
    expect(text).toMatch(/^\| Welcome to /m)
    expect(text).toMatch(/^Read more: /m)
    expect(text).toMatch(/^Share this article$/m)
  }
})

test('each convention marks exactly the generated questions', () => {
  const iv = (i) => makeInterview(3, i)
  const count = (text, re) => text.split('\n').filter((l) => re.test(l)).length
  const numbered = iv(0)
  expect(count(toSource(numbered).text, /^\d+\. .*\?$/)).toBe(numbered.qa.length)
  const qa = iv(1)
  expect(count(toSource(qa).text, /^Q: /)).toBe(qa.qa.length)
  const speakers = iv(2)
  expect(count(toSource(speakers).text, new RegExp(`^${speakers.asker}: `))).toBe(speakers.qa.length)
  const md = iv(3)
  expect(toSource(md).text.startsWith('---\ntitle: ')).toBe(true)
  expect(count(toSource(md).text, /^\*\*.*\?\*\*$/)).toBe(md.qa.length)
  expect(count(toMarkdown(md), /^\*\*.*\?\*\*$/)).toBe(md.qa.length)
})

test('the chart and the report are deterministic', () => {
  const run = (wall) => ({wall, cpu: wall * 1.2, rss: 150, load: 1, runs: 1, extra: {pages: 100}})
  const results = {
    date: '2000-01-01',
    seed: 1,
    machine: {cpu: 'x', cores: 2, memoryGiB: 4, os: 'Linux', node: 'v20', pandoc: 'pandoc'},
    loadAtStart: [1, 1, 1],
    sizes: [10, 100].map((n) => ({
      n,
      words: n * 6000,
      bytes: n * 40000,
      questions: n * 20,
      runs: 1,
      check: {checked: n, wrong: [], warnings: 0},
      dossier: {json: run(n / 10), pdf: run(n / 2), all: run(n)},
      pandoc: {html: run(n / 5), epub: run(n / 4)},
      floors: {pdf: run(n / 8)}
    })),
    incremental: {n: 100, wall: 90, cold: 100, changed: 'x.txt', rss: 200}
  }
  const svg = renderChart(results)
  expect(renderChart(structuredClone(results))).toBe(svg)
  expect(svg).toMatch(/^<svg /)
  expect(svg).toContain('pandoc html (per doc)')
  const md = renderReport(results, 'x.svg')
  expect(md).toContain('| dossier all four / (pandoc html + pandoc epub) | 2.22 |')
  expect(md).toContain('90.0 %')
  expect(md).toMatch(/incremental.*\*\*missed\*\*/)
})
