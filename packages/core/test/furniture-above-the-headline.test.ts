/**
 * Furniture above the headline (MISSES.md "furniture above the headline wins the title"): a short
 * line the role decoder reads as page furniture loses the headline to the line below it, however
 * early it comes and whatever its wording, and is then removed.
 */
import {describe, expect, it} from 'vitest'
import {normalizeSource, roleClasses, type RoleModel} from '../src/index.js'

/** A model that reads the first line of a page as furniture and nothing else. */
function firstLineFurniture(): RoleModel {
  const K = roleClasses.length
  const weights: Record<string, number[]> = {'pos.first': new Array(K).fill(0)}
  weights['pos.first']![roleClasses.indexOf('removed')] = 6
  const flat = roleClasses.map(() => new Array(K).fill(Math.log(1 / K)))
  return {weights, bias: new Array(K).fill(0), transitions: flat, start: new Array(K).fill(Math.log(1 / K))}
}

const sentence = 'The harbour board met on a grey morning and spent most of it on the ferry timetable.'
const text = [
  'Morning Tide Radio Network',
  'Ferries return to the north pier after a long winter',
  `${sentence} ${sentence} ${sentence} ${sentence} ${sentence}`,
  `${sentence} ${sentence} ${sentence} ${sentence} ${sentence}`
].join('\n\n')
const read = (roleModel: RoleModel) => {
  const result = normalizeSource(
    {path: 'page.txt', bytes: new TextEncoder().encode(text), meta: null},
    {lang: 'en', roleModel}
  )
  if (!result.ok) throw new Error('not normalized')
  return result.publication
}

describe('furniture above the headline', () => {
  it('the first line wins when nothing says it is furniture', () => {
    expect(read({weights: {}, bias: [], transitions: [], start: []}).title.text).toBe('Morning Tide Radio Network')
  })

  it('a line the decoder reads as furniture loses the headline, and goes', () => {
    const p = read(firstLineFurniture())
    expect(p.title.text).toBe('Ferries return to the north pier after a long winter')
    expect(p.removed.map((r) => r.text)).toContain('Morning Tide Radio Network')
  })
})
