/**
 * Hugo's TOML front matter (`+++ … +++`) is read as YAML front matter is: the title and date are
 * the editor's, blog fields are mapped or ignored with a warning, and a broken block is an error
 * naming the file and the block's line. Every word here is invented.
 */
import {describe, expect, it} from 'vitest'
import {normalizeSource} from '../src/index.js'

const source = (text: string) => ({path: 'post.md', bytes: new TextEncoder().encode(text), meta: null})

describe('TOML front matter', () => {
  it('takes the title and date from a +++ block, not its lines as text', () => {
    const result = normalizeSource(
      source(
        [
          '+++',
          'title = "The lamp room, forty years on"',
          'date = 2021-05-04T00:30:00+02:00',
          'tags = ["lighthouses", "interviews"]',
          'draft = false',
          '+++',
          '',
          'We climbed the tower with the last keeper of the Skerry light.',
          '',
          '## When did you first climb these stairs?',
          '',
          'In the spring of 1981, with a bucket of paraffin in each hand.'
        ].join('\n')
      )
    )
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '))
    const publication = result.publication
    expect(publication.title.text).toBe('The lamp room, forty years on')
    // The date as written, in its own offset (not shifted to UTC's previous day).
    expect(publication.date?.value).toBe('2021-05-04')
    expect(publication.kind).toBe('interview')
    const text = [publication.intro, ...publication.qa.map((q) => q.answer)].flat().map((b) => b.text)
    expect(text.join(' ')).not.toMatch(/\+\+\+|title =/)
    expect(publication.warnings.map((w) => [w.code, w.line])).toContainEqual(['meta/ignored-field', 1])
  })

  it('refuses a broken block with a message naming the file and line', () => {
    const result = normalizeSource(source(['+++', 'title = "Unclosed', '+++', '', 'Some text.'].join('\n')))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toMatchObject([{file: 'post.md', line: 1, code: 'meta/toml', severity: 'error'}])
  })
})
