/** Notes (issue 14): Markdown footnotes and scraped `[1]` markers with a trailing notes list. */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {
  blockToHast,
  footnotesToHast,
  normalizeSource,
  type Publication,
  toRecord,
  validatePublication
} from '../src/index.js'
import {toHtml} from 'hast-util-to-html'

const encoder = new TextEncoder()
function publish(path: string, text: string): Publication {
  const result = normalizeSource({path, bytes: encoder.encode(text), meta: null})
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '))
  return result.publication
}
const field = (name: string) =>
  readFileSync(new URL(`./field-cases/15-footnotes/sources/${name}`, import.meta.url), 'utf8')
const scraped = (heading: string) =>
  `The pipeline\n\n1. Why has it not been built?\n\nFinancing, mostly.[1] And sanctions.[2]\n\n2. Is it dead?\n\nNo.[2]\n\n${heading}\n\n[1] Ministry statement, 12 March 2019.\n[2] Revised agreement, 28 May 2021.\n`

describe('readNotes', () => {
  it('reads Markdown footnotes as numbered notes, never as answer paragraphs', () => {
    const p = publish('wheat-deal.md', field('wheat-deal.md'))
    expect(p.qa).toHaveLength(2)
    expect(p.qa.flatMap((q) => q.answer.map((b) => b.text))).toEqual([
      expect.stringMatching(/without dollars\.\[1\] The volumes/),
      expect.stringMatching(/sanctions bread\.\[2\] Oil/)
    ])
    expect(p.footnotes.map((n) => [n.id, n.number, n.refs, n.content.map((b) => b.text)])).toEqual([
      ['fn1', 1, ['fnref1'], [expect.stringMatching(/^The agreement covered chickpeas/)]],
      ['fn2', 2, ['fnref2'], [expect.stringMatching(/^Food and fertiliser/)]]
    ])
  })

  it('reads scraped [1] markers and a trailing References list, one note per line', () => {
    const p = publish('gas-pipeline.txt', field('gas-pipeline.txt'))
    expect(p.qa).toHaveLength(3)
    expect(p.qa.flatMap((q) => q.answer.map((b) => b.text)).join(' ')).not.toMatch(/References|Ministry of Energy/)
    expect(p.footnotes.map((n) => n.content.map((b) => b.text))).toEqual([
      ['Ministry of Energy statement, 12 March 2019.'],
      ['Revised inter-governmental agreement, signed in Moscow, 28 May 2021.'],
      ['Joint statement after the Moscow talks, May 2024.']
    ])
    expect(p.lines.slice(20, 25)).toEqual(['notes', 'blank', 'notes', 'notes', 'notes'])
  })

  it.each([
    ['References'],
    ['Notes:'],
    ['Sources'],
    ['Источники'],
    ['参考文献'],
    ['المراجع'],
    ['منابع'],
    ['حوالہ جات'],
    ['संदर्भ'],
    ['Quellen'],
    ['Références'],
    ['Referencias'],
    ['Kaynaklar'],
    ['出典']
  ])('knows the heading %s', (heading) => {
    const p = publish('n.txt', scraped(heading))
    expect(p.footnotes.map((n) => n.refs)).toEqual([['fnref1'], ['fnref2', 'fnref2-2']])
    expect(p.qa.map((q) => q.answer.length)).toEqual([1, 1])
  })

  it('leaves a numbered list under a heading alone when no marker in the text cites it', () => {
    const p = publish(
      'n.txt',
      'A title\n\nSome prose about the plan, with no markers.\n\nSources\n\n1. The ministry.\n2. The embassy.\n'
    )
    expect(p.footnotes).toEqual([])
    expect(p.body.map((b) => b.text).join(' ')).toMatch(/The ministry/)
  })

  it('links each marker to its note and the note back, with DPUB-ARIA roles and, for EPUB, epub:type', () => {
    const p = publish('n.txt', scraped('References'))
    const marker = toHtml({type: 'root', children: blockToHast(p.qa[0]!.answer[0]!, {epub: true})})
    expect(marker).toContain('<sup><a href="#fn1" id="fnref1" role="doc-noteref" epub:type="noteref">[1]</a></sup>')
    const site = toHtml({type: 'root', children: footnotesToHast(p.footnotes, {heading: 'Notes'})})
    expect(site).toMatch(
      /^<section id="footnotes" class="footnotes" role="doc-endnotes" aria-labelledby="footnotes-title"><h2 id="footnotes-title">Notes<\/h2><ol><li id="fn1"><p>Ministry statement, 12 March 2019\. <a href="#fnref1" role="doc-backlink" aria-label="Back to the text of note 1">/
    )
    expect(site).toContain('<a href="#fnref2-2" role="doc-backlink"')
    expect(site).not.toContain('epub:type')
  })

  it('publishes notes in the dataset with their anchors, and the record validates', () => {
    const p = publish('n.txt', scraped('References'))
    expect(validatePublication(p)).toEqual([])
    expect(toRecord(p).footnotes[1]).toEqual({
      id: 'fn2',
      number: 2,
      label: '2',
      text: ['Revised agreement, 28 May 2021.'],
      blocks: [{kind: 'paragraph', text: 'Revised agreement, 28 May 2021.'}],
      refs: ['fnref2', 'fnref2-2']
    })
  })
})
