/**
 * Typography never touches an address (field case 18, issue 22; markdown-it/markdown-it#272): a URL
 * typed in prose, a Markdown autolink or a bare link keeps `--` and `'` exactly as typed, in every
 * text the dataset, site, EPUB and PDF read from the model, while the prose around it is educated.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {leadSentence, normalizeSource, toRecord} from '../src/index.js'
import {smarten, smartenTree} from '../src/lib/text/typography.js'
import type {Paragraph} from 'mdast'

const urls = [
  'https://data.example.org/reports/annex-b--tables-2024.pdf',
  'https://video.example.org/watch?v=Xk--7pQ2aZ',
  'https://archive.example.org/series/1996--2010/flows.csv',
  "https://wiki.example.org/wiki/Côte_d'Ivoire_water_treaty",
  'https://archive.example.org/transcripts/okafor--berg.txt'
]

describe('addresses in educated text', () => {
  it('keep double hyphens and straight apostrophes; the prose around them is educated', () => {
    expect(smarten(`The annex -- see ${urls[0]} -- isn't final.`)).toBe(`The annex – see ${urls[0]} – isn’t final.`)
    expect(smarten(`Read "${urls[3]}" first.`)).toBe(`Read “${urls[3]}” first.`)
    expect(smarten("Write to desk--news@example.org, it's read.")).toBe('Write to desk--news@example.org, it’s read.')
  })

  it('keep them in a tree, where quotes pair across nodes', () => {
    const tree: Paragraph = {
      type: 'paragraph',
      children: [
        {type: 'text', value: '"See '},
        {type: 'link', url: urls[1]!, children: [{type: 'text', value: urls[1]!}]},
        {type: 'text', value: ` and ${urls[3]}" -- she said.`}
      ]
    }
    const text = JSON.stringify(smartenTree(tree))
    expect(text).toContain(urls[1])
    expect(text).toContain(`${urls[3]}” – she said.`)
    expect(text).toContain('“See ')
  })

  it('reach the dataset as typed from the field case (Markdown and plain text)', () => {
    const dir = new URL('./field-cases/18-dashes-in-urls/sources/', import.meta.url)
    const all = readdirSync(dir)
      .map((name) => {
        const result = normalizeSource({path: name, bytes: readFileSync(new URL(name, dir)), meta: null})
        if (!result.ok) throw new Error(`${name} did not normalize`)
        return JSON.stringify(toRecord(result.publication))
      })
      .join('\n')
    for (const url of urls) expect(all).toContain(url)
    expect(all).not.toMatch(/example\.org[^\s"]*[–’]/u)
  })

  it('end no key point’s opening sentence: a question mark inside a URL is part of the address', () => {
    const text =
      'With the annual tables at https://data.example.org/annex-b--tables.pdf and the briefing video at https://video.example.org/watch?v=Xk--7pQ2aZ. Both are linked from the page.'
    expect(leadSentence([{type: 'paragraph', text} as never], 'en')).toBe(
      'With the annual tables at https://data.example.org/annex-b--tables.pdf and the briefing video at https://video.example.org/watch?v=Xk--7pQ2aZ.'
    )
  })
})
