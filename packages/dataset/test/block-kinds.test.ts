/**
 * Every block kind in the dataset (issue 14): the fixture holding every kind and field cases 12
 * (a table) and 15 (notes) keep today's plain paragraphs and gain structured blocks and notes that
 * validate against the published schema; the every-kind publication's blocks are a golden file;
 * the structured form's registry covers core's list of kinds.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {blockKinds, buildCorpus, missingHandlers, structuredHandlers, schemaVocabulary} from '@dossier/core'
import {Ajv2020} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import {describe, expect, it} from 'vitest'
import {render} from '../src/index.js'
import {assets} from './assets.js'

const read = (url: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(url, import.meta.url))))
const corpus = buildCorpus({
  sources: [
    {path: 'every-block-kind.md', bytes: read('../../core/test/fixtures/every-block-kind/input.md'), meta: null},
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
  ],
  collection: null
})
const files = await render(corpus, {buildDate: '2024-05-22T00:00:00.000Z', paper: 'a4', attachments: [], assets})
const file = (name: string) => String(files.find((f) => f.path === name)!.contents)
const data = JSON.parse(file('publications.json')) as {
  publications: Array<Record<string, unknown> & {source: {path: string}}>
}
const bySource = (path: string) => data.publications.find((p) => p.source.path === path)!

describe('structuredHandlers', () => {
  it('has a handler for every block kind of the model', () => {
    expect(missingHandlers(structuredHandlers)).toEqual([])
    expect(Object.keys(structuredHandlers).sort()).toEqual([...blockKinds].sort())
  })
})

describe('render (dataset) with every block kind', () => {
  it('validates against its own publications schema', () => {
    const ajv = new Ajv2020({allErrors: true, strict: true})
    addFormats.default(ajv)
    ajv.addVocabulary(schemaVocabulary)
    const validate = ajv.compile(JSON.parse(file('schema/publications.schema.json')))
    expect(validate(data) ? [] : validate.errors).toEqual([])
  })

  it('writes the every-kind publication’s blocks and notes as reviewed in golden/every-block-kind.json', async () => {
    const every = bySource('every-block-kind.md')
    await expect(
      `${JSON.stringify({body: every.body, blocks: every.blocks, footnotes: every.footnotes}, null, 2)}\n`
    ).toMatchFileSnapshot('./golden/every-block-kind.json')
  })

  it('gives the table of field case 12 back as rows and cells, and keeps its plain paragraph', () => {
    const trade = bySource('trade-figures.md') as unknown as {
      body: string[]
      blocks: {body: Array<{kind: string; header?: string[]; rows?: string[][]}>}
    }
    const table = trade.blocks.body.find((block) => block.kind === 'table')!
    expect(table.header).toEqual([
      'Year',
      'Pakistan exports to Russia (US$ m)',
      'Russian exports to Pakistan (US$ m)',
      'Main item'
    ])
    expect(table.rows).toHaveLength(4)
    expect(table.rows![3]).toEqual(['2024', '410', '980', 'Crude oil & LPG'])
    expect(trade.body.some((paragraph) => paragraph.startsWith('Year Pakistan exports'))).toBe(true)
  })

  it('keeps the scraped notes of field case 15 out of the answers, one note per reference line', () => {
    const gas = bySource('gas-pipeline.txt') as unknown as {
      qa: Array<{answer: string[]}>
      footnotes: Array<{number: number; text: string[]; refs: string[]}>
    }
    expect(gas.qa.flatMap((q) => q.answer).join(' ')).not.toMatch(/References|Ministry of Energy/)
    expect(gas.footnotes.map((n) => [n.number, n.text, n.refs])).toEqual([
      [1, ['Ministry of Energy statement, 12 March 2019.'], ['fnref1']],
      [2, ['Revised inter-governmental agreement, signed in Moscow, 28 May 2021.'], ['fnref2']],
      [3, ['Joint statement after the Moscow talks, May 2024.'], ['fnref3']]
    ])
  })
})
