/**
 * Who asked, and for whom (issue 22, "Who answered/asked"): what a speaker label says in brackets
 * ("Luis Moreno (El País):", "Reporter (Reuters):", "Q (Tass):") is the speaker's affiliation in the
 * model (`QA.askerAffiliation`, `AnswerTurn.affiliation`), no longer a part of the line removed; a
 * time stamp in brackets ("Speaker 1 (01:02):") is still removed. A named person takes the outlet
 * as their affiliation; no outlet of the publication is made from it. At a press conference the
 * credit says who put the questions, not who "interviewed", with each name in one form.
 */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {defaultCollection, interfaceWords, languages, normalizeSource, present, type Publication} from '../src/index.js'
import {terms as english} from '../src/lib/languages/en/terms.js'
import {readFixture} from './helpers/read-fixture.js'

const fixture = (name: string): Publication => {
  const result = normalizeSource(readFixture(path.join(import.meta.dirname, 'fixtures', name)))
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '))
  return result.publication
}
const text = (source: string, name = 'input.txt'): Publication => {
  const result = normalizeSource({path: name, bytes: new TextEncoder().encode(source), meta: null})
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '))
  return result.publication
}
const panel = fixture('press-conference-two-answer-one-question')
const reporters = fixture('press-conference-reporter-labels')

const briefing = [
  'Press briefing by the spokesperson, 4 May 2024',
  'The spokesperson took questions from the press.',
  'Reporter (Reuters): Will the talks resume next week?',
  'Spokesperson: They will resume on Tuesday in Geneva.',
  'Q (Tass): Who will lead the delegation?',
  'Spokesperson: The deputy minister will lead it.',
  'Journalist (AFP): Is a joint statement planned?',
  'Minister Okafor (Transport): Not at this stage.'
].join('\n\n')

describe('a speaker label’s affiliation in the model', () => {
  it('keeps what each asker’s label says in brackets, question by question', () => {
    expect(panel.qa.map((qa) => [qa.asker, qa.askerAffiliation])).toEqual([
      ['Anna Weber', 'Reuters'],
      ['Luis Moreno', 'El País'],
      ['Anna Weber', 'Reuters'],
      ['Luis Moreno', 'El País']
    ])
    // One role word, four outlets: each question keeps its own.
    expect(reporters.qa.map((qa) => qa.askerAffiliation)).toEqual(['Reuters', 'AFP', 'Bloomberg', 'CCTV', 'Reuters'])
  })

  it('reads a reporter’s "Q (Tass):" and an answerer’s bracket too', () => {
    const publication = text(briefing)
    expect(publication.qa.map((qa) => [qa.asker, qa.askerAffiliation])).toEqual([
      ['Reporter', 'Reuters'],
      ['Q', 'Tass'],
      ['Journalist', 'AFP']
    ])
    expect(publication.qa[2]!.turns).toEqual([{speaker: 'Minister Okafor', affiliation: 'Transport', start: 0}])
    const prefixed = text(
      [
        'Briefing, 4 May 2024',
        'Q (Tass): Will the talks resume?',
        'A: On Tuesday.',
        'Q: Who leads?',
        'A: The deputy minister.'
      ].join('\n\n')
    )
    expect(prefixed.qa.map((qa) => [qa.asker, qa.askerAffiliation, qa.question.text])).toEqual([
      ['Q', 'Tass', 'Will the talks resume?'],
      [null, null, 'Who leads?']
    ])
    // Every format labels it as the source printed it: "Q (Tass):", never "Tass:" (the question word kept).
    expect(present(prefixed, defaultCollection).speakers[0]!.asker).toMatchObject({text: 'Q (Tass):', name: 'Q'})
    expect(prefixed.people).toEqual([])
  })

  it('no longer lists the bracket as removed: the line is the question’s, every character in the model', () => {
    expect(panel.removed.filter((entry) => entry.rule === 'structure/label-affiliation')).toEqual([])
    expect(panel.lines[4]).toBe('question')
    const publication = text(briefing)
    expect(publication.removed).toEqual([])
  })

  it('still removes a time stamp in brackets, which is no affiliation', () => {
    const publication = fixture('asker-without-question-marks')
    const stamps = publication.removed.filter((entry) => entry.rule === 'structure/label-stamp')
    expect(stamps.length).toBeGreaterThan(0)
    expect(stamps.every((entry) => /^\(\d{1,2}:\d{2}(?::\d{2})?\)$/.test(entry.text))).toBe(true)
    expect(publication.qa.every((qa) => qa.askerAffiliation === null)).toBe(true)
    expect(publication.qa.flatMap((qa) => qa.turns).every((turn) => turn.affiliation === null)).toBe(true)
  })

  it('gives a named person the outlet, and invents no outlet of the publication nor a person from a role word', () => {
    expect(panel.people.map((person) => [person.name, person.affiliation])).toEqual([
      ['Anna Weber', 'Reuters'],
      ['Luis Moreno', 'El País'],
      ['Minister Okafor', null],
      ['Minister Lindqvist', null]
    ])
    expect(panel.outlets).toEqual([])
    expect(reporters.outlets).toEqual([])
    expect(reporters.people.some((person) => person.affiliation !== null)).toBe(false)
  })
})

