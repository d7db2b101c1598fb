/**
 * A single 50 MB source (issue 6) publishes in every format without crashing, hanging or
 * leaving partial files; a good small source beside it publishes too. The build takes minutes in
 * a process of its own: vitest.config.ts runs this file first, on a worker of its own.
 */
import {spawn} from 'node:child_process'
import {copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

const bin = path.join(import.meta.dirname, '../dist/bin.js')
const seeds = path.join(import.meta.dirname, '../../../sources')

describe('a 50 MB source', () => {
  // A hang is what this stops, not a slow machine: the build takes minutes on a busy one.
  it('publishes in all four formats beside a normal source', async () => {
    const sources = mkdtempSync(path.join(tmpdir(), 'dossier-huge-'))
    copyFileSync(path.join(seeds, '002_63918c13af0e94a2.txt'), path.join(sources, 'small.txt'))
    // Two different paragraphs per answer: the same one twice would make every second paragraph a
    // removed duplicate, and the PDF's provenance appendix would quote 31,000 of them twice over
    // (a quarter of the build); the size, not that case, is what this test is about.
    const paragraph =
      'Russia and Pakistan have been building ties for years, and the corridor matters to both of them. '.repeat(8)
    const second = 'Trade through the port grew each quarter, and the officials expect the same next year. '.repeat(9)
    const parts = ['A fifty megabyte interview\n\nAn intro paragraph names nobody.\n\n']
    let size = parts[0]!.length
    for (let i = 1; size < 50_000_000; i++) {
      const part = `${i}. Why is question ${i} asked?\n\n${paragraph}\n\n${second}\n\n`
      parts.push(part)
      size += part.length
    }
    writeFileSync(path.join(sources, 'huge.txt'), parts.join(''))
    const out = mkdtempSync(path.join(tmpdir(), 'dossier-huge-out-'))
    const child = spawn('node', [bin, 'build', '--format', 'all', '--sources', sources, '--out', out], {
      // No time bound per source (DOSSIER_TASK_TIMEOUT, 600 s by default): its PDF alone takes minutes
      // of CPU, more on a busy machine; the test's timeout is what stops a hang.
      env: {...process.env, CI: '1', DOSSIER_TASK_TIMEOUT: '0'},
      stdio: ['ignore', 'ignore', 'pipe']
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const status = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject)
      child.once('close', resolve)
    })
    expect(status, stderr).toBe(0)
    const data = JSON.parse(readFileSync(path.join(out, 'dataset/publications.json'), 'utf8'))
    expect(data.publications).toHaveLength(2)
    const huge = data.publications.find((p: {source: {path: string}}) => p.source.path === 'huge.txt')
    expect(huge.qa.length).toBeGreaterThan(20_000)
    for (const folder of ['dataset', 'epub', 'pdf', 'site'])
      expect(readdirSync(out).filter((n) => n.startsWith(`.${folder}.`))).toEqual([])
    expect(readdirSync(path.join(out, 'pdf'))).toHaveLength(3)
    // The briefing stays a briefing: 8.6 million words of full text stay in the publication's own PDF,
    // and its key points stop at core's keyPointsShown with a line that counts the rest.
    const pdf = (name: string) => statSync(path.join(out, 'pdf', name)).size
    expect(pdf('briefing.pdf')).toBeLessThan(pdf(`${huge.id}.pdf`) / 100)
    expect(readdirSync(path.join(out, 'epub'))).toHaveLength(3)
  }, 1_800_000)
})
