/**
 * Dossier owns its output folder, and only it (issue 21, problems 1, 3, 6 and 7): it refuses a
 * folder it did not make, an output inside the sources or the reverse, a folder another build is
 * writing; collection file names are never a publication's id; a file damaged in place without a
 * change of size is made again; the summary names a format that was not written.
 */
import {spawn, spawnSync} from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import {hostname, tmpdir} from 'node:os'
import path from 'node:path'
import {reservedIds} from '@dossier/core'
import {afterAll, describe, expect, it, vi} from 'vitest'
import {poolSize} from '../src/lib/pipeline/pool.js'
import {hashTree} from './helpers/hash-tree.js'

const bin = path.join(import.meta.dirname, '../dist/bin.js')
const seeds = path.join(import.meta.dirname, '../../../sources')
const env = {...process.env, CI: '1', SOURCE_DATE_EPOCH: '1700000000'}
const made: string[] = []
// Each case runs the real CLI, a few seconds each on a loaded machine.
vi.setConfig({testTimeout: 120_000})

afterAll(() => {
  for (const dir of made) rmSync(dir, {recursive: true, force: true})
})

function temp(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `dossier-out-${prefix}-`))
  made.push(dir)
  return dir
}

/** The short seed and the collection: what a folder holds does not depend on the sources' size. */
function copySeeds(into = temp('src')): string {
  mkdirSync(into, {recursive: true})
  for (const name of ['002_63918c13af0e94a2.txt', 'collection.yaml'])
    copyFileSync(path.join(seeds, name), path.join(into, name))
  return into
}

function dossier(...args: string[]): {status: number; stdout: string; stderr: string} {
  const result = spawnSync('node', [bin, ...args], {env, encoding: 'utf8'})
  return {status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr}
}

const hashes = hashTree

describe('an output folder Dossier did not make', () => {
  it('is refused, and nothing in it changes (`--out ~` with a pdf/ folder of its own)', () => {
    const home = temp('home')
    mkdirSync(path.join(home, 'pdf'))
    writeFileSync(path.join(home, 'pdf/thesis.pdf'), 'my thesis')
    writeFileSync(path.join(home, 'notes.txt'), 'mine')
    const before = hashes(home)
    const result = dossier('build', '--sources', copySeeds(), '--out', home, '--format', 'json,pdf')
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/refusing to write into .*not empty \("notes\.txt"\) and Dossier did not make it/)
    expect(hashes(home)).toEqual(before)
    expect(readdirSync(home).sort()).toEqual(['notes.txt', 'pdf'])
  })

  it('that holds only a format folder is refused too (`--sources w/site --out w` deleted the sources)', () => {
    const w = temp('w')
    const sources = copySeeds(path.join(w, 'site'))
    const before = hashes(sources)
    const result = dossier('build', '--sources', sources, '--out', w, '--format', 'json')
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/sources folder .* is inside --out/)
    expect(hashes(sources)).toEqual(before)
  })

  it('is claimed when new or empty, with a marker, and built into again', () => {
    const sources = copySeeds()
    const empty = temp('empty')
    expect(dossier('build', '--sources', sources, '--out', empty, '--format', 'json').status).toBe(0)
    expect(existsSync(path.join(empty, '.dossier-output.json'))).toBe(true)
    expect(existsSync(path.join(empty, '.dossier-lock'))).toBe(false)
    const fresh = path.join(temp('parent'), 'a/b/new')
    expect(dossier('build', '--sources', sources, '--out', fresh, '--format', 'json').status).toBe(0)
    writeFileSync(path.join(fresh, 'README.txt'), 'a note the editor left beside the output')
    expect(dossier('build', '--sources', sources, '--out', fresh, '--format', 'json').status).toBe(0)
    expect(readFileSync(path.join(fresh, 'README.txt'), 'utf8')).toContain('editor')
  })

  it('is adopted when an earlier Dossier wrote it (its state file and its folders only)', () => {
    const sources = copySeeds()
    const out = temp('legacy')
    expect(dossier('build', '--sources', sources, '--out', out, '--format', 'json').status).toBe(0)
    rmSync(path.join(out, '.dossier-output.json'))
    const result = dossier('build', '--sources', sources, '--out', out, '--format', 'json')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('an output folder of an earlier Dossier')
    expect(existsSync(path.join(out, '.dossier-output.json'))).toBe(true)
  })

  it('is refused when it is a file', () => {
    const file = path.join(temp('file'), 'out')
    writeFileSync(file, 'x')
    expect(dossier('build', '--sources', copySeeds(), '--out', file, '--format', 'json').status).toBe(2)
    expect(readFileSync(file, 'utf8')).toBe('x')
  })
})

