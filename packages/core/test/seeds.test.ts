/**
 * The two seed interviews, checked against what a careful human editor extracts from them
 * (issue 2's acceptance list), plus a reviewed golden file of the whole projection.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {seedCorpus, sourcesDir} from './helpers/seeds.js'
import {project} from './helpers/project.js'

const {corpus, first, second} = seedCorpus()

/** Source text with typography undone, for "exactly as in the source" comparisons. */
const plain = (text: string) =>
  text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/–/g, '-').replace(/…/g, '...').replace(/\s+/g, ' ').trim()
const sourceLines = (name: string) => readFileSync(path.join(sourcesDir, name), 'utf8').split('\n').map(plain)

describe('seed 000 (Geopolitica.Ru republishing a 2017 interview)', () => {
  it('finds eleven questions numbered 1..11 with their answers as in the source', () => {
    expect(first.qa.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    const lines = sourceLines('000_388b1c817c432ae6.txt')
    for (const q of first.qa) {
      expect(lines).toContain(`${q.number}. ${plain(q.question.text)}`)
      for (const paragraph of q.answer) expect(lines).toContain(plain(paragraph.text))
    }
  })
  it('reads the people, the outlets and the month-precise date', () => {
    expect(first.people.map((p) => [p.name, p.role])).toEqual([
      ['Andrew Korybko', 'interviewee'],
      ['Muhammad Taimur Khan', 'interviewer']
    ])
    expect(first.people[1]!.affiliation).toBe('Institute of Strategic Studies, Islamabad (ISSI)')
    expect(first.outlets.map((o) => [o.name, o.role])).toEqual([
      ['Geopolitica.Ru', 'republisher'],
      ['The Diplomatic Insight', 'original']
    ])
    expect(first.date).toMatchObject({value: '2017-07', precision: 'month', source: 'inferred'})
  })
  it('removes the repeated title and says the source is truncated', () => {
    expect(first.removed.map((r) => [r.line, r.rule])).toEqual([[3, 'chrome/repeated-title']])
    expect(first.truncated).toBe(true)
    expect(first.warnings.map((w) => w.code)).toContain('source/truncated')
    expect(first.qa[10]!.answer.at(-1)!.text.endsWith('political-stra')).toBe(true)
  })
})

describe('seed 002 (Global Village Space, numbering 1, 1, 3, 1, 1)', () => {
  it('finds five questions renumbered 1..5 with a warning', () => {
    expect(second.qa.map((q) => [q.number, q.sourceNumber])).toEqual([
      [1, '1'],
      [2, '1'],
      [3, '3'],
      [4, '1'],
      [5, '1']
    ])
    expect(second.warnings.map((w) => w.code)).toEqual(['structure/repaired-numbering'])
  })
  it('removes the site header and the three "Read more" lines, and nothing else', () => {
    expect(second.removed.map((r) => [r.line, r.rule])).toEqual([
      [1, 'chrome/site-header'],
      [15, 'chrome/read-more'],
      [29, 'chrome/read-more'],
      [35, 'chrome/read-more']
    ])
  })
  it('keeps the last answer in two paragraphs, split by a "Read more" line', () => {
    expect(second.qa[4]!.answer).toHaveLength(2)
    expect(second.qa[4]!.answer[1]!.text).toMatch(/^It’s the issue of India/)
  })
  it('separates the author bio and the editorial disclaimer', () => {
    expect(second.about.map((b) => b.text)).toEqual([
      expect.stringMatching(/^Andrew Korybko is a political analyst.*Eurasia\.$/)
    ])
    expect(second.notes.map((b) => b.text)).toEqual([
      expect.stringMatching(/^The views expressed in this article are the author’s own.*Global Village Space\.$/)
    ])
  })
  it('reads title, dek, date, people and outlets', () => {
    expect(second.title.text).toBe('India will be a roadblock in Russia-Pakistan relations')
    expect(second.subtitle?.text).toMatch(/writes Andrew Korybko\.$/)
    expect(second.date).toMatchObject({value: '2024-05-22', precision: 'day'})
    expect(second.people.map((p) => [p.name, p.role])).toEqual([
      ['Andrew Korybko', 'interviewee'],
      ['Adeela Jawad', 'interviewer']
    ])
    expect(second.outlets.map((o) => [o.name, o.role])).toEqual([
      ['OneWorld', 'original'],
      ['Global Village Space', 'republisher']
    ])
  })
})

describe('seeds, whole projection', () => {
  it('matches the reviewed golden files', async () => {
    for (const p of corpus.publications) {
      await expect(`${JSON.stringify(project(p), null, 2)}\n`).toMatchFileSnapshot(
        path.join(import.meta.dirname, 'golden', `${p.source.path}.json`)
      )
    }
  })
  it('accounts for every line of both seeds', () => {
    for (const p of corpus.publications) {
      const text = readFileSync(path.join(sourcesDir, p.source.path), 'utf8')
      const count = text.split('\n').length - (text.endsWith('\n') ? 1 : 0)
      expect(p.lines).toHaveLength(count)
      expect(p.lines).not.toContain(null)
    }
  })
})
