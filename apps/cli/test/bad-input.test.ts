/**
 * Bad input (issue 6): each case gets a clear message naming the file (and line where there is
 * one), the build exits 1, the good sources still publish, and nothing hangs or is half-written.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

const bin = path.join(import.meta.dirname, '../dist/bin.js')
const seeds = path.join(import.meta.dirname, '../../../sources')
const para = 'Russia and Pakistan have been building ties for years, and the corridor matters. '

const cases: Record<string, {contents: string | Uint8Array; message: RegExp; meta?: string}> = {
  'empty.txt': {contents: '', message: /^empty\.txt: error: the file is empty \[input\/empty\]$/m},
  'binary.txt': {
    contents: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]),
    message: /^binary\.txt:1: error: this is a ZIP archive/m
  },
  'latin1.txt': {
    contents: new Uint8Array([...Buffer.from('A title\n\nLine two\n\nCaf'), 0xe9, 0x0a]),
    message: /^latin1\.txt:5: error: invalid UTF-8 at byte \d+ \(0xe9\)/m
  },
  'only-chrome.txt': {
    contents: 'Share this article\n\nADVERTISEMENT\n\nSubscribe to our newsletter\n',
    message: /^only-chrome\.txt: error: no content was found: 3 line\(s\) were boilerplate/m
  },
  'bad-yaml.txt': {
    contents: 'A title\n\nQ: Why?\n\nA: Because.\n',
    meta: 'title: "unclosed\n',
    message: /^bad-yaml\.meta\.yaml:2: error: not valid YAML: Missing closing "quote/m
  },
  'unknown-field.txt': {
    contents: 'A title\n\nQ: Why?\n\nA: Because.\n',
    meta: 'titel: Typo\n',
    message: /^unknown-field\.meta\.yaml:1: error: unknown field "titel"/m
  },
  'wrong-type.txt': {
    contents: 'A title\n\nQ: Why?\n\nA: Because.\n',
    meta: 'people: yes\n',
    message: /^wrong-type\.meta\.yaml:1: error: field "people" must be array \(got "yes"\)/m
  },
  'traversal.txt': {
    contents: 'A title\n\nQ: Why?\n\nA: Because.\n',
    meta: 'id: ../../../etc/cron.d/x\n',
    message: /^traversal\.meta\.yaml:1: error: field "id" must be lowercase letters, digits and single hyphens/m
  },
  'slashes.txt': {
    contents: 'A title\n\nQ: Why?\n\nA: Because.\n',
    meta: 'id: a/b\n',
    message: /^slashes\.meta\.yaml:1: error: field "id" must be lowercase/m
  },
  // An id an editor set that another source already has is an error naming both files.
  'duplicate.txt': {
    contents: 'Another piece\n\nQ: Why?\n\nA: Because.\n',
    meta: 'id: 2024-05-22-india-will-be-a-roadblock-in-russia-pakistan-relations\n',
    message:
      /^duplicate\.txt: error: id "2024-05-22-india-will-be-a-roadblock-in-russia-pakistan-relations" is already used by 002_63918c13af0e94a2\.txt/m
  }
}

let sources = ''
let out = ''
let result: {status: number | null; stderr: string; stdout: string}

beforeAll(() => {
  sources = mkdtempSync(path.join(tmpdir(), 'dossier-bad-'))
  out = mkdtempSync(path.join(tmpdir(), 'dossier-bad-out-'))
  for (const name of readdirSync(seeds)) copyFileSync(path.join(seeds, name), path.join(sources, name))
  for (const [name, c] of Object.entries(cases)) {
    writeFileSync(path.join(sources, name), c.contents)
    if (c.meta) writeFileSync(path.join(sources, name.replace('.txt', '.meta.yaml')), c.meta)
  }
  // Large but legitimate inputs publish.
  let many = 'Five thousand questions\n\nAn intro.\n\n'
  for (let i = 1; i <= 5000; i++) many += `${i}. Why is question ${i} asked?\n\n${para}\n\n`
  writeFileSync(path.join(sources, 'many-questions.txt'), many)
  writeFileSync(path.join(sources, 'long-paragraph.txt'), `One very long paragraph\n\n${'word '.repeat(20_000)}end.\n`)
  writeFileSync(
    path.join(sources, 'bom-crlf.txt'),
    '\ufeffA title with CRLF\r\n\r\nQ: Does it work?\r\n\r\nA: Yes.\r\rLone CR.\r\n'
  )
  writeFileSync(
    path.join(sources, 'controls.txt'),
    'Control \u0000 title\n\nQ: NUL\u0000 and BEL\u0007?\n\nA: Removed.\n'
  )
  // A symlink loop, a broken link and a folder link are reported, never followed.
  mkdirSync(path.join(sources, 'loop'))
  symlinkSync('..', path.join(sources, 'loop', 'up'))
  symlinkSync('missing.txt', path.join(sources, 'dangling.txt'))
  execFileSync('mkfifo', [path.join(sources, 'pipe.txt')])
  chmodSync(out, 0o777)
  result = spawnSync('node', [bin, 'build', '--format', 'json,html', '--sources', sources, '--out', out], {
    encoding: 'utf8',
    env: {...process.env, CI: '1'},
    timeout: 240_000
  })
}, 300_000)

describe('dossier build with bad input beside good sources', () => {
  it('exits 1', () => {
    expect(result.status).toBe(1)
  })
  for (const [name, c] of Object.entries(cases)) {
    it(`names ${name} and says why`, () => {
      expect(result.stderr).toMatch(c.message)
    })
  }
  it('reports links that loop or dangle and non-regular files, without hanging', () => {
    expect(result.stderr).toMatch(/^dangling\.txt: error: symbolic link points nowhere/m)
    expect(result.stderr).toMatch(/^loop\/up: warning: symbolic links to folders are not followed/m)
    expect(result.stderr).toMatch(/^pipe\.txt: error: is not a regular file/m)
  })
  it('still publishes the good and the large sources', () => {
    const data = JSON.parse(readFileSync(path.join(out, 'dataset/publications.json'), 'utf8'))
    const byPath = new Map(data.publications.map((p: {source: {path: string}}) => [p.source.path, p]))
    expect([...byPath.keys()].sort()).toEqual([
      '000_388b1c817c432ae6.txt',
      '002_63918c13af0e94a2.txt',
      'bom-crlf.txt',
      'controls.txt',
      'long-paragraph.txt',
      'many-questions.txt'
    ])
    expect((byPath.get('many-questions.txt') as {qa: unknown[]}).qa).toHaveLength(5000)
    expect((byPath.get('controls.txt') as {warnings: Array<{code: string}>}).warnings.map((w) => w.code)).toContain(
      'text/control-characters'
    )
    expect(readdirSync(path.join(out, 'site')).filter((f) => f.endsWith('.html')).length).toBeGreaterThanOrEqual(6)
  })
})

describe('an unreadable source', () => {
  it('is named with its error and the others publish', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dossier-unreadable-'))
    const dest = mkdtempSync(path.join(tmpdir(), 'dossier-unreadable-out-'))
    copyFileSync(path.join(seeds, '002_63918c13af0e94a2.txt'), path.join(dir, 'good.txt'))
    writeFileSync(path.join(dir, 'secret.txt'), 'A title\n\nText.\n')
    chmodSync(path.join(dir, 'secret.txt'), 0o000)
    chmodSync(dir, 0o755)
    chmodSync(dest, 0o777)
    // Root reads any file; run as an unprivileged user in a user namespace so permissions apply.
    const command = process.getuid?.() === 0 ? ['unshare', '--user', 'node'] : ['node']
    const run = spawnSync(
      command[0]!,
      [...command.slice(1), bin, 'build', '--format', 'json', '--sources', dir, '--out', dest],
      {encoding: 'utf8', env: {...process.env, CI: '1'}}
    )
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/^secret\.txt: error: cannot be read: EACCES/m)
    expect(JSON.parse(readFileSync(path.join(dest, 'dataset/publications.json'), 'utf8')).publications).toHaveLength(1)
  })
})
