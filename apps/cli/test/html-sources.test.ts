/**
 * Saved web pages end to end: core's page fixtures (`packages/core/test/pages/`, invented content
 * in real page structures) are copied into a sources folder as `NAME.html` and built in every
 * format by the `dossier` command. The validators find nothing (EPUBCheck, the Nu HTML Checker,
 * qpdf), the dataset's questions hold their reviewed golden, nothing from the hostile page runs,
 * loads or leaks into markup, and `dossier check` says where each metadata field came from.
 */
import {execFile, execFileSync, spawnSync} from 'node:child_process'
import {copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import JSZip from 'jszip'
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {epubcheckReport, problems} from '../../../scripts/referees/epubcheck.mjs'

const bin = path.join(import.meta.dirname, '../dist/bin.js')
const pages = path.join(import.meta.dirname, '../../../packages/core/test/pages')
const vnuJar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build', 'dist', 'vnu.jar')
const exec = promisify(execFile)
const sources = mkdtempSync(path.join(tmpdir(), 'dossier-pages-src-'))
const out = mkdtempSync(path.join(tmpdir(), 'dossier-pages-out-'))
const files = (dir: string, ext: string) =>
  readdirSync(path.join(out, dir))
    .filter((f) => f.endsWith(ext))
    .map((f) => path.join(out, dir, f))

beforeAll(async () => {
  for (const name of readdirSync(pages))
    copyFileSync(path.join(pages, name, 'input.html'), path.join(sources, `${name}.html`))
  await exec('node', [bin, 'build', '--format', 'all', '--sources', sources, '--out', out], {
    env: {...process.env, CI: '1', SOURCE_DATE_EPOCH: '1700000000'}
  })
})
afterAll(() => {
  rmSync(sources, {recursive: true, force: true})
  rmSync(out, {recursive: true, force: true})
})

describe('saved web pages in every format', () => {
  it('publishes every page fixture as a book, a PDF, a reader page and dataset records', () => {
    const records = JSON.parse(readFileSync(path.join(out, 'dataset/publications.json'), 'utf8'))
      .publications as Array<{id: string; source: {format: string}}>
    expect(records).toHaveLength(readdirSync(pages).length)
    expect(records.every((r) => r.source.format === 'html')).toBe(true)
    for (const {id} of records) {
      expect(files('epub', '.epub').map((f) => path.basename(f))).toContain(`${id}.epub`)
      expect(files('pdf', '.pdf').map((f) => path.basename(f))).toContain(`${id}.pdf`)
      expect(files('site', '.html').map((f) => path.basename(f))).toContain(`${id}.html`)
    }
  })

  it('passes EPUBCheck with no message', async () => {
    // The run's one EPUBCheck JVM (test/referees.setup.ts) checks every book.
    for (const book of files('epub', '.epub')) {
      const messages = problems(await epubcheckReport(inject('epubcheck'), book))
      expect(
        messages.map((m) => `${m.ID} ${m.message}`),
        path.basename(book)
      ).toEqual([])
    }
  })

  it('passes the Nu HTML Checker with no error', () => {
    const result = spawnSync(
      'java',
      ['-jar', vnuJar, '--format', 'json', '--errors-only', '--exit-zero-always', ...files('site', '.html')],
      {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024}
    )
    if (result.error) throw result.error
    const messages = (JSON.parse(result.stderr) as {messages: Array<{type: string; url: string; message: string}>})
      .messages
    expect(messages.filter((m) => m.type === 'error').map((m) => `${path.basename(m.url)}: ${m.message}`)).toEqual([])
  })

  it('passes qpdf --check, with no action or script in any PDF', () => {
    for (const pdf of files('pdf', '.pdf')) {
      expect(execFileSync('qpdf', ['--check', pdf], {encoding: 'utf8'})).toMatch(
        /No syntax or stream encoding errors found/
      )
      const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdf, '-'], {maxBuffer: 1 << 28}).toString(
        'latin1'
      )
      expect(qdf, path.basename(pdf)).not.toMatch(/\/(JavaScript|JS|Launch|SubmitForm|ImportData|GoToR|GoToE)\b/)
    }
  })

  it('gives the reviewed questions and answers in the dataset', async () => {
    const rows = readFileSync(path.join(out, 'dataset/qa.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    const view = rows.map((row) => ({
      publication: row['publicationId'],
      date: row['publicationDate'],
      id: row['questionId'],
      question: row['question'],
      answer: row['answer']
    }))
    await expect(`${JSON.stringify(view, null, 2)}\n`).toMatchFileSnapshot(
      path.join(import.meta.dirname, 'golden/html-sources-qa.json')
    )
  })

  it('lets nothing from the hostile page run, load or become markup in any format', async () => {
    const record = (
      JSON.parse(readFileSync(path.join(out, 'dataset/publications.json'), 'utf8')).publications as Array<{
        id: string
        source: {path: string}
      }>
    ).find((r) => r.source.path === 'hostile.html')!
    const book = await JSZip.loadAsync(readFileSync(path.join(out, 'epub', `${record.id}.epub`)))
    const texts = [readFileSync(path.join(out, 'site', `${record.id}.html`), 'utf8')]
    for (const entry of Object.values(book.files))
      if (/\.x?html$/.test(entry.name)) texts.push(await entry.async('string'))
    for (const text of texts) {
      expect(text).not.toMatch(/evil\.example|javascript:|vbscript:|data:text|alert\('/i)
      expect(text).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i)
      expect(text).not.toMatch(/<(?:iframe|object|embed|base|svg|video|audio)\b/i)
      // The only image is the book's own cover, inside the book.
      for (const [, src] of text.matchAll(/<img\b[^>]*\ssrc="([^"]*)"/gi)) expect(src).toBe('cover.svg')
      // The only form is the reader's own search box; the only scripts are its own files and its JSON-LD.
      for (const [form] of text.matchAll(/<form\b[^>]*>/gi))
        expect(form).toMatch(/class="search-form" action="search\.html"/)
      for (const [script] of text.matchAll(/<script\b[^>]*>/gi))
        expect(script).toMatch(/src="(?:\.\/)?assets\/|type="application\/ld\+json"/)
      // Markup-looking words of the page are escaped text.
      expect(text).not.toContain('<script>alert(')
    }
    expect(texts[0]).toMatch(/&#x3C;script>alert\(|&lt;script&gt;alert\(/)
    expect(execFileSync('pdftotext', [path.join(out, 'pdf', `${record.id}.pdf`), '-'], {encoding: 'utf8'})).not.toMatch(
      /evil\.example|alert\('/
    )
  })
})

describe('dossier check on saved pages', () => {
  it('shows where each metadata field of a page came from', async () => {
    const {stdout} = await exec('node', [bin, 'check', '--sources', sources], {env: {...process.env, CI: '1'}}).catch(
      (error: {stdout: string}) => ({stdout: error.stdout})
    )
    const wordpress = stdout.slice(stdout.indexOf('wordpress-qa.html →'))
    expect(wordpress).toMatch(
      /from the page:\n\s+encoding\s+UTF-8 \(declared by the page\)\n\s+title\s+.*\(JSON-LD headline\)\n\s+date\s+2023-04-12 \(JSON-LD datePublished\)\n\s+people\s+Daniel Osei \(interviewer\) \(JSON-LD author\)\n\s+outlets\s+The Harbour Review \(original\) \(JSON-LD publisher\)\n\s+lang\s+en \(<html lang="en-GB">\)\n\s+url\s+https:\/\/harbourreview\.example\/.*\(<link rel="canonical">\)/
    )
    expect(stdout).toMatch(/arabic-windows-1256\.html →[\s\S]*?encoding\s+windows-1256 \(declared by the page\)/)
    expect(stdout).toMatch(/blogger-post\.html →[\s\S]*?date\s+2023-03-14 \(microdata datePublished\)/)
    expect(stdout).toMatch(/line\s+24\s+the page's JSON-LD datePublished is 2020-01-01 but its text shows 2021-06-03/)
  })
})
