/**
 * French spacing (field case 17, issue 22; typst/typst#1920): guillemets and the high marks ? ! ; :
 * typed with ordinary spaces, or none, get the no-break spaces French sets, so no line of any format
 * starts with » ; ? or ends with «. The text of the model keeps them (the removed lines keep the
 * source's own characters).
 */
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {normalizeSource, toRecord} from '../src/index.js'
import {smarten} from '../src/lib/text/typography.js'

const show = (text: string) => text.replace(/\u202f/g, '⍽').replace(/\u00a0/g, '°')

describe('French spacing', () => {
  it('sets U+202F inside « » and before ? ! ;, U+00A0 before :, in place of a space or where none was typed', () => {
    expect(show(smarten('Il a dit : « bonjour » ; puis il est parti ?', 'fr'))).toBe(
      'Il a dit°: «⍽bonjour⍽»⍽; puis il est parti⍽?'
    )
    expect(show(smarten('Il dit «non»! Vraiment?!', 'fr'))).toBe('Il dit «⍽non⍽»⍽! Vraiment⍽?!')
    expect(show(smarten('Il dit "non" !', 'fr'))).toBe('Il dit «⍽non⍽»⍽!')
  })

  it('leaves times, addresses and other languages alone', () => {
    expect(show(smarten('À 10:30, voir https://ex.org/a?b=1;c:d ici.', 'fr'))).toBe(
      'À 10:30, voir https://ex.org/a?b=1;c:d ici.'
    )
    expect(smarten('He asked: why? Because!', 'en')).toBe('He asked: why? Because!')
  })

  it.each(readdirSync(new URL('./field-cases/17-french-quote-spaces/sources/', import.meta.url)))(
    'leaves no breakable space at « » ? ! ; : in the text of %s',
    (name) => {
      const bytes = readFileSync(new URL(`./field-cases/17-french-quote-spaces/sources/${name}`, import.meta.url))
      const result = normalizeSource({path: name, bytes, meta: null})
      if (!result.ok) throw new Error(`${name} did not normalize`)
      const {removed: _, ...record} = toRecord(result.publication)
      const text = JSON.stringify(record)
      expect(text.match(/.{12}(?:« | [»?!;:]).{4}/gu) ?? []).toEqual([])
      expect(text).toContain('\u202f»')
      // "Q :" is a question label set the French way, not an archive field: 3 and 2 questions.
      expect(result.publication.qa).toHaveLength(name.startsWith('hydrologue') ? 3 : 2)
    }
  )
})
