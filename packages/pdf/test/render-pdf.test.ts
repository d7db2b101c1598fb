import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Corpus, OutputFile} from '@dossier/core'
import {beforeAll, describe, expect, it} from 'vitest'
import {bodyText, readLinks, readNavigation, renderSeedsA4, renderToDir, squash, tool} from './support.js'

let corpus: Corpus
let a4: {dir: string; files: OutputFile[]}
let letter: {dir: string; files: OutputFile[]}
let reports: Array<string | import('@dossier/core').Message> = []

beforeAll(async () => {
  // The run's A4 render of the seeds (support.ts); the US Letter one is this file's own.
  ;({corpus, reports, ...a4} = await renderSeedsA4())
  expect(corpus.publications.length).toBeGreaterThan(0)
  letter = await renderToDir(corpus, 'letter')
}, 120_000)

const pdfs = () => a4.files.map((f) => join(a4.dir, f.path))

describe('render', () => {
  it('writes briefing.pdf and one PDF per publication', () => {
    expect(a4.files.map((f) => f.path)).toEqual([...corpus.publications.map((p) => `${p.id}.pdf`), 'briefing.pdf'])
    expect(reports).toEqual([])
  })

  it('passes qpdf --check', () => {
    for (const file of pdfs()) {
      const out = tool('qpdf', ['--check', file])
      expect(out).toContain('No syntax or stream encoding errors found')
      expect(out).not.toMatch(/WARNING/)
    }
  })

  it('is tagged, titled and A4 by default, US Letter on request', () => {
    const info = tool('pdfinfo', [join(a4.dir, 'briefing.pdf')])
    expect(info).toMatch(/^Tagged:\s+yes$/m)
    expect(info).toMatch(new RegExp(`^Title:\\s+${corpus.collection.title}: Briefing$`, 'm'))
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m)
    expect(info).toMatch(/^PDF version:\s+1\.7$/m)
    const single = tool('pdfinfo', [join(a4.dir, `${corpus.publications[0]!.id}.pdf`)])
    expect(single).toMatch(/^Tagged:\s+yes$/m)
    expect(single.split('\n')).toContain(`Title:           ${corpus.publications[0]!.title.text}`)
    const us = tool('pdfinfo', [join(letter.dir, 'briefing.pdf')])
    expect(us).toMatch(/^Page size:\s+612 x 792 pts \(letter\)$/m)
  })

  it('embeds every font as a subset with a ToUnicode map', () => {
    for (const file of pdfs()) {
      const rows = tool('pdffonts', [file]).trim().split('\n').slice(2)
      expect(rows.length).toBeGreaterThan(2)
      for (const row of rows) expect(row, row).toMatch(/ yes yes yes +\d+ +\d+$/)
    }
  })

  it('has an outline of publications and questions that fits the page, and named destinations', () => {
    const {outline, destinations} = readNavigation(join(a4.dir, 'briefing.pdf'))
    for (const publication of corpus.publications) {
      const top = outline.findIndex((item) => item.depth === 0 && item.title === publication.title.text)
      expect(top, publication.title.text).toBeGreaterThanOrEqual(0)
      const kids = outline.slice(top + 1, top + 1 + publication.qa.length)
      expect(kids.map((k) => k.depth)).toEqual(publication.qa.map(() => 1))
      expect(kids.every((k, i) => k.title.startsWith(`${i + 1}. `))).toBe(true)
      expect(destinations).toContain(publication.id)
      for (const qa of publication.qa) expect(destinations).toContain(`${publication.id}-${qa.id}`)
    }
    expect(outline.every((item) => item.fit)).toBe(true)
    // Every link is in the structure tree, described, and points at a destination that exists.
    const links = readLinks(join(a4.dir, 'briefing.pdf'))
    const questions = corpus.publications.reduce((sum, p) => sum + p.qa.length, 0)
    expect(links.length).toBeGreaterThanOrEqual(questions + corpus.publications.length + 3)
    for (const link of links) {
      expect(link.structParent).toBe(true)
      expect(link.contents).not.toBe('')
      expect(destinations).toContain(link.destination)
    }
    expect(outline.map((item) => item.title)).toEqual(
      expect.arrayContaining(['Contents', 'At a glance', 'Key points', 'Source and provenance'])
    )
  })

  it('contains every question and answer paragraph of each publication, in order', () => {
    for (const publication of corpus.publications) {
      const text = squash(bodyText(join(a4.dir, `${publication.id}.pdf`)))
      const expected = [
        ...publication.intro.map((b) => b.text),
        ...publication.qa.flatMap((qa) => [qa.question.text, ...qa.answer.map((b) => b.text)]),
        ...publication.body.map((b) => b.text),
        ...publication.about.map((b) => b.text),
        ...publication.notes.map((b) => b.text)
      ]
      expect(expected.length).toBeGreaterThan(1)
      let at = 0
      for (const paragraph of expected) {
        const found = text.indexOf(squash(paragraph), at)
        expect(
          found,
          `missing or out of order in ${publication.id}.pdf: ${paragraph.slice(0, 80)}`
        ).toBeGreaterThanOrEqual(0)
        at = found + squash(paragraph).length
      }
    }
  })

  it('puts every question in the briefing, in order, and the truncation notice where a source is cut', () => {
    const text = squash(bodyText(join(a4.dir, 'briefing.pdf')))
    let at = 0
    for (const publication of corpus.publications) {
      for (const qa of publication.qa) {
        const found = text.indexOf(squash(qa.question.text), at)
        expect(found, qa.question.text).toBeGreaterThanOrEqual(0)
        at = found
      }
    }
    expect(text).toContain(squash('Opening sentence of the answer:'))
    if (corpus.publications.some((p) => p.truncated))
      expect(text).toContain(squash('The text ends here because the source is incomplete.'))
    for (const publication of corpus.publications) expect(text).toContain(publication.source.sha256)
  })

  it('rebuilds byte for byte', async () => {
    const again = await renderToDir(corpus, 'a4')
    for (const [index, file] of a4.files.entries()) {
      expect(Buffer.compare(Buffer.from(file.contents), Buffer.from(again.files[index]!.contents)), file.path).toBe(0)
    }
  }, 60_000)

  it('keeps its furniture off the cover and numbers the other pages "page X of Y"', () => {
    const file = join(a4.dir, 'briefing.pdf')
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(tool('pdfinfo', [file]))![1])
    const cover = tool('pdftotext', ['-f', '1', '-l', '1', file, '-'])
    expect(cover).not.toMatch(/page \d+ of/)
    const last = tool('pdftotext', ['-f', String(pages), '-l', String(pages), file, '-'])
    expect(last).toContain(`page ${pages} of ${pages}`)
  })

  it('has a structure tree in reading order, with furniture left out as artifacts', () => {
    const file = join(a4.dir, 'briefing.pdf')
    const tags = new Set(
      tool('pdfinfo', ['-struct', file])
        .split('\n')
        .map((line) => line.trim().split(/[ :]/)[0])
    )
    for (const tag of ['Document', 'Sect', 'Art', 'H1', 'H2', 'P', 'TOC', 'TOCI', 'Link', 'Table', 'TR', 'TH', 'TD'])
      expect(tags, tag).toContain(tag)
    const tree = tool('pdfinfo', ['-struct-text', file])
    expect(tree).not.toMatch(/page \d+ of \d+/)
    const lines = tree.split('\n').map((line) => line.trim())
    let at = 0
    for (const publication of corpus.publications) {
      for (const qa of publication.qa) {
        // Each question is an H2 whose text follows it, after the key points.
        const found = lines.findIndex(
          (line, index) =>
            index > at &&
            line.startsWith('"') &&
            line.includes(qa.question.text.slice(0, 40)) &&
            lines[index - 1]!.startsWith('H2')
        )
        expect(found, qa.question.text).toBeGreaterThan(at)
        at = found
      }
    }
  })

  it('writes an XMP packet with the title', () => {
    const bytes = readFileSync(join(a4.dir, 'briefing.pdf')).toString('latin1')
    expect(bytes).toContain('<x:xmpmeta')
    expect(bytes).toContain('<dc:title>')
  })
})
