/**
 * The collection's people and outlets (issue 24): names merge only when they are the same name
 * after Unicode normalization, case folding and spacing/punctuation folding, or where the
 * normalizer read a speaker label as a person in the same publication; every merge says why.
 * Fixtures in `test/people/<behaviour>/`: each holds the sources of one small collection.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {
  indexPeople,
  nameKey,
  normalizeSource,
  peopleOf,
  present,
  defaultCollection,
  sameNameReason,
  slugOf,
  type PublicationPeople,
  type Publication
} from '../src/index.js'

/** Every source of a fixture folder (`NAME.txt` with an optional `NAME.meta.yaml`), normalized. */
function collectionOf(behaviour: string): Publication[] {
  const dir = path.join(import.meta.dirname, 'people', behaviour)
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const meta = name.replace(/\.txt$/, '.meta.yaml')
      const metaPath = path.join(dir, meta)
      const hasMeta = readdirSync(dir).includes(meta)
      const result = normalizeSource({
        path: name,
        bytes: new Uint8Array(readFileSync(path.join(dir, name))),
        meta: hasMeta ? {path: meta, text: readFileSync(metaPath, 'utf8')} : null
      })
      if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '))
      return result.publication
    })
}

const indexOf = (behaviour: string) => indexPeople(collectionOf(behaviour).map(peopleOf))

describe('nameKey', () => {
  it('folds Unicode forms, case, spaces and punctuation, and nothing else', () => {
    expect(nameKey('ANDREW  KORYBKO.')).toBe('andrew korybko')
    expect(nameKey('Ｍａｒｃ Fesneau')).toBe('marc fesneau')
    expect(nameKey('Straße')).toBe(nameKey('STRASSE'))
    expect(nameKey('José Ruiz')).not.toBe(nameKey('Jose Ruiz'))
    expect(nameKey('Андрей Корыбко')).toBe('андрей корыбко')
  })
})

describe('sameNameReason', () => {
  it('names the foldings that made two spellings one name', () => {
    expect(sameNameReason('Andrew Korybko', 'Andrew Korybko')).toBe('same name')
    expect(sameNameReason('Andrew Korybko', 'andrew korybko')).toBe('same name, case-folded')
    expect(sameNameReason('Andrew Korybko', 'Andrew  Korybko.')).toBe('same name, spaces and punctuation folded')
    expect(sameNameReason('Andrew Korybko', 'Andrew Korybco')).toBeNull()
  })
})

describe('slugOf', () => {
  it('gives ASCII names their own words and every other name a hash of its key', () => {
    expect(slugOf(nameKey('Andrew Korybko'))).toBe('andrew-korybko')
    expect(slugOf(nameKey('José Ruiz'))).toMatch(/^jose-ruiz--[0-9a-f]{12}$/)
    expect(slugOf(nameKey('Андрей Корыбко'))).toMatch(/^name--[0-9a-f]{12}$/)
    expect(slugOf(nameKey('Jose Ruiz'))).toBe('jose-ruiz')
  })

  it('is the same on every call and differs for names that read alike in ASCII', () => {
    const keys = ['José Ruiz', 'Jose Ruiz', 'Josè Ruiz', 'JOSÉ RUIZ', 'Андрей Корыбко', 'Андрій Корибко'].map(nameKey)
    const slugs = keys.map(slugOf)
    expect(keys.map(slugOf)).toEqual(slugs)
    // "JOSÉ RUIZ" is "José Ruiz" case-folded: one key, one slug.
    expect(new Set(slugs).size).toBe(5)
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/)
  })
})

