/**
 * Who answered each turn (issue 22, "who answered is lost"): where two or more people answer one
 * question in turn, the answer is a sequence of turns, each with its speaker (`QA.turns`); core
 * labels each turn once (`presentSpeakers`), the key point names who said the quoted sentence, and
 * the record, the qa rows and the SQLite rows carry the speaker of every turn. Fixture: a press
 * conference where two ministers answer one question (`press-conference-two-answer-one-question`).
 */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {
  answerTurns,
  defaultCollection,
  normalizeSource,
  peopleOf,
  present,
  type Publication,
  sqliteTables,
  toQaRows,
  toRecord,
  toTableRows,
  validatePublication
} from '../src/index.js'
import {readFixture} from './helpers/read-fixture.js'

const fixture = (name: string): Publication => {
  const result = normalizeSource(readFixture(path.join(import.meta.dirname, 'fixtures', name)))
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '))
  return result.publication
}
const panel = fixture('press-conference-two-answer-one-question')
const single = fixture('press-conference-two-answerers')

describe('normalizeSource (answer turns)', () => {
  it('records a change of answerer inside an answer as a new turn, the label stripped from the text', () => {
    expect(panel.qa.map((qa) => [qa.answerer, qa.turns.map((turn) => `${turn.start}: ${turn.speaker}`)])).toEqual([
      ['Minister Okafor', ['0: Minister Okafor', '1: Minister Lindqvist']],
      ['Minister Lindqvist', ['0: Minister Lindqvist']],
      ['Minister Okafor', ['0: Minister Okafor', '1: Minister Lindqvist', '2: Minister Okafor']],
      ['Minister Lindqvist', ['0: Minister Lindqvist', '1: Minister Okafor']]
    ])
    const texts = panel.qa.flatMap((qa) => qa.answer.map((block) => block.text))
    expect(texts.filter((text) => /Minister|:/.test(text))).toEqual([])
  })

  it('never starts a turn at a heading that reads like a label, and strips the answerer’s label', () => {
    const source = [
      '# Summer camp on the lake',
      '## Part 1: Getting ready',
      '**Kronika:** When did you start planning?',
      '**Magda:** In January. First the place, then the transport, then the staff.',
      '**Kronika:** Was there a fallback place?',
      '**Magda:** There was, but nobody wanted to say it aloud.',
      '## Part 2: The storm',
      '**Kronika:** The storm came on the third night. What happened?',
      '**Magda:** We packed everything into the barn in twenty minutes.'
    ].join('\n\n')
    const result = normalizeSource({path: 'camp.md', bytes: new TextEncoder().encode(source), meta: null})
    if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '))
    const second = result.publication.qa[1]!
    expect(second.answer.map((block) => block.text)).toEqual([
      'There was, but nobody wanted to say it aloud.',
      'Part 2: The storm'
    ])
    expect(second.turns).toEqual([{speaker: 'Magda', affiliation: null, start: 0}])
  })

  it('gives an answer with one speaker one turn from its first block', () => {
    expect(single.qa.map((qa) => qa.turns)).toEqual(
      single.qa.map((qa) => [{speaker: qa.answerer, affiliation: null, start: 0}])
    )
  })

  it('cuts an answer into its turns’ blocks', () => {
    const turns = answerTurns(panel.qa[0]!)
    expect(turns.map((turn) => [turn.speaker, turn.blocks.map((block) => block.text)])).toEqual([
      ['Minister Okafor', ['The toll stays for two years. It pays for the maintenance contract.']],
      [
        'Minister Lindqvist',
        [
          'We will ask for residents to be exempt from the first month.',
          'We have written to the ministry this morning.'
        ]
      ]
    ])
  })
})

