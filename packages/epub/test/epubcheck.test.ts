/**
 * EPUBCheck on every book the EPUB tests make (the seeds' books and collection, the hostile
 * fixtures, core's script fixtures, the fixture with every block kind and the field cases with a
 * table and with notes, the press conferences with speaker labels): no fatal error, error or warning. One EPUBCheck JVM checks them all
 * (`test/referees.setup.ts`); the other test files look at the same bytes (`test/books.ts`).
 */
import {describe, expect, it} from 'vitest'
import {allSets, bytesOf, seedBooks} from './books.js'
import {describeMessages, epubcheck} from './helpers.js'

describe('render', async () => {
  const sets = await allSets()

  it('writes one EPUB per publication and one for the collection, reporting nothing', async () => {
    const {corpus, files} = await seedBooks()
    expect(corpus.publications.length).toBeGreaterThan(0)
    expect(files.map((file) => file.path)).toEqual([
      ...corpus.publications.map((p) => `${p.id}.epub`),
      `${corpus.collection.id}.epub`
    ])
    for (const set of sets) {
      // No source fails (the hostile collection's control character is a warning: hostile.test.ts).
      expect(
        set.corpus.failures.filter((m) => m.severity === 'error'),
        set.name
      ).toEqual([])
      expect(set.files, set.name).toHaveLength(set.corpus.publications.length + 1)
      expect(set.reports, set.name).toEqual([])
    }
  })

  it.each(sets.flatMap((set) => set.files.map((file) => [`${set.name}: ${file.path}`, file] as const)))(
    'makes %s, which EPUBCheck passes with no error or warning',
    async (name, file) => {
      expect(describeMessages(await epubcheck(bytesOf(file), file.path)), name).toEqual([])
    },
    60_000
  )
})
