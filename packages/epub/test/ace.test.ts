/**
 * The accessibility gate (issue 14): Ace by DAISY finds no violation in the EPUBs we make. One Ace
 * process with one Chromium checks them (`ace.ts`): the collection book of each set — the seeds, the
 * hostile fixtures, core's script fixtures, the fixture with every block kind with the field cases
 * holding a table and notes, the press conferences with speaker labels — which holds every document of every publication of the set as its own
 * book holds them (parts.test.ts), and three books of one publication for the documents only such a
 * book has (its cover, title page and navigation): the fixture with every block kind, the Urdu stanza
 * in an English book and the hostile Markdown. EPUBCheck checks every one of the 26 books
 * (`epubcheck.test.ts`).
 */
import {beforeAll, describe, expect, it} from 'vitest'
import {type AceReport, ace} from './ace.js'
import {allSets, bytesOf} from './books.js'

/** The single-publication books Ace reads besides the collections, by source file. */
const singles = ['every-block-kind.md', 'urdu-stanza-in-english.txt', 'hostile.md']

describe('render, checked by Ace by DAISY', async () => {
  const books = (await allSets()).flatMap((set) => {
    const collection = `${set.corpus.collection.id}.epub`
    const ids = new Set(
      set.corpus.publications.filter((p) => singles.includes(p.source.path)).map((p) => `${p.id}.epub`)
    )
    return set.files
      .filter((file) => file.path === collection || ids.has(file.path))
      .map((file, index) => ({
        label: `${set.name}: ${file.path}`,
        // Unique names: two sets have a collection called dossier.epub.
        name: `${set.name.replace(/\W+/g, '-')}-${index}`,
        bytes: bytesOf(file)
      }))
  })

  it('reads a collection book of every set and the three single books', () => {
    expect(books).toHaveLength(5 + singles.length)
  })

  let reports: Map<string, AceReport>
  beforeAll(async () => {
    reports = await ace(books)
  }, 900_000)

  it.each(books.map((book) => [book.label, book.name] as const))('%s has no Ace violation', (label, name) => {
    const report = reports.get(name)!
    expect(report.violations, label).toEqual([])
    expect(report.outcome).toBe('pass')
  })
})