describe('presentSpeakers (answer turns)', () => {
  it('labels each turn of an answer with its own speaker, in the language’s form, linking their page', () => {
    const {speakers} = present(panel, defaultCollection)
    expect(
      speakers.map((turn) => turn.turns.map(({speaker, start, end}) => `${start}–${end} ${speaker?.runIn}`))
    ).toEqual([
      ['0–1 Minister Okafor: ', '1–3 Minister Lindqvist: '],
      ['0–1 Minister Lindqvist: '],
      ['0–1 Minister Okafor: ', '1–2 Minister Lindqvist: ', '2–3 Minister Okafor: '],
      ['0–1 Minister Lindqvist: ', '1–2 Minister Okafor: ']
    ])
    expect(speakers[0]!.answerer).toEqual(speakers[0]!.turns[0]!.speaker)
    expect(speakers[0]!.turns[1]!.speaker).toMatchObject({name: 'Minister Lindqvist', text: 'Minister Lindqvist:'})
    // Both ministers under the fullest name their labels print (issue 22: one form for each).
    expect(speakers[0]!.turns.map((turn) => turn.speaker?.slug)).toEqual(['minister-okafor', 'minister-lindqvist'])
  })

  it('names who said the quoted sentence in the key point, without a label in the quote', () => {
    const [first] = present(panel, defaultCollection).keyPoints.points
    expect(first!.prefix.text).toBe('Opening sentence of the answer (Minister Okafor): ')
    // A short first sentence is quoted with the next one (`leadSentence`): the first answerer's, without a label.
    expect(first!.lead?.text).toBe('The toll stays for two years. It pays for the maintenance contract.')
  })

  it('lists a later turn on its speaker’s page, with its own line and sentence', () => {
    const lindqvist = peopleOf(panel).people.find((person) => person.name === 'Minister Lindqvist')
    expect(lindqvist?.turns.map((turn) => [turn.id, turn.label, turn.line, turn.excerpt])).toEqual([
      ['q1', 'Minister Lindqvist', 9, 'We will ask for residents to be exempt from the first month.'],
      ['q2', 'Minister Lindqvist', 15, 'Yes, from the first of April, every ten minutes.'],
      ['q3', 'Minister Lindqvist', 21, 'And my ministry pays for the lights.'],
      ['q4', 'Minister Lindqvist', 27, 'At the end of the month.']
    ])
  })
})

describe('toRecord, toQaRows and toTableRows (answer turns)', () => {
  it('gives every question its turns: who spoke and how many paragraphs of the answer', () => {
    expect(toRecord(panel).qa.map((qa) => qa.turns)).toEqual([
      [
        {speaker: 'Minister Okafor', affiliation: null, paragraphs: 1},
        {speaker: 'Minister Lindqvist', affiliation: null, paragraphs: 2}
      ],
      [{speaker: 'Minister Lindqvist', affiliation: null, paragraphs: 1}],
      [
        {speaker: 'Minister Okafor', affiliation: null, paragraphs: 1},
        {speaker: 'Minister Lindqvist', affiliation: null, paragraphs: 1},
        {speaker: 'Minister Okafor', affiliation: null, paragraphs: 1}
      ],
      [
        {speaker: 'Minister Lindqvist', affiliation: null, paragraphs: 1},
        {speaker: 'Minister Okafor', affiliation: null, paragraphs: 1}
      ]
    ])
    expect(toQaRows(panel).map((row) => row.turns)).toEqual(toRecord(panel).qa.map((qa) => qa.turns))
    expect(validatePublication(panel)).toEqual([])
  })

  it('gives each answer paragraph’s SQLite row its own speaker, each turn’s paragraphs numbered from 1', () => {
    const columns = sqliteTables.find((table) => table.name === 'turns')!.columns.map((column) => column.name)
    const rows = toTableRows(panel).turns.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])))
    expect(
      rows
        .filter((row) => row['questionId'] === 'q1')
        .map((row) => [row['role'], row['paragraph'], row['speaker'], row['speakerId']])
    ).toEqual([
      ['asker', 1, 'Anna Weber', 'anna-weber'],
      ['answerer', 1, 'Minister Okafor', 'minister-okafor'],
      ['answerer', 1, 'Minister Lindqvist', 'minister-lindqvist'],
      ['answerer', 2, 'Minister Lindqvist', 'minister-lindqvist']
    ])
  })
})
