import {describe, expect, it} from 'vitest'
import {smarten, smartenTree} from '../src/lib/text/typography.js'
import type {Paragraph} from 'mdast'

describe('smarten', () => {
  it('writes every leading elision with an apostrophe', () => {
    expect(smarten("kept going 'til the station closed")).toBe('kept going ’til the station closed')
    expect(smarten("We played 'em everything")).toBe('We played ’em everything')
    expect(smarten("to say 'Tis the season")).toBe('to say ’Tis the season')
    expect(smarten("In '94. I was the class of '92")).toBe('In ’94. I was the class of ’92')
    expect(smarten("closed in '08. The '90s")).toBe('closed in ’08. The ’90s')
    expect(smarten("about rock 'n' roll, rock 'n roll")).toBe('about rock ’n’ roll, rock ’n roll')
  })

  it('keeps a real opening quote next to an elision', () => {
    expect(smarten("the show's slogan, 'Stay up 'til the sun does', to me")).toBe(
      'the show’s slogan, ‘Stay up ’til the sun does’, to me'
    )
  })

  it('reads an opening mark that nothing closes as an elision', () => {
    expect(smarten("all 'cept the 'good' ones")).toBe('all ’cept the ‘good’ ones')
  })

  it('keeps apostrophes inside words', () => {
    expect(smarten("Sean O'Brien didn't")).toBe('Sean O’Brien didn’t')
  })

  it('sets the quotation marks of the language', () => {
    expect(smarten('He said "yes" and left.', 'en')).toBe('He said “yes” and left.')
    expect(smarten('Er sagte "ja" und ging.', 'de')).toBe('Er sagte „ja“ und ging.')
    expect(smarten('Il a dit "oui" et il est parti.', 'fr')).toBe('Il a dit «\u202Foui\u202F» et il est parti.')
    expect(smarten('Он сказал "да" и ушёл.', 'ru')).toBe('Он сказал «да» и ушёл.')
    expect(smarten('Dijo "la \'casa\' grande" ayer.', 'es')).toBe('Dijo «la “casa” grande» ayer.')
    expect(smarten('他说"好"。', 'zh')).toBe('他说“好”。')
  })

  it('leaves the source marks of a language without a convention', () => {
    expect(smarten('彼は「はい」と言った。"OK" - 終わり...', 'ja')).toBe('彼は「はい」と言った。"OK" – 終わり…')
  })

  it('normalizes to NFC', () => {
    const decomposed = 'Dvor\u030Ca\u0301k'
    expect(smarten(decomposed)).toBe('Dvořák')
    expect(smarten(decomposed)).toHaveLength(6)
  })

  it('pairs quotes across the text nodes of a block', () => {
    const tree: Paragraph = {
      type: 'paragraph',
      children: [
        {type: 'text', value: "'Stay "},
        {type: 'emphasis', children: [{type: 'text', value: 'up'}]},
        {type: 'text', value: " 'til dawn', she said."}
      ]
    }
    const out = smartenTree(tree, 'de')
    expect(
      out.children
        .map((child) =>
          'value' in child ? child.value : 'children' in child ? (child.children[0] as {value: string}).value : ''
        )
        .join('')
    ).toBe('‚Stay up ’til dawn‘, she said.')
    expect(tree.children[0]).toEqual({type: 'text', value: "'Stay "})
  })
})
