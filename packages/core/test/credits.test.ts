import {describe, expect, it} from 'vitest'
import {creditsOf, relatorCodes} from '../src/index.js'

const person = (name: string, role: 'interviewee' | 'interviewer' | 'author') => ({
  name,
  role,
  affiliation: null,
  source: 'inferred' as const,
  evidence: ''
})

describe('creditsOf', () => {
  it('makes interviewees and authors the creators and interviewers the contributors, in order', () => {
    const credits = creditsOf({
      people: [person('Asker', 'interviewer'), person('Answerer', 'interviewee'), person('Writer', 'author')]
    })
    expect(credits.creators.map((p) => p.name)).toEqual(['Answerer', 'Writer'])
    expect(credits.contributors.map((p) => [p.name, relatorCodes[p.role]])).toEqual([['Asker', 'ivr']])
    expect(relatorCodes.interviewee).toBe('ive')
  })
})
