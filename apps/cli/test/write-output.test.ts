import {existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {describeWriteError, publishedPath, recoverInterrupted, safeJoin, writeFolder} from '../src/index.js'

describe('writeFolder', () => {
  it('replaces the folder as a whole', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'dossier-w-'))
    await writeFolder(out, 'dataset', [
      {path: 'a.json', contents: 'old'},
      {path: 'stale.json', contents: 'x'}
    ])
    await writeFolder(out, 'dataset', [{path: 'a.json', contents: 'new'}])
    expect(readFileSync(path.join(out, 'dataset/a.json'), 'utf8')).toBe('new')
    expect(existsSync(path.join(out, 'dataset/stale.json'))).toBe(false)
  })
  it("publishes a folder others may read, as any folder the user makes (not mkdtemp's 0700)", async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'dossier-w-'))
    await writeFolder(out, 'site', [{path: 'index.html', contents: 'x'}])
    // The mode a plain mkdir gives under this process's umask is what a web server expects to read.
    mkdirSync(path.join(out, 'plain'))
    const mode = (name: string) => statSync(path.join(out, name)).mode & 0o777
    expect(mode('site')).toBe(mode('plain'))
  })
  it('keeps the old output when a file cannot be written', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'dossier-w-'))
    await writeFolder(out, 'site', [{path: 'index.html', contents: 'good'}])
    await expect(
      writeFolder(out, 'site', [
        {path: 'ok.html', contents: 'x'},
        {path: '../escape.html', contents: 'bad'}
      ])
    ).rejects.toThrow(/outside the output folder/)
    expect(readFileSync(path.join(out, 'site/index.html'), 'utf8')).toBe('good')
    expect(existsSync(path.join(out, 'escape.html'))).toBe(false)
  })
  it('restores the old folder after a swap interrupted between its two renames', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'dossier-w-'))
    await writeFolder(out, 'pdf', [{path: 'briefing.pdf', contents: 'v1'}])
    renameSync(path.join(out, 'pdf'), path.join(out, '.pdf.old-abc123'))
    mkdirSync(path.join(out, '.pdf.new-xyz789'))
    writeFileSync(path.join(out, '.pdf.new-xyz789/half.pdf'), 'partial')
    await recoverInterrupted(out, 'pdf')
    expect(readFileSync(path.join(out, 'pdf/briefing.pdf'), 'utf8')).toBe('v1')
    expect(existsSync(path.join(out, '.pdf.new-xyz789'))).toBe(false)
  })
  it('rejects absolute and parent paths', () => {
    expect(() => safeJoin('/out', '/etc/passwd')).toThrow()
    expect(() => safeJoin('/out', 'a/../../b')).toThrow()
    expect(safeJoin('/out', 'a/b.html')).toBe('/out/a/b.html')
  })
})

describe('describeWriteError', () => {
  it('names the published path, never the staging folder a failed write was in', () => {
    const message = describeWriteError({
      code: 'ENOSPC',
      path: '/srv/out/.site.new-1a2b3c/downloads/a.epub',
      message: ''
    })
    expect(message).toBe('no space left on the device (ENOSPC at /srv/out/site/downloads/a.epub)')
    expect(publishedPath('/srv/out/.epub.new-f5b486')).toBe('/srv/out/epub')
    expect(publishedPath('/srv/out/site/.x.new-zz/a')).toBe('/srv/out/site/.x.new-zz/a')
  })
})
