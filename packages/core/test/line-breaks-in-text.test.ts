/**
 * A hard line break (`<br>`, Markdown's trailing backslash) separates words in every plain text the
 * model gives: the dataset, qa.csv, the search index, key points and warnings all read `text`, which
 * glued "sides<br>agreed" into "sidesagreed" (field case 20, issue 22).
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {normalizeSource, toRecord} from '../src/index.js'
import {plainText} from '../src/lib/text/plain-text.js'

const page = readFileSync(new URL('./field-cases/20-br-glued-words/sources/border-talks.html', import.meta.url))

describe('line breaks in plain text', () => {
  it('are line ends, not nothing', () => {
    expect(
      plainText({
        type: 'paragraph',
        children: [{type: 'text', value: 'both sides'}, {type: 'break'}, {type: 'text', value: 'agreed'}]
      })
    ).toBe('both sides\nagreed')
  })

  it('keep the words of a saved page apart in the dataset, and its headline equal to its <title>', () => {
    const result = normalizeSource({path: 'border-talks.html', bytes: page, meta: null})
    if (!result.ok) throw new Error('did not normalize')
    const record = JSON.stringify(toRecord(result.publication))
    for (const pair of ['sides agreed', 'statement when', 'building and', 'waiting at', 'staff on', 'families on'])
      expect(record).toContain(pair)
    for (const glued of ['sidesagreed', 'statementwhen', 'buildingand', 'waitingat', 'staffon', 'familieson'])
      expect(record).not.toContain(glued)
    expect(result.publication.title.text).toBe('Border talks resume after a year of silence')
    expect(result.publication.warnings.map((w) => w.code)).not.toContain('metadata/title-disagrees')
  })

  it('turn Markdown hard breaks into spaces in a question and its answer', () => {
    const source = 'Q: Where did the talks\\\ntake place?\n\nA: In a hotel near\\\nthe crossing.\n'
    const result = normalizeSource({path: 'breaks.md', bytes: new TextEncoder().encode(source), meta: null})
    if (!result.ok) throw new Error('did not normalize')
    const record = toRecord(result.publication)
    expect(record.qa[0]?.question).toBe('Where did the talks take place?')
    expect(record.qa[0]?.answer).toEqual(['In a hotel near the crossing.'])
  })
})
