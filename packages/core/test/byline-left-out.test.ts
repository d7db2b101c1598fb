/**
 * A saved page's byline that the extractor leaves out as page metadata (issue 22): it is removed
 * from the text with its reason, and the name it prints is recorded as the author, with the line
 * as evidence, when the page's metadata names nobody.
 */
import {describe, expect, it} from 'vitest'
import {normalizeSource} from '../src/index.js'

// Invented names and places.
const page = (byline: string, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour tolls rise across the delta</title>${head}</head>
<body><article><h1>Harbour tolls rise across the delta</h1>
${byline}
<p>The harbour board of Kestrin set new tolls on Monday, after two years of argument between the ferry owners and the grain merchants about who pays for dredging.</p>
<p>Merchants said the new tolls would be passed on to bakers within a month, while ferry owners welcomed the decision and promised new timetables for the spring.</p>
</article></body></html>`

const read = (html: string) => {
  const result = normalizeSource({path: 'harbour-tolls.html', bytes: new TextEncoder().encode(html), meta: null})
  if (!result.ok) throw new Error('did not normalize')
  return result.publication
}

describe('a byline read as page metadata', () => {
  it.each([
    ['<div class="byline">By Orsolya Trenchard</div>', 'By Orsolya Trenchard'],
    ['<p class="author">Orsolya Trenchard</p>', 'Orsolya Trenchard']
  ])('%s names the author and stays out of the text', (byline, line) => {
    const publication = read(page(byline))
    expect(publication.people).toEqual([
      expect.objectContaining({
        name: 'Orsolya Trenchard',
        role: 'author',
        evidence: `byline (page metadata): "${line}"`
      })
    ])
    expect(publication.removed).toContainEqual(expect.objectContaining({text: line, rule: 'extract/byline'}))
  })

  it('names the author without the lead of a byline printed with its date (field case 25)', () => {
    const publication = read(page('<p class="byline">By Orsolya Trenchard · <time>27 October 2025</time></p>'))
    expect(publication.people.map((p) => p.name)).toEqual(['Orsolya Trenchard'])
  })

  it('adds nobody when the metadata names the author already', () => {
    const publication = read(
      page('<div class="byline">By O. Trenchard</div>', '<meta name="author" content="Orsolya Trenchard">')
    )
    expect(publication.people.map((p) => p.name)).toEqual(['Orsolya Trenchard'])
  })
})