describe('every format’s labels and the press conference’s credit (core)', () => {
  it('labels the asker with the outlet, as the source printed it', () => {
    const {speakers} = present(panel, defaultCollection)
    expect(speakers[1]!.asker).toMatchObject({
      name: 'Luis Moreno',
      affiliation: 'El País',
      text: 'Luis Moreno (El País):',
      runIn: 'Luis Moreno (El País): ',
      slug: 'luis-moreno'
    })
    // "Q (Tass):" names nobody: the outlet alone, linking no page.
    const tass = present(text(briefing), defaultCollection).speakers[1]!.asker
    expect(tass).toMatchObject({name: 'Q', text: 'Q (Tass):'})
  })

  it('keeps the answerer’s affiliation on the key point’s label; the quoted sentence’s prefix names the speaker', () => {
    const point = present(text(briefing), defaultCollection).keyPoints.points[2]!
    expect(point.answerer).toMatchObject({name: 'Minister Okafor', affiliation: 'Transport'})
    expect(point.prefix.text).toBe('Opening sentence of the answer (Minister Okafor): ')
  })

  it('credits reporters with questions, each minister under one form of the name', () => {
    const {byline, citation} = present(panel, defaultCollection)
    expect(byline.line?.text).toBe(
      'Minister Okafor and Minister Lindqvist, with questions from Anna Weber (Reuters) and Luis Moreno (El País)'
    )
    expect(byline.runs.filter((run) => run.slug).map((run) => run.text)).toEqual([
      'Minister Okafor',
      'Minister Lindqvist',
      'Anna Weber',
      'Luis Moreno'
    ])
    expect(citation.text).toMatch(
      /^Minister Okafor and Minister Lindqvist, with questions from Anna Weber and Luis Moreno\. /
    )
    expect(present(reporters, defaultCollection).byline.line?.text).toBe(
      'Lin Jian, with questions from Reuters, AFP, Bloomberg and CCTV'
    )
  })

  it('says it in the publication’s language, from core’s terms', () => {
    const french = present(fixture('press-conference-french-colon'), defaultCollection)
    expect(french.byline.line).toMatchObject({
      text: 'Marc Fesneau, avec les questions de Claire Martin (Le Monde) et Julien Roux (Ouest-France)',
      lang: 'fr'
    })
    expect(english.withQuestionsFrom).toBe('{interviewees}, with questions from {interviewers}')
  })

  it('has both terms translated in every language pack with terms, placeholders kept', () => {
    const packs = Object.keys(languages)
    expect(packs.length).toBeGreaterThanOrEqual(12)
    for (const code of packs) {
      const words = interfaceWords(code)
      expect(words.langOf('withQuestionsFrom'), code).toBe(code)
      expect(words.langOf('questionsFrom'), code).toBe(code)
      const both = words.term('withQuestionsFrom', {interviewees: 'A', interviewers: 'B'})
      expect(both, code).toMatch(/A.*B|B.*A/u)
      expect(words.term('questionsFrom', {names: 'B'}), code).toContain('B')
    }
  })

  it('keeps "interviewed by" for one interviewer', () => {
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
    expect(present(interview, defaultCollection).byline.line?.text).toBe('Ingrid Solano interviewed by Anna Weber')
  })

  it('keeps "interviewed by" for a newspaper\'s two interviewers, whose labels name no outlet', () => {
    const interview = text(
      [
        'Talking rivers',
        'Anna Weber and Tomas Greer spoke with Ingrid Solano.',
        'Anna Weber: Why did you write this book?',
        'Ingrid Solano: Because nobody else would. It took ten years.',
        'Tomas Greer: What surprised you most?',
        'Ingrid Solano: How little we knew about the river.'
      ].join('\n\n')
    )
    expect(present(interview, defaultCollection).byline.line?.text).toMatch(
      /^Ingrid Solano interviewed by (?:Anna Weber and Tomas Greer|Tomas Greer and Anna Weber)$/
    )
  })
})
