/**
 * A publication whose rendering fails is left out, named with the reason, and the other sources
 * still publish in every format (DEVELOPERS.md: "the other sources still publish"). Before, one
 * failed render withheld every active format for the whole collection. The fault is planted with a
 * module hook (test/fixtures/fail-render) in a real `dossier build`, so nothing depends on timing.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

const bin = path.join(import.meta.dirname, '../dist/bin.js')
const seeds = path.join(import.meta.dirname, '../../../sources')
const hook = path.join(import.meta.dirname, 'fixtures/fail-render/register.mjs')

describe('a publication that cannot be rendered', () => {
  it('is left out with its reason; the others publish in every format, linked to each other only', () => {
    const sources = mkdtempSync(path.join(tmpdir(), 'dossier-render-fail-'))
    copyFileSync(path.join(seeds, '000_388b1c817c432ae6.txt'), path.join(sources, 'a.txt'))
    copyFileSync(path.join(seeds, '002_63918c13af0e94a2.txt'), path.join(sources, 'b.txt'))
    copyFileSync(path.join(seeds, '000_388b1c817c432ae6.txt'), path.join(sources, 'c.txt'))
    const out = mkdtempSync(path.join(tmpdir(), 'dossier-render-fail-out-'))
    const run = spawnSync(
      'node',
      ['--import', hook, bin, 'build', '--format', 'json,html', '--jobs', '1', '--sources', sources, '--out', out],
      {encoding: 'utf8', env: {...process.env, CI: '1', DOSSIER_TEST_FAIL_RENDER: 'b.txt'}, timeout: 240_000}
    )
    const said = run.stderr + run.stdout
    expect(run.status, said).toBe(1)
    expect(run.stderr).toMatch(
      /^b\.txt: error: could not be rendered: a renderer fault planted by the test; it is left out of this build/m
    )
    expect(run.stderr).not.toMatch(/NOT written/)
    const data = JSON.parse(readFileSync(path.join(out, 'dataset/publications.json'), 'utf8'))
    const kept = data.publications.map((p: {source: {path: string}; id: string}) => p.source.path)
    expect(kept, said).toEqual(['a.txt', 'c.txt'])
    // The site has the two, and every link between publication pages reaches a page that exists.
    const site = path.join(out, 'site')
    const ids = data.publications.map((p: {id: string}) => p.id)
    for (const id of ids) expect(existsSync(path.join(site, `${id}.html`)), id).toBe(true)
    const pages = readdirSync(site).filter((name) => name.endsWith('.html'))
    for (const page of pages) {
      const html = readFileSync(path.join(site, page), 'utf8')
      for (const [, href] of html.matchAll(/href="([^"#?:]+\.html)(?:#[^"]*)?"/g))
        expect(existsSync(path.join(site, href!)), `${page} links ${href}`).toBe(true)
    }
  }, 300_000)
})
