/**
 * End to end: the built `dossier` command on real folders. Exit codes, messages naming files,
 * good sources publishing beside bad ones (the command's contract: `pnpm test:fast` runs it).
 * Byte-identical rebuilds in every format: reproducible.test.ts.
 */
import {execFile} from 'node:child_process'
import {copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const bin = path.join(import.meta.dirname, '../dist/bin.js')
const seeds = path.join(import.meta.dirname, '../../../sources')
const exec = promisify(execFile)

async function dossier(args: string[], env: Record<string, string> = {}) {
  try {
    const {stdout, stderr} = await exec('node', [bin, ...args], {env: {...process.env, CI: '1', ...env}})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const e = error as {code: number; stdout: string; stderr: string}
    return {code: e.code, stdout: e.stdout, stderr: e.stderr}
  }
}

function tempSources(extra: Record<string, Uint8Array | string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-src-'))
  for (const name of readdirSync(seeds)) copyFileSync(path.join(seeds, name), path.join(dir, name))
  for (const [name, contents] of Object.entries(extra)) writeFileSync(path.join(dir, name), contents)
  return dir
}

const out = () => mkdtempSync(path.join(tmpdir(), 'dossier-out-'))
const publications = (dir: string) =>
  JSON.parse(readFileSync(path.join(dir, 'dataset/publications.json'), 'utf8')).publications as Array<{
    id: string
    qa: unknown[]
  }>

describe('dossier build', () => {
  it('publishes the seeds and exits 0 with warnings', async () => {
    const dir = out()
    const result = await dossier(['build', '--format', 'json', '--sources', seeds, '--out', dir])
    expect(result.code).toBe(0)
    expect(publications(dir).map((p) => p.qa.length)).toEqual([11, 5])
    expect(result.stderr).toMatch(/000_388b1c817c432ae6\.txt:191: warning: .*mid-sentence/)
  })

  it('names each malformed file, exits 1, and still publishes the good sources', async () => {
    const sources = tempSources({
      'empty.txt': '',
      'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
      'latin1.txt': new Uint8Array([...Buffer.from('Title\n\nCaf'), 0xe9, 0x0a])
    })
    const dir = out()
    const result = await dossier(['build', '--format', 'json', '--sources', sources, '--out', dir])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^empty\.txt: error: the file is empty/m)
    expect(result.stderr).toMatch(/^binary\.txt:1: error: this is a PNG image/m)
    expect(result.stderr).toMatch(/^latin1\.txt:3: error: invalid UTF-8/m)
    expect(publications(dir)).toHaveLength(2)
  })

  it('publishes two sources whose inferred ids collide, the later with a suffix and a warning', async () => {
    const sources = tempSources({'copy.txt': readFileSync(path.join(seeds, '002_63918c13af0e94a2.txt'))})
    const dir = out()
    const result = await dossier(['build', '--format', 'json', '--sources', sources, '--out', dir])
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(
      /copy\.txt: warning: the inferred id "2024-05-22-india[^"]*" is already used by 002_63918c13af0e94a2\.txt/
    )
    expect(publications(dir).map((p) => p.id)).toContain(
      '2024-05-22-india-will-be-a-roadblock-in-russia-pakistan-relations-2'
    )
  })

  it('refuses two sources with the same id set by an editor, naming both files', async () => {
    const sources = tempSources({
      'copy.txt': readFileSync(path.join(seeds, '002_63918c13af0e94a2.txt')),
      'copy.meta.yaml': 'id: 2024-05-22-india-will-be-a-roadblock-in-russia-pakistan-relations\n'
    })
    const result = await dossier(['build', '--format', 'json', '--sources', sources, '--out', out()])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /copy\.txt: error: id "2024-05-22-india[^"]*" is already used by 002_63918c13af0e94a2\.txt/
    )
  })

  it('fails warnings with --strict', async () => {
    expect((await dossier(['build', '--strict', '--format', 'json', '--sources', seeds, '--out', out()])).code).toBe(1)
  })

  it('uses SOURCE_DATE_EPOCH as the edition date', async () => {
    const dir = out()
    await dossier(['build', '--format', 'json', '--sources', seeds, '--out', dir], {SOURCE_DATE_EPOCH: '1700000000'})
    expect(JSON.parse(readFileSync(path.join(dir, 'dataset/publications.json'), 'utf8')).edition).toBe(
      '2023-11-14T22:13:20.000Z'
    )
  })

  it('exits 1 with a clear message when the sources folder does not exist', async () => {
    const result = await dossier(['build', '--format', 'json', '--sources', '/nonexistent/dossier', '--out', out()])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/sources folder "\/nonexistent\/dossier" does not exist/)
  })
})

describe('dossier usage', () => {
  it('exits 2 for an unknown format or option, 0 for --help', async () => {
    expect((await dossier(['build', '--format', 'docx'])).code).toBe(2)
    expect((await dossier(['build', '--bogus'])).code).toBe(2)
    expect((await dossier(['frobnicate'])).code).toBe(2)
    const help = await dossier(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/build/)
  })
})

describe('dossier check', () => {
  it('prints the editor summary of the seeds', async () => {
    const result = await dossier(['check', '--sources', seeds])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/interview, 11 questions.*TRUNCATED/)
    expect(result.stdout).toMatch(/questions were numbered 1, 1, 3, 1, 1/)
    expect(result.stdout).toMatch(/line {3}15 {2}"Read more" link/)
  })
  it('lists every line with --ledger', async () => {
    const result = await dossier(['check', '--ledger', '--sources', seeds])
    expect(result.stdout).toMatch(/^\s+191\s+answer$/m)
  })
})
