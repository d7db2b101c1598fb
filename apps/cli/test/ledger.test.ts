/**
 * The content ledger (issue 6): starting from each source file, every line is accounted for in
 * the publication or listed as removed with a reason; then every content paragraph is found, in
 * order, in the dataset, on the site, in the EPUB and in the PDF. Runs over the seeds and every
 * core fixture, through the real CLI.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {decodeReferences, repairMojibake} from '@dossier/core'
import {beforeAll, describe, expect, it} from 'vitest'
import {buildSeedsAndFixtures} from './helpers/builds.js'
import {epubText, htmlText, missingInOrder, norm, pdfNorm, pdfText} from './helpers/views.js'

const root = path.join(import.meta.dirname, '../../..')
const fixtures = path.join(root, 'packages/core/test/fixtures')

interface Record {
  id: string
  title: string
  subtitle: string | null
  intro: string[]
  qa: Array<{
    question: string
    answer: string[]
    blocks: Structured[]
    asker: string | null
    askerAffiliation?: string | null
    turns?: Array<{speaker: string | null; affiliation?: string | null; paragraphs: number}>
  }>
  body: string[]
  about: string[]
  notes: string[]
  footnotes: Array<{text: string[]}>
  blocks: {intro: Structured[]; body: Structured[]; about: Structured[]; notes: Structured[]}
  removed: Array<{line: number; text: string; reason: string}>
  source: {path: string}
  date: {evidence: string} | null
  people: Array<{name: string; evidence: string}>
}

let sources = ''
let out = ''
let records: Record[] = []
let collectionTitle = ''
const missingGlyphs = new Set<string>()

beforeAll(async () => {
  // The run's one build of the seeds and every fixture in all four formats (reproducible.test.ts builds them again).
  const run = await buildSeedsAndFixtures()
  sources = run.sources
  out = run.out
  // Characters the PDF's fonts lack are drawn as U+FFFD and reported; only those may differ.
  // The warning names each missing cluster with its code points: `no embedded font for "퟿" (U+D7FF)`.
  for (const line of run.stderr.split('\n').filter((l) => l.includes('no embedded font for')))
    for (const [, hex] of line.matchAll(/U\+([0-9A-F]{4,6})/g))
      missingGlyphs.add(String.fromCodePoint(Number.parseInt(hex!, 16)))
  const dataset = JSON.parse(readFileSync(path.join(out, 'dataset/publications.json'), 'utf8'))
  records = dataset.publications
  collectionTitle = dataset.collection.title
}, 300_000)

/** A block of the dataset's structured form (`$defs/block` of its schema). */
interface Structured {
  kind: string
  text?: string
  items?: Structured[][]
  blocks?: Structured[]
  header?: string[]
  rows?: string[][]
}

/** The plain text of a structured block, as the dataset's plain paragraphs join it. */
const textOf = (block: Structured): string =>
  block.text ??
  [
    ...(block.header ?? []),
    ...(block.rows ?? []).flat(),
    ...(block.blocks ?? []).map(textOf),
    ...(block.items ?? []).flat().map(textOf)
  ].join(' ')

/**
 * A part's paragraphs as every format sets them apart: a list item by item (each format prints
 * its own numbers and bullets between them), anything else as its plain paragraph; thematic breaks
 * have no text.
 */
const paragraphsOf = (blocks: Structured[]): string[] =>
  blocks.flatMap((block) =>
    block.kind === 'thematicBreak'
      ? []
      : block.kind === 'list'
        ? (block.items ?? []).flatMap(paragraphsOf)
        : [textOf(block)]
  )

/** Content paragraphs of a publication in reading order (numbered notes after the text, before bio and notes). */
const content = (r: Record) => [
  ...paragraphsOf(r.blocks.intro),
  ...r.qa.flatMap((q) => [q.question, ...paragraphsOf(q.blocks)]),
  ...paragraphsOf(r.blocks.body),
  ...r.footnotes.flatMap((note) => note.text),
  ...paragraphsOf(r.blocks.about),
  ...paragraphsOf(r.blocks.notes)
]

/** The last words of a line: enough to be specific, few enough to skip a stripped label or number. */
const tail = (words: string[]) =>
  words.slice(-(words.length <= 3 ? 1 : Math.min(8, Math.max(3, words.length - 3)))).join(' ')

/** Undo typography so source lines and published text compare. */
const plain = (text: string) =>
  norm(text)
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/--/g, '-')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

