/**
 * A saved page's table with merged cells (issue 22): `colspan` and `rowspan` keep each value in
 * its column. The cells a merged cell covers are empty, as hast-util-to-mdast lays them out (the
 * browser draws one cell there); before, the attributes were dropped and every later value of the
 * row moved one column left.
 */
import {describe, expect, it} from 'vitest'
import {normalizeSource, toRecord} from '../src/index.js'

// Invented port and toll figures.
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour tolls rise across the delta</title></head>
<body><article><h1>Harbour tolls rise across the delta</h1>
<p>The harbour board of Kestrin set new tolls on Monday, after two years of argument between the ferry owners and the grain merchants.</p>
<table><thead><tr><th>Port</th><th colspan="2">Toll by quarter</th><th>Change</th></tr>
<tr><th></th><th>First</th><th>Second</th><th></th></tr></thead>
<tbody><tr><td rowspan="2">Kestrin</td><td>12</td><td>14</td><td>+2</td></tr>
<tr><td>9</td><td>11</td><td>+2</td></tr>
<tr><td>Amberlow</td><td colspan="2">7 flat</td><td>0</td></tr></tbody></table>
<p>Merchants said the new tolls would be passed on to bakers within a month, while ferry owners promised new timetables.</p>
</article></body></html>`

describe('merged table cells in a saved page', () => {
  it('keep every value in its column: a cell a colspan or rowspan covers is empty', () => {
    const result = normalizeSource({path: 'harbour-tolls.html', bytes: new TextEncoder().encode(page), meta: null})
    if (!result.ok) throw new Error('did not normalize')
    const table = toRecord(result.publication).blocks.body.find((b) => b.kind === 'table')
    expect(table).toMatchObject({
      header: ['Port', 'Toll by quarter', '', 'Change'],
      rows: [
        ['', 'First', 'Second', ''],
        ['Kestrin', '12', '14', '+2'],
        ['', '9', '11', '+2'],
        ['Amberlow', '7 flat', '', '0']
      ]
    })
  })

  it('drops the spans of a table they would grow more than fourfold (a hostile colspan="1000" on every row)', () => {
    const rows = Array.from({length: 300}, (_, i) => `<tr><td colspan="1000">v${i}</td><td>w</td></tr>`).join('')
    const hostile = page.replace(/<table>[\s\S]*<\/table>/, `<table>${rows}</table>`)
    const result = normalizeSource({path: 'wide.html', bytes: new TextEncoder().encode(hostile), meta: null})
    if (!result.ok) throw new Error('did not normalize')
    const table = toRecord(result.publication).blocks.body.find((b) => b.kind === 'table')
    if (table?.kind !== 'table') throw new Error('no table')
    expect(new Set([table.header, ...table.rows].map((row) => row.length))).toEqual(new Set([2]))
    expect(table.rows.at(-1)).toEqual(['v299', 'w'])
  })
})
