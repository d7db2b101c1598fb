/** The site's address of a publication and its questions, for formats that link back (issue 24). */
import {describe, expect, it} from 'vitest'
import {pageAddress} from '../src/index.js'

describe('pageAddress', () => {
  it('joins the base URL and the page, with or without a trailing slash, and adds the fragment', () => {
    expect(pageAddress({baseUrl: 'https://example.org/reader'}, 'a-talk')).toBe(
      'https://example.org/reader/a-talk.html'
    )
    expect(pageAddress({baseUrl: 'https://example.org/reader/'}, 'a-talk', 'q3')).toBe(
      'https://example.org/reader/a-talk.html#q3'
    )
  })

  it('is null without a base URL (a site opened from disk has no address)', () => {
    expect(pageAddress({baseUrl: null}, 'a-talk', 'q1')).toBeNull()
  })
})