describe('the content ledger', () => {
  it('covers the seeds and every fixture', () => {
    expect(records.length).toBe(2 + readdirSync(fixtures).length)
  })

  it('accounts for every source line: in the publication, or removed with a reason', () => {
    for (const r of records) {
      const lines = readFileSync(path.join(sources, r.source.path), 'utf8')
        .replace(/^\ufeff/, '')
        .split(/\r\n?|\n/)
      const removed = new Map(r.removed.map((x) => [x.line, x]))
      const published = plain(
        [
          r.title,
          r.subtitle ?? '',
          ...content(r),
          r.date?.evidence ?? '',
          ...r.people.map((p) => `${p.name} ${p.evidence}`),
          // A speaker label is stripped from its turn and kept as the asker or the turn's speaker,
          // what it says in brackets as their affiliation.
          ...r.qa.flatMap((q) => [
            `${q.asker ?? ''} ${q.askerAffiliation ?? ''} ${q.question}`,
            ...(q.turns ?? []).flatMap((t) =>
              paragraphsOf(q.blocks).map((text) => `${t.speaker ?? ''} ${t.affiliation ?? ''} ${text}`)
            )
          ])
        ].join(' ')
      )
      const publishedWords = new Set(published.split(' '))
      const frontMatter = r.source.path.endsWith('.md') && lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0
      lines.forEach((raw, index) => {
        // The repairs core makes to plain text (and warns about) apply to the source line too.
        const repaired = r.source.path.endsWith('.txt') ? decodeReferences(repairMojibake(raw).text).text : raw
        // Timestamps of transcripts are stripped with the speaker label, also inside one: "Speaker 1 (01:02): ".
        const line = repaired
          .replace(/^\s*[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+/, '')
          .replace(/^[^:()]{1,30}\(\d{1,2}:\d{2}(?::\d{2})?\):\s+/, '')
        const words = plain(line.replace(/^\s*(?:[-*+]|\d+[.)]|#+|>|Q:|A:|\*\*Q:?\*\*)\s*/i, '').replace(/[*_`#]/g, ''))
        if (words === '' || index < frontMatter) return
        const entry = removed.get(index + 1)
        if (entry) {
          expect(entry.reason, `${r.source.path}:${index + 1}`).not.toBe('')
          return
        }
        // Labels, numbers and Markdown syntax are stripped from published text (so plain lines are
        // matched by their last words); the words remain.
        // Plain text must survive as a run; Markdown may lose link targets, so most words must.
        const list = words.split(' ').filter((w) => w.length > 1)
        const found = r.source.path.endsWith('.md')
          ? list.filter((w) => publishedWords.has(w)).length >= Math.ceil(list.length * 0.6)
          : published.includes(tail(words.split(' '))) ||
            // A line split by sentence (a bio in `about`, its disclaimer in `notes`) survives sentence by sentence.
            line
              .split(/(?<=[.!?])\s+/)
              .map(plain)
              .every((sentence) => sentence === '' || published.includes(tail(sentence.split(' '))))
        expect(found, `${r.source.path}:${index + 1} "${line.slice(0, 60)}" is neither published nor removed`).toBe(
          true
        )
        // What a speaker label says in brackets ("Luis Moreno (El País):") is not removed: it is the
        // speaker's affiliation in the model, so its words are published with the label.
        const bracket = /^[^:()]{1,40}\(([^()]{1,40})\)\s*:/u.exec(line)
        if (bracket)
          expect(
            published.includes(`${plain(line.slice(0, bracket.index + bracket[0].length))} `),
            `${r.source.path}:${index + 1} "${bracket[0]}": the label's bracket is neither published nor removed`
          ).toBe(true)
      })
    }
  })

  it('finds every content paragraph, in order, on the site', () => {
    for (const r of records) {
      const page = htmlText(path.join(out, 'site', `${r.id}.html`))
      expect(missingInOrder(page, content(r)), r.id).toBeNull()
    }
  })

  it('finds every content paragraph, in order, in the EPUB', async () => {
    for (const r of records) {
      const text = await epubText(path.join(out, 'epub', `${r.id}.epub`))
      expect(missingInOrder(text, content(r)), r.id).toBeNull()
    }
  })

  it('finds every content paragraph, in order, in the PDF', () => {
    for (const r of records) {
      const file = path.join(out, 'pdf', `${r.id}.pdf`)
      expect(existsSync(file)).toBe(true)
      const furniture = [collectionTitle, ...records.map((x) => x.title)]
      const drawn = (text: string) => pdfNorm([...text].map((c) => (missingGlyphs.has(c) ? '\ufffd' : c)).join(''))
      const pdf = pdfText(file, furniture)
      // pdftotext gives a right-to-left line in visual order: the left-to-right runs inside it (dates,
      // times, Latin words) stand as a reader sees them, and punctuation at a run's edge moves (as in
      // packages/pdf/test/scripts.test.ts). A right-to-left paragraph must have every word; the others,
      // every paragraph in order.
      const rtl = (text: string) => /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(text)
      expect(
        missingInOrder(
          pdf,
          content(r).filter((p) => !rtl(p)),
          drawn
        ),
        r.id
      ).toBeNull()
      const bare = pdf.replace(/\p{P}/gu, ' ')
      for (const paragraph of content(r).filter(rtl))
        for (const word of drawn(paragraph).replace(/\p{P}/gu, ' ').split(/\s+/u).filter(Boolean))
          expect(bare, `${r.id}: ${paragraph}`).toContain(word)
    }
  })
})
