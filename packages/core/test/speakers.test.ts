/**
 * Who speaks in each turn (issue 22): core presents the asker's and answerer's labels once, as the
 * source printed the names, with the colon of the publication's language, and the dataset record
 * gives the names; a turn without a label has none, and none is made up. Fixtures: a press
 * conference with two answerers, a French one (no-break space before the colon), a Persian one.
 */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {
  defaultCollection,
  normalizeSource,
  present,
  speakerLabel,
  speakerName,
  toRecord,
  type Publication
} from '../src/index.js'
import {readFixture} from './helpers/read-fixture.js'

const fixture = (name: string): Publication => {
  const result = normalizeSource(readFixture(path.join(import.meta.dirname, 'fixtures', name)))
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '))
  return result.publication
}
const collection = defaultCollection
const twoAnswerers = fixture('press-conference-two-answerers')
const french = fixture('press-conference-french-colon')
const persian = fixture('press-conference-persian-speakers')
const unlabelled = fixture('qa-prefixes')

describe('presentSpeakers', () => {
  it('labels each turn of a press conference with its own asker and answerer', () => {
    const {speakers} = present(twoAnswerers, collection)
    expect(speakers.map((turn) => [turn.id, turn.asker?.runIn, turn.answerer?.text])).toEqual([
      ['q1', 'Anna Weber (Reuters): ', 'Minister Okafor:'],
      ['q2', 'Luis Moreno (El País): ', 'Minister Lindqvist:'],
      ['q3', 'Anna Weber (Reuters): ', 'Minister Okafor:'],
      ['q4', 'Luis Moreno (El País): ', 'Minister Lindqvist:']
    ])
    expect(speakers[0]!.answerer).toEqual({
      name: 'Minister Okafor',
      text: 'Minister Okafor:',
      runIn: 'Minister Okafor: ',
      lang: 'en',
      dir: 'ltr',
      // The fullest name the labels print (issue 22: one form for each minister): his page's slug.
      slug: 'minister-okafor'
    })
  })

  it('puts a no-break space before the colon in French', () => {
    const [first] = present(french, collection).speakers
    expect(first!.asker).toMatchObject({
      name: 'Claire Martin',
      affiliation: 'Le Monde',
      runIn: 'Claire Martin (Le Monde)\u00A0: ',
      lang: 'fr'
    })
    expect(first!.answerer).toMatchObject({name: 'Marc Fesneau', text: 'Marc Fesneau\u00A0:'})
  })

  it('keeps the labels in the publication’s language and direction when the interface is another', () => {
    const [first] = present(persian, collection, {lang: 'en'}).speakers
    expect(first!.answerer).toEqual({
      name: 'ناصر کنعانی',
      text: 'ناصر کنعانی:',
      runIn: 'ناصر کنعانی: ',
      lang: 'fa',
      dir: 'rtl',
      slug: 'name--e0fd1ab5740e'
    })
    expect(speakerLabel('何明远', 'zh')?.runIn).toBe('何明远：')
  })

  it('gives no label where the source printed none', () => {
    const {speakers} = present(unlabelled, collection)
    expect(speakers.length).toBe(unlabelled.qa.length)
    expect(speakers.every((turn) => turn.asker === null && turn.answerer === null)).toBe(true)
  })
})

describe('speakerName', () => {
  it('cleans white space, direction overrides and a leftover colon, and changes nothing else', () => {
    expect(speakerName('  MR   LARKSPUR :')).toBe('MR LARKSPUR')
    expect(speakerName('Eve\u202E Smith')).toBe('Eve Smith')
    expect(speakerName('記 者')).toBe('記 者')
    expect(speakerName(' : ')).toBeNull()
    expect(speakerName(null)).toBeNull()
  })
})

describe('present (key points)', () => {
  it('names who answered in the label before each quoted sentence, in the label’s language', () => {
    const points = present(twoAnswerers, collection).keyPoints.points
    expect(points.map((point) => point.prefix.text)).toEqual([
      'Opening sentence of the answer (Minister Okafor): ',
      'Opening sentence of the answer (Minister Lindqvist): ',
      'Opening sentence of the answer (Minister Okafor): ',
      'Opening sentence of the answer (Minister Lindqvist): '
    ])
    expect(present(french, collection).keyPoints.points[0]!.prefix.text).toBe(
      'Première phrase de la réponse (Marc Fesneau)\u00A0: '
    )
    expect(present(unlabelled, collection).keyPoints.points[0]!.prefix.text).toBe('Opening sentence of the answer: ')
  })
})

describe('toRecord (speakers)', () => {
  it('gives each question its asker and answerer, null without a label', () => {
    expect(toRecord(twoAnswerers).qa.map((q) => [q.asker, q.answerer])).toEqual([
      ['Anna Weber', 'Minister Okafor'],
      ['Luis Moreno', 'Minister Lindqvist'],
      ['Anna Weber', 'Minister Okafor'],
      ['Luis Moreno', 'Minister Lindqvist']
    ])
    expect(toRecord(french).qa[1]).toMatchObject({asker: 'Julien Roux', answerer: 'Marc Fesneau'})
    expect(toRecord(unlabelled).qa.every((q) => q.asker === null && q.answerer === null)).toBe(true)
  })
})
