/**
 * Every block kind in the PDF (issue 14): the fixture holding every kind (core's
 * `test/fixtures/every-block-kind`) and field cases 12 (a table) and 15 (notes). The tag tree,
 * read with `qpdf --json`, is a golden file; headings are in the outline; links are tagged Link
 * annotations; notes link both ways; a long table repeats its header row; long tokens stay inside
 * the margins; the handler registry covers core's list of kinds; Author names the creators only.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {blockKinds, buildCorpus, missingHandlers, type SourceInput} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {blockHandlers} from '../src/lib/blocks.js'
import {readLinks, readNavigation, renderToDir, tool} from './support.js'

const read = (url: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(url, import.meta.url))))
const every: SourceInput = {
  path: 'every-block-kind.md',
  bytes: read('../../core/test/fixtures/every-block-kind/input.md'),
  meta: null
}
const field: SourceInput[] = [
  {
    path: 'trade-figures.md',
    bytes: read('../../core/test/field-cases/12-markdown-table/sources/trade-figures.md'),
    meta: null
  },
  {
    path: 'gas-pipeline.txt',
    bytes: read('../../core/test/field-cases/15-footnotes/sources/gas-pipeline.txt'),
    meta: null
  }
]
const rows = Array.from({length: 90}, (_, i) => `| ${2000 + i} | ${i * 7} | item ${i} |`).join('\n')
const long: SourceInput = {
  path: 'long-table.md',
  bytes: new TextEncoder().encode(
    `# A long table\n\nThe figures, from https://example.org/an/address/that/goes/on/and/on/without/a/single/space/to/break/at/0123456789abcdefghijklmnopqrstuvwxyz/0123456789.\n\n| Year | Value | Item |\n| --- | ---: | --- |\n${rows}\n`
  ),
  meta: null
}

type QpdfObjects = Record<string, {value?: Record<string, unknown>}>

/** The structure tree as indented lines: each element's type, `OBJR` for an annotation; marked content is left out. */
function tagTree(file: string): string {
  const objects = (JSON.parse(tool('qpdf', ['--json', file])) as {qpdf: [unknown, QpdfObjects]}).qpdf[1]
  const get = (ref: unknown) =>
    (typeof ref === 'string' && ref.endsWith(' R') ? objects[`obj:${ref}`]?.value : ref) as
      | Record<string, unknown>
      | number
      | undefined
  const root = Object.values(objects).find((o) => o.value?.['/Type'] === '/StructTreeRoot')!.value!
  const lines: string[] = []
  const walk = (ref: unknown, depth: number) => {
    const node = get(ref)
    if (Array.isArray(node)) {
      for (const kid of node) walk(kid, depth)
      return
    }
    if (!node || typeof node !== 'object') return
    if (node['/Type'] === '/OBJR') return lines.push(`${'  '.repeat(depth)}OBJR`)
    if (node['/Type'] === '/MCR') return
    const type = node['/S']
    if (typeof type !== 'string') return
    const scope = (get(node['/A']) as Record<string, unknown> | undefined)?.['/Scope']
    lines.push(`${'  '.repeat(depth)}${type.slice(1)}${scope ? ` ${String(scope).slice(1)}` : ''}`)
    walk(node['/K'], depth + 1)
  }
  walk(root['/K'], 0)
  return `${lines.join('\n')}\n`
}

describe('blockHandlers', () => {
  it('has a handler for every block kind of the model', () => {
    expect(missingHandlers(blockHandlers)).toEqual([])
    expect(Object.keys(blockHandlers).sort()).toEqual([...blockKinds].sort())
  })
})

