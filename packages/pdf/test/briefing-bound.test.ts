/**
 * The briefing above `collection.briefingKeyPoints` (issue 23): every publication keeps its row at a
 * glance, its title linked to its own PDF; key points, contents lines, bookmarks and provenance are
 * those of the `briefingKeyPoints` newest publications only (core's `briefingPlanOf`), so older
 * publications add a table row each and no other page.
 */
import {join} from 'node:path'
import {buildCorpus} from '@dossier/core'
import {beforeAll, describe, expect, it} from 'vitest'
import {bodyText, briefingOf, readLinks, readNavigation, renderToDir, squash, tool} from './support.js'

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October']

/** Interview `n` of two questions, published in `month` of `year`. */
function sourceOf(n: number, month: string, year: number, crane = 'cranes'): string {
  return [
    `Harbour notes, part ${n}`,
    '',
    `An interview with Maria Lopez by John Roe, published in Example News, ${month} ${year}.`,
    '',
    `1. What changed at harbour number ${n} that year?`,
    '',
    `The ${crane} at harbour ${n} were replaced within a year, and the old crews retrained to run them. Nobody had planned for the night shifts.`,
    '',
    `2. Who paid for the new quay at harbour ${n}?`,
    '',
    `The port authority paid for most of it at harbour ${n}, and the city the rest. The bill came to twice the estimate.`,
    ''
  ].join('\n')
}

/**
 * `count` interviews in collection order (`harbour-01` …): the first three in 2021 (March, May,
 * April), the rest older (2010 onwards); the briefing quotes two.
 */
function corpusOf(count: number, changed: number | null = null) {
  const dates = [
    ['March', 2021],
    ['May', 2021],
    ['April', 2021]
  ] as const
  return buildCorpus({
    sources: Array.from({length: count}, (_, i) => {
      const [month, year] = dates[i] ?? [months[i % months.length]!, 2010 + (i % 5)]
      const name = `harbour-${String(i + 1).padStart(2, '0')}.txt`
      return {
        path: name,
        bytes: new TextEncoder().encode(sourceOf(i + 1, month, year, changed === i ? 'gantries' : 'cranes')),
        meta: null
      }
    }),
    collection: {
      path: 'collection.yaml',
      text: 'title: Harbours\nlang: en\nbriefingFullTexts: 1\nbriefingKeyPoints: 2\n'
    }
  })
}

const corpus = corpusOf(3)
let briefing: string
let text: string

beforeAll(async () => {
  const {dir} = await renderToDir(corpus, 'a4')
  briefing = join(dir, 'briefing.pdf')
  text = squash(bodyText(briefing))
}, 120_000)

describe('renderCollection above briefingKeyPoints', () => {
  it('quotes the key points and provenance of the newest publications only, and says which', () => {
    expect(tool('qpdf', ['--check', briefing])).toContain('No syntax or stream encoding errors found')
    const [older, newest, newer] = corpus.publications
    // May and April 2021 are quoted; March 2021 only has its row.
    for (const publication of [newest!, newer!]) {
      for (const qa of publication.qa) expect(text).toContain(squash(qa.question.text))
      expect(text).toContain(publication.source.sha256)
    }
    expect(text).toContain(squash(older!.title.text))
    for (const qa of older!.qa) expect(text).not.toContain(squash(qa.question.text))
    expect(text).not.toContain(older!.source.sha256)
    expect(text).toContain(squash('Key points of the newest publications by date: 2 of 3'))
    expect(text).toContain(squash('the provenance of the publications whose key points are quoted above (2)'))
    // Bookmarks under "Key points": the quoted publications only, in collection order.
    const {outline, destinations} = readNavigation(briefing)
    const titles = outline.filter((item) => item.depth === 1).map((item) => item.title)
    expect(titles).toEqual([newest!.title.text, newer!.title.text])
    expect(destinations).not.toContain(older!.id)
  })

  it('links every title at a glance: a quoted one to its key points, any other to its own PDF', () => {
    const links = readLinks(briefing)
    const [older, newest] = corpus.publications
    const local = links.filter((link) => link.action === '/GoTo').map((link) => link.destination)
    expect(local).toContain(newest!.id)
    const toOlder = links.filter((link) => link.action === '/GoToR' && link.file === `${older!.id}.pdf`)
    expect(toOlder.map((link) => link.destination)).toEqual([older!.id])
    expect(toOlder[0]!.structParent).toBe(true)
    expect(toOlder[0]!.contents).toBe(older!.title.text)
  })

  it('adds a table row per older publication and no other page', async () => {
    const pagesOf = (file: string) => Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [file]))![1])
    const larger = corpusOf(12)
    const {dir} = await renderToDir(larger, 'a4')
    const file = join(dir, 'briefing.pdf')
    expect(pagesOf(file)).toBe(pagesOf(briefing))
    const all = squash(bodyText(file))
    expect(all).toContain(squash('2 of 12'))
    for (const publication of larger.publications) expect(all).toContain(squash(publication.title.text))
    for (const publication of larger.publications.slice(3))
      for (const qa of publication.qa) expect(all).not.toContain(squash(qa.question.text))
  }, 120_000)
})

describe('renderCollection between builds', () => {
  it("reuses the briefing when a publication it does not quote changes but not its row, and only then; the bytes are a cold build's", async () => {
    const store = new Map<string, Uint8Array>()
    const first = await briefingOf(corpusOf(3), store)
    expect(first.made).toBe(2)
    // An answer of the oldest publication, not quoted, changes: same words count, same row.
    const older = await briefingOf(corpusOf(3, 0), store)
    expect(older.made).toBe(0)
    expect(older.bytes.equals((await briefingOf(corpusOf(3, 0))).bytes)).toBe(true)
    expect(older.bytes.equals(first.bytes)).toBe(true)
    // An answer of a quoted publication changes: the briefing is laid out again, as a cold build lays it out.
    const quoted = await briefingOf(corpusOf(3, 1), store)
    expect(quoted.made).toBe(2)
    expect(quoted.bytes.equals(first.bytes)).toBe(false)
    expect(quoted.bytes.equals((await briefingOf(corpusOf(3, 1))).bytes)).toBe(true)
  }, 120_000)
})
