/** The dataset's structured blocks (issue 14): tables come back as rows and cells, lists as items. */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {blockKindOf, blockKinds, normalizeSource, toRecord, validatePublication} from '../src/index.js'

const encoder = new TextEncoder()
const table = readFileSync(new URL('./field-cases/12-markdown-table/sources/trade-figures.md', import.meta.url), 'utf8')

describe('toRecord blocks', () => {
  it('keeps a Markdown table as a header row, aligned columns and rows of cells, and its plain paragraph', () => {
    const result = normalizeSource({path: 'trade-figures.md', bytes: encoder.encode(table), meta: null})
    if (!result.ok) throw new Error('did not normalize')
    const record = toRecord(result.publication)
    expect(validatePublication(result.publication)).toEqual([])
    const found = record.blocks.body.find((b) => b.kind === 'table')
    expect(found).toEqual({
      kind: 'table',
      align: [null, 'right', 'right', null],
      header: ['Year', 'Pakistan exports to Russia (US$ m)', 'Russian exports to Pakistan (US$ m)', 'Main item'],
      rows: [
        ['2021', '310', '520', 'Wheat'],
        ['2022', '290', '610', 'Fertiliser'],
        ['2023', '340', '750', 'Crude oil'],
        ['2024', '410', '980', 'Crude oil & LPG']
      ]
    })
    expect(record.body).toHaveLength(record.blocks.body.length)
  })

  it('keeps nested lists with their start number, headings with their level, quotes and thematic breaks', () => {
    const md = '# T\n\nIntro.\n\n## Part\n\n3. three\n4. four\n   - a\n   - b\n\n> quoted\n\n---\n\nAfter.\n'
    const result = normalizeSource({path: 'k.md', bytes: encoder.encode(md), meta: null})
    if (!result.ok) throw new Error('did not normalize')
    const record = toRecord(result.publication)
    expect(validatePublication(result.publication)).toEqual([])
    expect(record.blocks.body).toEqual([
      {kind: 'paragraph', text: 'Intro.'},
      {kind: 'heading', level: 1, text: 'Part'},
      {
        kind: 'list',
        ordered: true,
        start: 3,
        items: [
          [{kind: 'paragraph', text: 'three'}],
          [
            {kind: 'paragraph', text: 'four'},
            {
              kind: 'list',
              ordered: false,
              start: null,
              items: [[{kind: 'paragraph', text: 'a'}], [{kind: 'paragraph', text: 'b'}]]
            }
          ]
        ]
      },
      {kind: 'blockquote', blocks: [{kind: 'paragraph', text: 'quoted'}]},
      {kind: 'thematicBreak'},
      {kind: 'paragraph', text: 'After.'}
    ])
    // Today's plain paragraphs: the break has no text and is not one of them.
    expect(record.body).toEqual(['Intro.', 'Part', 'three four a b', 'quoted', 'After.'])
    expect(result.publication.body.map(blockKindOf)).toEqual([
      'paragraph',
      'heading',
      'list',
      'blockquote',
      'thematicBreak',
      'paragraph'
    ])
    expect(blockKinds).toContain('table')
  })
})