describe('sources and output overlap', () => {
  it('refuses --out inside --sources (the output would be read back as sources)', () => {
    const sources = copySeeds()
    const result = dossier('build', '--sources', sources, '--out', path.join(sources, 'out'), '--format', 'json')
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/is inside the sources folder/)
    expect(existsSync(path.join(sources, 'out'))).toBe(false)
  })

  it('refuses the same folder, and sees through symbolic links', () => {
    const sources = copySeeds()
    expect(dossier('build', '--sources', sources, '--out', sources, '--format', 'json').status).toBe(2)
    const link = path.join(temp('link'), 'to-sources')
    symlinkSync(sources, link)
    const result = dossier('build', '--sources', sources, '--out', path.join(link, 'output'), '--format', 'json')
    expect(result.status).toBe(2)
    expect(existsSync(path.join(sources, 'output'))).toBe(false)
  })

  it('refuses `dev` with --out inside --sources before building (no rebuild loop)', () => {
    const sources = copySeeds()
    const result = dossier('dev', '--sources', sources, '--out', path.join(sources, 'site-out'), '--port', '0')
    expect(result.status).toBe(2)
    expect(existsSync(path.join(sources, 'site-out'))).toBe(false)
  })
})

describe('one build at a time per output folder', () => {
  it('refuses a build while a live build holds the lock, naming it', () => {
    const out = temp('locked')
    const sources = copySeeds()
    expect(dossier('build', '--sources', sources, '--out', out, '--format', 'json').status).toBe(0)
    const before = hashes(path.join(out, 'dataset'))
    // This test process is alive: its lock is held.
    writeFileSync(
      path.join(out, '.dossier-lock'),
      JSON.stringify({pid: process.pid, host: hostname(), token: 'held-by-the-test'})
    )
    writeFileSync(path.join(sources, 'collection.yaml'), 'title: Another edition\n')
    const result = dossier('build', '--sources', sources, '--out', out, '--format', 'json')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`another build is writing to ${out} (pid ${process.pid}`)
    expect(hashes(path.join(out, 'dataset'))).toEqual(before)
    rmSync(path.join(out, '.dossier-lock'))
  })

  it('waits for the lock, not the claim, when another build is claiming the folder at that moment', () => {
    // What a second build started with the first sees: the first's marker not yet renamed, its lock.
    const out = temp('claiming')
    writeFileSync(path.join(out, '.dossier-output.json.4242.tmp'), '{"format": "dossier-output", "version": 1}\n')
    writeFileSync(path.join(out, '.dossier-lock'), JSON.stringify({pid: process.pid, host: hostname(), token: 'first'}))
    const refused = dossier('build', '--sources', copySeeds(), '--out', out, '--format', 'json')
    expect([refused.status, refused.stderr]).toEqual([1, expect.stringContaining(`another build is writing to ${out}`)])
    // Once the first is gone, the folder is Dossier's to build into.
    rmSync(path.join(out, '.dossier-lock'))
    rmSync(path.join(out, '.dossier-output.json.4242.tmp'))
    writeFileSync(path.join(out, '.dossier-lock.0f0f.tmp'), '')
    expect(dossier('build', '--sources', copySeeds(), '--out', out, '--format', 'json').status).toBe(0)
  })

  it('takes over the lock of a build that died (a crash does not lock the folder for good)', () => {
    const out = temp('stale')
    const gone = spawnSync('node', ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'})
    const pid = Number(gone.stdout)
    writeFileSync(path.join(out, '.dossier-output.json'), '{"format": "dossier-output", "version": 1}\n')
    writeFileSync(path.join(out, '.dossier-lock'), JSON.stringify({pid, host: hostname(), token: 'stale'}))
    const result = dossier('build', '--sources', copySeeds(), '--out', out, '--format', 'json')
    expect(result.status).toBe(0)
    expect(existsSync(path.join(out, 'dataset/publications.json'))).toBe(true)
    expect(existsSync(path.join(out, '.dossier-lock'))).toBe(false)
  })

  it('two builds started together: one publishes complete folders, the other is refused and says so', async () => {
    const out = temp('two')
    const a = copySeeds()
    const b = copySeeds()
    writeFileSync(path.join(b, 'collection.yaml'), 'title: Edition B\n')
    const run = (sources: string) =>
      new Promise<{status: number; stderr: string}>((resolve) => {
        const child = spawn('node', [bin, 'build', '--sources', sources, '--out', out, '--format', 'json,epub'], {
          env
        })
        let stderr = ''
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString()
        })
        child.on('exit', (status) => resolve({status: status ?? -1, stderr}))
      })
    const results = await Promise.all([run(a), run(b)])
    const refused = results.filter((r) => r.status === 1 && /another build is writing/.test(r.stderr))
    const done = results.filter((r) => r.status === 0)
    // Either the second started after the first finished (both publish) or exactly one was refused.
    expect(done.length + refused.length, results.map((r) => `exit ${r.status}: ${r.stderr}`).join('\n')).toBe(2)
    expect(done.length).toBeGreaterThanOrEqual(1)
    // Whatever the order, the folders are one whole build's output, never a mixture or a part.
    const expected = [a, b].map((sources) => {
      const fresh = temp('two-fresh')
      expect(dossier('build', '--sources', sources, '--out', fresh, '--format', 'json,epub').status).toBe(0)
      return {dataset: hashes(path.join(fresh, 'dataset')), epub: hashes(path.join(fresh, 'epub'))}
    })
    expect(expected).toContainEqual({dataset: hashes(path.join(out, 'dataset')), epub: hashes(path.join(out, 'epub'))})
  }, 120_000)
})

