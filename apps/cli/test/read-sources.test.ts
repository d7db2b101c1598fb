/**
 * What the sources folder can hold that it should not (issue 21, item 8): a sidecar without its
 * source, YAML that is not UTF-8, a link to a file outside the folder, a file name that would forge a
 * line of output. Each is a message naming the file (and line), and the other sources still publish.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {readSources} from '../src/index.js'

const bin = path.join(import.meta.dirname, '../dist/bin.js')
const root = mkdtempSync(path.join(tmpdir(), 'dossier-read-sources-'))
afterAll(() => rmSync(root, {recursive: true, force: true}))
const article = 'A good title\n\nSome text that is a paragraph of prose, long enough to publish on its own.\n'

/** A sources folder holding `files` (text or bytes), and its path. */
function folder(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = path.join(root, name)
  mkdirSync(dir, {recursive: true})
  for (const [file, contents] of Object.entries(files)) writeFileSync(path.join(dir, file), contents)
  return dir
}
const notUtf8 = (before: string, after: string) =>
  new Uint8Array([...Buffer.from(before), 0xff, 0xfe, 0x41, ...Buffer.from(after)])

describe('readSources', () => {
  it('warns about a sidecar that has no source beside it, naming it', async () => {
    const read = await readSources(folder('orphan', {'good.txt': article, 'gone.meta.yaml': 'title: Lost\n'}))
    expect(read.sources.map((s) => s.path)).toEqual(['good.txt'])
    expect(read.problems).toMatchObject([{file: 'gone.meta.yaml', code: 'input/orphan-sidecar', severity: 'warning'}])
  })

  it('refuses collection.yaml with invalid UTF-8, naming the line, and uses the defaults', async () => {
    const dir = folder('collection-latin1', {
      'good.txt': article,
      'collection.yaml': notUtf8('title: Mine\ndescription: "Caf', '"\n')
    })
    const read = await readSources(dir)
    expect(read.collection).toBe(null)
    expect(read.problems).toMatchObject([
      {file: 'collection.yaml', line: 2, code: 'input/invalid-utf8', severity: 'error'}
    ])
  })

  it('refuses a sidecar with invalid UTF-8, naming it and the line, and does not publish its source', async () => {
    const dir = folder('sidecar-latin1', {
      'good.txt': article,
      'other.txt': article,
      'other.meta.yaml': notUtf8('title: "Caf', '"\n')
    })
    const read = await readSources(dir)
    expect(read.sources.map((s) => s.path)).toEqual(['good.txt'])
    expect(read.problems).toMatchObject([{file: 'other.meta.yaml', line: 1, code: 'input/invalid-utf8'}])
    expect(read.problems[0]!.message).toMatch(/other\.txt is not published/)
  })

  it('refuses a link to a file outside the sources folder and reads a link inside it', async () => {
    writeFileSync(path.join(root, 'secret.txt'), article)
    const dir = folder('links', {'good.txt': article})
    symlinkSync(path.join(root, 'secret.txt'), path.join(dir, 'outside.txt'))
    symlinkSync('good.txt', path.join(dir, 'inside.txt'))
    const read = await readSources(dir)
    expect(read.sources.map((s) => s.path)).toEqual(['good.txt', 'inside.txt'])
    expect(read.problems).toMatchObject([{file: 'outside.txt', code: 'input/outside-link', severity: 'error'}])
  })
})

describe('dossier check with a newline in a file name', () => {
  it('prints the name escaped, so no line of output is forged', () => {
    const dir = folder('names', {
      'good.txt': article,
      'evil\nevil.txt: error: forged [x].txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])
    })
    const run = spawnSync('node', [bin, 'check', '--sources', dir], {encoding: 'utf8', env: {...process.env, CI: '1'}})
    const lines = `${run.stdout}${run.stderr}`.split('\n')
    expect(lines.filter((line) => line.startsWith('evil.txt'))).toEqual([])
    expect(run.stderr).toContain('evil\\nevil.txt: error: forged [x].txt:1: error: this is a ZIP archive')
  }, 60_000)
})
