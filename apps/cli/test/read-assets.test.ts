/**
 * A build reads a declared asset only when a task uses it (issue 23): a Latin-only build never reads
 * the Noto faces the formats declare for other scripts, a build with Arabic reads the Naskh faces
 * once for all three formats, and a font that changes still changes the keys of what it renders.
 */
import {execFile} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {assetsDigest, hashAssets, lazyAssets} from '../src/lib/io/read-assets.js'
import {bin} from './helpers/builds.js'

const exec = promisify(execFile)
const root = path.join(import.meta.dirname, '../../..')
const preload = path.join(import.meta.dirname, 'helpers/record-reads.cjs')
const temp = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix))

/** Build `sources` in this thread (`--jobs 1`) and return the Noto files read whole, one per line as read. */
async function notoReads(sources: string): Promise<string[]> {
  const log = path.join(temp('dossier-reads-'), 'reads.txt')
  await exec(
    'node',
    ['--require', preload, bin, 'build', '--jobs', '1', '--sources', sources, '--out', temp('dossier-out-')],
    {
      env: {...process.env, CI: '1', DOSSIER_TEST_READS: log}
    }
  )
  return existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : []
}

describe('dossier build', () => {
  it('reads no Noto face for the Latin-only seeds', async () => {
    expect(await notoReads(path.join(root, 'sources'))).toEqual([])
  }, 120_000)

  it('reads the Arabic faces once for all formats, and no other Noto face, for an Arabic source', async () => {
    const sources = temp('dossier-arabic-')
    writeFileSync(
      path.join(sources, 'arabic.txt'),
      'حوار مع الكاتبة سلمى حداد\n\nسؤال: ما الذي يلهمك في الكتابة؟\n\nالجواب: الناس في الشارع والأسواق القديمة.\n\nسؤال: وماذا عن المستقبل؟\n\nالجواب: سأكتب رواية جديدة عن المدينة.\n'
    )
    const reads = (await notoReads(sources)).map((file) => path.basename(file)).sort()
    expect(reads).toEqual(['NotoNaskhArabic_400Regular.ttf', 'NotoNaskhArabic_700Bold.ttf'])
  }, 120_000)
})

describe('lazyAssets', () => {
  it('reads no file until its name is looked up, then each file once for every name and format', async () => {
    const dir = temp('dossier-assets-')
    writeFileSync(path.join(dir, 'a.ttf'), 'font a')
    const refs = await hashAssets(
      {'a.ttf': path.join(dir, 'a.ttf'), 'noto/a-400.ttf': path.join(dir, 'a.ttf'), 'lost.ttf': path.join(dir, 'lost')},
      new Map()
    ).catch(() => null)
    // A missing file cannot be hashed: the build fails before any task, as it did when it read every file.
    expect(refs).toBeNull()
    const present = await hashAssets(
      {'a.ttf': path.join(dir, 'a.ttf'), 'noto/a-400.ttf': path.join(dir, 'a.ttf')},
      new Map()
    )
    const files = new Map<string, Uint8Array>()
    const html = lazyAssets(present, files)
    const epub = lazyAssets({'a.ttf': present['a.ttf']!}, files)
    expect(Object.keys(html)).toEqual(['a.ttf', 'noto/a-400.ttf'])
    expect('noto/a-400.ttf' in html).toBe(true)
    expect(files.size).toBe(0)
    expect(Buffer.from(html['noto/a-400.ttf']!).toString()).toBe('font a')
    expect(files.size).toBe(1)
    expect(epub['a.ttf']).toBe(html['noto/a-400.ttf'])
  })

  it('refuses bytes that are not those the keys were made from', async () => {
    const dir = temp('dossier-assets-')
    const file = path.join(dir, 'a.ttf')
    writeFileSync(file, 'font a')
    const refs = await hashAssets({'a.ttf': file}, new Map())
    writeFileSync(file, 'font b')
    expect(() => lazyAssets(refs, new Map())['a.ttf']).toThrow(/changed during the build/)
  })
})

describe('assetsDigest', () => {
  it('changes when a font file changes, and only then', async () => {
    const dir = temp('dossier-assets-')
    const file = path.join(dir, 'a.ttf')
    writeFileSync(file, 'font a')
    const first = assetsDigest(await hashAssets({'a.ttf': file, 'b.css': file}, new Map()))
    expect(assetsDigest(await hashAssets({'b.css': file, 'a.ttf': file}, new Map()))).toBe(first)
    writeFileSync(file, 'font a, redrawn')
    expect(assetsDigest(await hashAssets({'a.ttf': file, 'b.css': file}, new Map()))).not.toBe(first)
  })
})