describe('render (pdf) with every block kind', async () => {
  const corpus = buildCorpus({sources: [every, ...field, long], collection: null})
  const {dir, files} = await renderToDir(corpus, 'a4')
  const pdfOf = (source: string) => join(dir, `${corpus.publications.find((p) => p.source.path === source)!.id}.pdf`)
  const everyPdf = pdfOf('every-block-kind.md')

  it('passes qpdf --check', () => {
    for (const file of files.filter((f) => f.path.endsWith('.pdf')))
      expect(tool('qpdf', ['--check', join(dir, file.path)])).toMatch(/No syntax or stream encoding errors found/)
  })

  it('tags every block kind as reviewed in golden/every-block-kind.tags.txt', async () => {
    const tree = tagTree(everyPdf)
    await expect(tree).toMatchFileSnapshot('./golden/every-block-kind.tags.txt')
    for (const tag of [
      'H2',
      'H3',
      'H4',
      'L',
      'LI',
      'Lbl',
      'LBody',
      'Table',
      'TR',
      'TH Column',
      'TD',
      'BlockQuote',
      'Link',
      'Reference',
      'Note'
    ])
      expect(tree).toMatch(new RegExp(`^ *${tag}$`, 'm'))
    // Lists nest: an L inside an LBody.
    expect(tree).toMatch(/^( *)LBody\n(?:\1 {2}.*\n)*?\1 {2}L$/m)
  })

  it('nests the article sub-headings in the outline as the headings nest, under the article', () => {
    const {outline} = readNavigation(everyPdf)
    const titles = outline.map((item) => `${item.depth}:${item.title}`)
    const first = titles.indexOf('1:A section heading')
    expect(first).toBeGreaterThan(-1)
    // Depth-first: the sub-section is a child of the section, the fourth-level heading a child of the sub-section.
    expect(titles.slice(first, first + 3)).toEqual([
      '1:A section heading',
      '2:A sub-section',
      '3:A fourth-level heading'
    ])
  })

  it('makes every body link a tagged Link annotation with a description, and links notes both ways', () => {
    const links = readLinks(everyPdf)
    expect(links.every((link) => link.structParent && link.contents !== '')).toBe(true)
    const destinations = links.map((link) => link.destination)
    const id = corpus.publications.find((p) => p.source.path === 'every-block-kind.md')!.id
    expect(destinations).toEqual(
      expect.arrayContaining([`${id}-fn1`, `${id}-fn2`, `${id}-fnref1`, `${id}-fnref1-2`, `${id}-fnref2`])
    )
    const json = tool('qpdf', ['--json', everyPdf])
    expect(json).toContain('https://example.org/report')
    // A link that wraps (the long address of long-table.md) has one annotation per line.
    const long = tool('qpdf', ['--json', pdfOf('long-table.md')])
    expect(long.match(/0123456789abcdefghijklmnopqrstuvwxyz\/0123456789/g)!.length).toBeGreaterThan(1)
    const {destinations: named} = readNavigation(everyPdf)
    expect(named).toEqual(expect.arrayContaining([`${id}-fn1`, `${id}-fnref1`, `${id}-fnref1-2`]))
  })

  it('keeps a long token inside the margins', () => {
    const html = tool('pdftotext', ['-bbox', pdfOf('long-table.md'), '-'])
    const pageWidth = Number(/<page width="([\d.]+)"/.exec(html)![1])
    const overflow = [...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)</g)]
      .filter((m) => Number(m[2]) > pageWidth - 60 || Number(m[1]) < 60)
      .map((m) => m[3])
    expect(overflow).toEqual([])
  })

  it('sets the table of field case 12 as rows and cells, and repeats a long table’s header row on each page', () => {
    const trade = tagTree(pdfOf('trade-figures.md'))
    expect((trade.match(/^ *TR$/gm) ?? []).length).toBe(5)
    expect((trade.match(/^ *TH Column$/gm) ?? []).length).toBe(4)
    const longPdf = pdfOf('long-table.md')
    const pages = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [longPdf]))![1])
    const headers = (tagTree(longPdf).match(/^ *TH Column$/gm) ?? []).length / 3
    const tablePages = tool('pdftotext', ['-layout', longPdf, '-'])
      .split('\f')
      .filter((page) => /item \d+/.test(page))
    expect(tablePages.length).toBeGreaterThan(1)
    expect(headers).toBe(tablePages.length)
    for (const page of tablePages) expect(page).toMatch(/Year\s+Value\s+Item/)
    expect(pages).toBeGreaterThan(2)
  })

  it('keeps scraped notes of field case 15 out of the answers, numbered and linked', () => {
    const gas = pdfOf('gas-pipeline.txt')
    const text = tool('pdftotext', [gas, '-'])
    expect(text).toMatch(/Notes\s+1\. Ministry of Energy statement, 12 March 2019\. \[back\]/)
    expect(tagTree(gas).match(/^ *Note$/gm)).toHaveLength(3)
  })

  it('sets code blocks and inline code in Source Code Pro, embedded as a subset with a Unicode map', () => {
    expect(tool('pdffonts', [everyPdf])).toMatch(
      /^[A-Z]{6}\+SourceCodePro-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/m
    )
    expect(tool('pdftotext', [everyPdf, '-'])).toMatch(/code block line one\s+code block line two/)
  })

  it('sets note markers as superscripts: smaller, raised above the baseline, still linked to the note', () => {
    const words = [
      ...tool('pdftotext', ['-bbox', everyPdf, '-']).matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)
    ].map((m) => ({top: Number(m[1]), bottom: Number(m[2]), text: m[3]!}))
    const at = words.findIndex((w) => w.text === 'report.')
    const [word, marker] = [words[at]!, words[at + 1]!]
    expect(marker.text).toBe('1')
    expect(marker.bottom - marker.top).toBeLessThan(0.8 * (word.bottom - word.top))
    expect(marker.bottom).toBeLessThan(word.bottom - 2)
    const id = corpus.publications.find((p) => p.source.path === 'every-block-kind.md')!.id
    expect(readLinks(everyPdf).some((link) => link.destination === `${id}-fn1`)).toBe(true)
  })

  it('names the creators only as Author', () => {
    expect(tool('pdfinfo', [everyPdf])).toMatch(/^Author:\s+Sana Mirza$/m)
  })
})