describe('collection file names are reserved', () => {
  it('includes every collection file of every format and the collection book', () => {
    const reserved = reservedIds({id: 'russia-and-pakistan'})
    for (const id of ['index', 'search', '404', 'briefing', 'publications', 'qa', 'russia-and-pakistan'])
      expect(reserved.has(id), id).toBe(true)
  })

  it('gives a title "Index" or "Briefing" its own page and PDF; an editor\'s reserved id is an error naming the file', () => {
    const sources = temp('reserved-src')
    const body = 'This is the body of an article that people might read.\n\nA second paragraph with more words in it.\n'
    writeFileSync(path.join(sources, 'a.md'), `---\ntitle: Index\n---\n${body}`)
    writeFileSync(path.join(sources, 'b.md'), `---\ntitle: Briefing\n---\n${body}`)
    writeFileSync(path.join(sources, 'c.md'), `---\nid: search\ntitle: Searching\n---\n${body}`)
    const out = temp('reserved-out')
    const result = dossier('build', '--sources', sources, '--out', out, '--format', 'all')
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/c\.md: error: id "search" is the name of a collection file/)
    expect(result.stderr).toMatch(
      /a\.md: warning: the inferred id "index" is the name of a collection file; this publication is "index-2"/
    )
    expect(readFileSync(path.join(out, 'site/index-2.html'), 'utf8')).toContain('Index')
    expect(existsSync(path.join(out, 'pdf/briefing-2.pdf'))).toBe(true)
    expect(existsSync(path.join(out, 'epub/briefing-2.epub'))).toBe(true)
    // The home page and the briefing are still the collection's.
    expect(readFileSync(path.join(out, 'site/index.html'), 'utf8')).toContain('index-2.html')
  }, 120_000)
})

describe('files damaged in place', () => {
  it('are made again even when their size did not change', () => {
    const sources = copySeeds()
    const out = temp('damaged')
    expect(dossier('build', '--sources', sources, '--out', out).status).toBe(0)
    const good = {site: hashes(path.join(out, 'site')), pdf: hashes(path.join(out, 'pdf'))}
    const flip = (file: string) => {
      const bytes = readFileSync(file)
      const at = Math.floor(bytes.length / 2)
      bytes[at] = bytes[at]! ^ 0x20
      // Written in place: the inode (and its hard links) keep the damage, as a disk error would.
      writeFileSync(file, bytes)
    }
    const page = readdirSync(path.join(out, 'site')).find(
      (f) => f.endsWith('.html') && !/^(index|search|404)\./.test(f)
    )!
    flip(path.join(out, 'site', page))
    flip(path.join(out, 'pdf/briefing.pdf'))
    expect(hashes(path.join(out, 'site'))).not.toEqual(good.site)
    const result = dossier('build', '--sources', sources, '--out', out)
    expect(result.status).toBe(0)
    expect(result.stdout).not.toMatch(/site: .* is up to date/)
    expect(hashes(path.join(out, 'site'))).toEqual(good.site)
    expect(hashes(path.join(out, 'pdf'))).toEqual(good.pdf)
  }, 180_000)
})

describe('the command line', () => {
  it('refuses --format "" instead of writing nothing', () => {
    const out = path.join(temp('noformat'), 'out')
    const result = dossier('build', '--sources', copySeeds(), '--out', out, '--format', '')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('--format wants at least one of')
    expect(existsSync(out)).toBe(false)
  })

  it('refuses `dev --port abc` before building anything', () => {
    const out = path.join(temp('badport'), 'out')
    const result = dossier('dev', '--sources', copySeeds(), '--out', out, '--port', 'abc')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('--port wants a whole number')
    expect(existsSync(out)).toBe(false)
  })

  it('never starts more workers than there are sources (`--jobs 96` on 2 sources)', () => {
    expect(poolSize(10_000_000, 96, 2)).toBe(2)
    expect(poolSize(10_000_000, 1, 50)).toBe(0)
    expect(poolSize(100, undefined, 2)).toBe(0)
    expect(poolSize(10_000_000, 3, 0)).toBe(0)
  })
})