describe('indexPeople', () => {
  it('keeps two spellings of a name apart', () => {
    const {people} = indexOf('two-spellings-stay-apart')
    expect(people.map((person) => [person.name, person.publications.length, person.reasons])).toEqual([
      ['Andrew Korybco', 1, []],
      ['Andrew Korybko', 1, []]
    ])
  })

  it('merges the same name in another case, and says why', () => {
    const {people} = indexOf('same-name-other-case-merges')
    const korybko = people.find((person) => person.slug === 'andrew-korybko')!
    expect(korybko.publications.map((entry) => [entry.publication.source, entry.name, entry.affiliations])).toEqual([
      ['b.txt', 'ANDREW  KORYBKO', []],
      ['a.txt', 'Andrew Korybko', ['OneWorld']]
    ])
    expect(korybko.reasons).toEqual([
      '“Andrew Korybko” in a.txt and “ANDREW  KORYBKO” in b.txt: same name, case-folded, spaces and punctuation folded'
    ])
    expect(korybko.variants).toEqual(['ANDREW  KORYBKO', 'Andrew Korybko'])
    // Every answer of both publications is his: each interview names him as its only interviewee.
    expect(korybko.publications.flatMap((entry) => entry.turns.map((turn) => [turn.id, turn.side]))).toEqual([
      ['q1', 'answer'],
      ['q2', 'answer'],
      ['q1', 'answer'],
      ['q2', 'answer']
    ])
    expect(korybko.publications[0]!.turns[0]!.attribution).toBe(
      'no speaker label; the publication’s only interviewee is “ANDREW  KORYBKO”'
    )
    const jawad = people.find((person) => person.name === 'Adeela Jawad')!
    expect(jawad.publications[0]!.turns.map((turn) => [turn.side, turn.excerpt])).toEqual([
      ['question', 'What did the talks change?'],
      ['question', 'What comes next?']
    ])
  })

  it('keeps a Cyrillic and a Latin name apart, each with a usable slug', () => {
    const {people} = indexOf('cyrillic-and-latin-stay-apart')
    expect(people.map((person) => person.name)).toEqual(['Andrew Korybko', 'Андрей Корыбко'])
    expect(people[1]!.slug).toMatch(/^name--[0-9a-f]{12}$/)
    expect(people[1]!.publications[0]!.turns[0]!.excerpt).toBe(
      'Они изменили тон больше, чем суть. Обе стороны хотят, чтобы их видели за столом переговоров.'
    )
  })

  it('joins initials to a name only where the normalizer read them so, with the source and line', () => {
    const {people} = indexOf('initials-label-resolved')
    const anna = people.find((person) => person.name === 'Anna Kowalczyk')!
    expect(anna.variants).toEqual(['Anna Kowalczyk', 'AK'])
    expect(anna.reasons[0]).toBe('label “AK” read as “Anna Kowalczyk” by the normalizer in a.txt, line 7')
    // By date: a.txt is undated, so it comes last.
    expect(anna.publications.map((entry) => [entry.publication.source, entry.turns.length])).toEqual([
      ['b.txt', 2],
      ['a.txt', 3]
    ])
    expect(anna.publications[1]!.turns[0]!.attribution).toBe(
      'speaker label “AK”, read as “Anna Kowalczyk” by the normalizer'
    )
    // The asker's initials "TK" name Tomás Kerr of the intro: his questions, not Anna's.
    const kerr = people.find((person) => person.name === 'Tomás Kerr')!
    expect(kerr.publications[0]!.turns.length).toBe(3)
    expect(kerr.publications[0]!.turns.every((turn) => turn.side === 'question')).toBe(true)
  })

  it('gives the same index whatever the order of the parts', () => {
    const parts = collectionOf('same-name-other-case-merges').map(peopleOf)
    expect(indexPeople([...parts].reverse())).toEqual(indexPeople(parts))
  })

  it('resolves two keys that share a slug deterministically, in key order', () => {
    const part = (id: string, name: string, key: string): PublicationPeople => ({
      publication: {id, title: id, lang: 'en', kind: 'interview', date: null, source: `${id}.txt`},
      people: [
        {key, slug: 'same-slug', name, labels: [], roles: ['interviewee'], affiliations: [], reasons: [], turns: []}
      ],
      outlets: []
    })
    const parts = [part('b', 'Zed', 'zed'), part('a', 'Amy', 'amy'), part('c', 'Bea', 'bea')]
    const slugs = (list: PublicationPeople[]) => indexPeople(list).people.map((person) => [person.key, person.slug])
    expect(slugs(parts)).toEqual([
      ['amy', 'same-slug'],
      ['bea', 'same-slug-2'],
      ['zed', 'same-slug-3']
    ])
    expect(slugs([...parts].reverse())).toEqual(slugs(parts))
  })

  it('lists outlets with their role in each publication, merged as names are', () => {
    const {outlets} = indexOf('same-name-other-case-merges')
    expect(
      outlets.map((outlet) => [
        outlet.slug,
        outlet.name,
        outlet.publications.map((entry) => [entry.publication.source, entry.role]),
        outlet.reasons
      ])
    ).toEqual([
      ['global-village-space', 'Global Village Space', [['b.txt', 'original']], []],
      [
        'oneworld',
        'ONEWORLD',
        [
          ['b.txt', 'republisher'],
          ['a.txt', 'original']
        ],
        ['“OneWorld” in a.txt and “ONEWORLD” in b.txt: same name, case-folded']
      ]
    ])
  })
})

describe('present', () => {
  it('links the byline names and speaker labels to the people index slugs', () => {
    const [publication] = collectionOf('initials-label-resolved')
    const presentation = present(publication!, defaultCollection)
    expect(presentation.byline.runs).toEqual([
      {text: 'Anna Kowalczyk', slug: 'anna-kowalczyk'},
      {text: ' interviewed by '},
      {text: 'Tomás Kerr', slug: expect.stringMatching(/^tomas-kerr--[0-9a-f]{12}$/)}
    ])
    expect(presentation.speakers[0]!.answerer).toMatchObject({name: 'AK', slug: 'anna-kowalczyk'})
    expect(presentation.speakers[0]!.asker).toMatchObject({name: 'TK', slug: presentation.byline.runs[2]!.slug})
  })
})
