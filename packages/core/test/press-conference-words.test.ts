/**
 * A press conference is not an interview (issue 22): where the press put the questions
 * (`questionsFromPress`), core's presentation calls the text a press conference in its kicker and
 * facts (`kindTermOf`), its askers "Reporters" in the facts row, and the dataset's record gives them
 * the role `reporter`, which the record's JSON Schema allows (ajv, through `validatePublication`). A
 * newspaper's interview keeps "Interview", "Interviewer" and `interviewer`.
 */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {
  defaultCollection,
  interfaceWords,
  languages,
  normalizeSource,
  present,
  type Publication,
  toRecord,
  validatePublication
} from '../src/index.js'
import {readFixture} from './helpers/read-fixture.js'

const fixture = (name: string): Publication => {
  const result = normalizeSource(readFixture(path.join(import.meta.dirname, 'fixtures', name)))
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '))
  return result.publication
}
const text = (source: string): Publication => {
  const result = normalizeSource({path: 'input.txt', bytes: new TextEncoder().encode(source), meta: null})
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '))
  return result.publication
}

const panel = fixture('press-conference-two-answer-one-question')
const interview = text(
  [
    'Talking rivers',
    'Anna Weber (Reuters) spoke with Ingrid Solano.',
    'Anna Weber (Reuters): Why did you write this book?',
    'Ingrid Solano: Because nobody else would. It took ten years.',
    'Anna Weber (Reuters): What surprised you most?',
    'Ingrid Solano: How little we knew about the river.'
  ].join('\n\n')
)

describe('a press conference’s words', () => {
  it('is a press conference in the kicker and the facts, an interview stays one', () => {
    const presented = present(panel, defaultCollection)
    expect(presented.titleBlock.kicker).toMatchObject({text: 'Press conference', lang: 'en'})
    expect(presented.facts.kind.text).toBe('Press conference')
    expect(present(interview, defaultCollection).titleBlock.kicker.text).toBe('Interview')
    const french = present(fixture('press-conference-french-colon'), defaultCollection)
    expect(french.titleBlock.kicker).toMatchObject({text: 'Conférence de presse', lang: 'fr'})
  })

  it('calls the askers reporters in the facts row, an interviewer stays one', () => {
    const groups = present(panel, defaultCollection).byline.groups
    const askers = groups.find((group) => group.role === 'interviewer')!
    expect(askers.label.text).toBe('Reporters')
    expect(askers.people.map((person) => person.roleLabel.text)).toEqual(['Reporter', 'Reporter'])
    const single = present(interview, defaultCollection).byline.groups.find((group) => group.role === 'interviewer')!
    expect(single.label.text).toBe('Interviewer')
    // The provenance's "how the facts were found" says so too.
    const found = present(panel, defaultCollection).provenance.entries.map((entry) => entry.label.text)
    expect(found.filter((label) => label === 'Reporter')).toHaveLength(2)
    expect(found).not.toContain('Interviewer')
  })

  it('calls those who answer speakers, an interviewee stays one', () => {
    const groups = present(panel, defaultCollection).byline.groups
    const answerers = groups.find((group) => group.role === 'interviewee')!
    expect(answerers.label.text).toMatch(/^Speakers?$/u)
    expect(answerers.people.every((person) => person.roleLabel.text === 'Speaker')).toBe(true)
    const single = present(interview, defaultCollection).byline.groups.find((group) => group.role === 'interviewee')!
    expect(single.label.text).toMatch(/^Interviewees?$/u)
  })

  it('gives the askers the role reporter in the dataset’s record, which its schema accepts', () => {
    const roles = toRecord(panel).people.map((person) => [person.name, person.role])
    expect(roles).toEqual(
      expect.arrayContaining([
        ['Anna Weber', 'reporter'],
        ['Luis Moreno', 'reporter']
      ])
    )
    expect(roles.some(([, role]) => role === 'interviewer')).toBe(false)
    expect(validatePublication(panel)).toEqual([])
    expect(toRecord(interview).people.find((person) => person.name === 'Anna Weber')?.role).toBe('interviewer')
  })

  it('has the five terms in every language pack with terms', () => {
    const packs = Object.keys(languages)
    expect(packs.length).toBeGreaterThanOrEqual(12)
    for (const code of packs) {
      const words = interfaceWords(code)
      for (const key of ['pressConference', 'reporter', 'reporters', 'speaker', 'speakers'] as const) {
        expect(words.langOf(key), `${code} ${key}`).toBe(code)
        if (code !== 'en') expect(words.term(key), `${code} ${key}`).not.toBe(interfaceWords('en').term(key))
      }
    }
  })
})
