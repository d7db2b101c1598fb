/**
 * The language data: only known concepts (at compile time and at run time), no empty lists,
 * phrases lower-case NFC without repeats, every concept compiles and is covered by some language,
 * and the README's table is the one `coverage()` gives (`node packages/core/scripts/languages-table.mjs`).
 */
import {readFileSync} from 'node:fs'
import {describe, expect, expectTypeOf, it} from 'vitest'
import {
  type Concept,
  concepts,
  coverage,
  languagePack,
  type Lexicon,
  lexicon,
  packs,
  phrases
} from '../src/lib/languages/index.js'
import {coverageTable, tableMarkers} from '../src/lib/languages/table.js'

describe('languages', () => {
  it('types a lexicon by the closed list of concepts', () => {
    expectTypeOf<keyof Lexicon>().toEqualTypeOf<Concept>()
    // @ts-expect-error an unknown concept does not compile
    const unknown: Lexicon = {readMoar: ['read more']}
    expect(unknown).toBeDefined()
  })

  it('holds only known concepts, each with phrases, lower-case NFC and without repeats', () => {
    const known = new Set<string>(concepts)
    for (const [code, pack] of Object.entries(packs)) {
      expect(pack.lang).toBe(code)
      for (const [concept, list] of Object.entries(pack.lexicon) as [string, readonly string[]][]) {
        expect(known.has(concept), `${code}.${concept} is not a concept`).toBe(true)
        expect(list.length, `${code}.${concept} is empty`).toBeGreaterThan(0)
        expect(new Set(list).size, `${code}.${concept} repeats a phrase`).toBe(list.length)
        for (const phrase of list) {
          expect(phrase, `${code}.${concept}`).toBe(phrase.normalize('NFC').toLowerCase())
          expect(phrase.trim(), `${code}.${concept}: "${phrase}" has outer spaces`).toBe(phrase)
          expect(phrase.length).toBeGreaterThan(0)
        }
      }
    }
  })

  it('covers every concept in some language and compiles each into a pattern once', () => {
    for (const row of coverage()) {
      expect(row.langs.length, `${row.concept} has no phrases`).toBeGreaterThan(0)
      const source = lexicon(row.concept)
      expect(lexicon(row.concept)).toBe(source)
      const re = new RegExp(`^${source}$`, 'iu')
      for (const phrase of phrases(row.concept)) expect(re.test(phrase), `${row.concept}: ${phrase}`).toBe(true)
      expect(() => new RegExp(source, 'i')).not.toThrow()
    }
  })

  it('escapes phrases and tries the longest first', () => {
    const list = phrases('alsoRead')
    expect([...list].sort((a, b) => b.length - a.length)).toEqual(list)
    expect(new RegExp(`^${lexicon('alsoRead')}$`, 'iu').test('см. также')).toBe(true)
    expect(new RegExp(`^${lexicon('alsoRead')}$`, 'iu').test('смx также')).toBe(false)
    expect(() => lexicon('alsoRead', ['xx'])).toThrow(/no phrase/)
  })

  it('falls back from a language to und to English', () => {
    expect(languagePack('de-AT').lexicon.alsoRead).toEqual(packs.de!.lexicon.alsoRead)
    expect(languagePack('de').lexicon.agency).toEqual(packs.und!.lexicon.agency)
    expect(languagePack('hu').lexicon.readMore).toEqual(packs.en!.lexicon.readMore)
    expect(languagePack('de').terms.contents).toBe('Inhalt')
    expect(languagePack('hu').terms.contents).toBe(packs.en!.terms.contents)
  })

  it('reads every month form as one month only, from CLDR calendars of 12 months and 7 weekdays', () => {
    const monthOf = new Map<string, number>()
    for (const pack of Object.values(packs)) {
      if (!pack.calendar) continue
      expect(pack.calendar.months).toHaveLength(12)
      expect(pack.calendar.weekdays).toHaveLength(7)
      expect(pack.calendar.cldr.months.every((name) => name.length > 0)).toBe(true)
      if (!pack.calendar.read.months) continue
      pack.calendar.months.forEach((forms, index) => {
        for (const form of forms) {
          expect(form).toBe(form.normalize('NFC').toLowerCase())
          expect(monthOf.get(form) ?? index, `${pack.lang}: "${form}" is another language's month`).toBe(index)
          monthOf.set(form, index)
        }
      })
    }
    expect(monthOf.get('märz')).toBe(2)
    expect(monthOf.get('sept')).toBe(8)
  })

  it('is listed in the README as coverage() gives it', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
    const start = readme.indexOf(tableMarkers.start)
    const end = readme.indexOf(tableMarkers.end)
    expect(start, 'README.md has no languages table').toBeGreaterThan(0)
    const table = readme.slice(start + tableMarkers.start.length, end).trim()
    expect(table, 'stale: run node packages/core/scripts/languages-table.mjs').toBe(coverageTable())
  })
})
