import type {Publication} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {seedBooks} from './books.js'
import {squeeze, textOf, unzipEpub, type Unzipped} from './unzip.js'

/** Every piece of a publication's content, in reading order. */
function expectedTexts(publication: Publication): string[] {
  return [
    publication.title.text,
    ...publication.intro.map((block) => block.text),
    ...publication.qa.flatMap((qa) => [qa.question.text, ...qa.answer.map((block) => block.text)]),
    ...publication.body.map((block) => block.text),
    ...publication.about.map((block) => block.text),
    ...publication.notes.map((block) => block.text)
  ]
}

/** Assert that every text appears in `haystack` after the previous one; return where the last ended. */
function expectInOrder(haystack: string, texts: string[], from = 0): number {
  let position = from
  for (const text of texts) {
    const needle = squeeze(text)
    const found = haystack.indexOf(needle, position)
    expect(found, `expected in order after position ${position}: ${text.slice(0, 80)}`).toBeGreaterThanOrEqual(0)
    position = found + needle.length
  }
  return position
}

function bookText(book: Unzipped): string {
  return squeeze(
    book.spine
      .filter((doc) => doc.href !== 'toc.xhtml')
      .map((doc) => textOf(doc.xhtml))
      .join('')
  )
}

describe('render', async () => {
  const {corpus, files} = await seedBooks()
  const byPath = new Map(files.map((file) => [file.path, file.contents as Uint8Array]))

  it.each(corpus.publications.map((p) => [p.id, p] as const))(
    'puts every question and answer paragraph of %s in its EPUB, in order',
    async (id, publication) => {
      const book = await unzipEpub(byPath.get(`${id}.epub`)!)
      expectInOrder(bookText(book), expectedTexts(publication))
      const text = book.spine.find((doc) => doc.href === 'text.xhtml')!.xhtml
      const ids = [...text.matchAll(/<section id="(q\d+)"/g)].map((m) => m[1])
      expect(ids).toEqual(publication.qa.map((qa) => qa.id))
    }
  )

  it('puts every publication of the collection in its EPUB, in order, with a nested table of contents', async () => {
    const book = await unzipEpub(byPath.get(`${corpus.collection.id}.epub`)!)
    let position = 0
    const text = bookText(book)
    for (const publication of corpus.publications) position = expectInOrder(text, expectedTexts(publication), position)
    const nav = book.spine.find((doc) => doc.href === 'toc.xhtml')!.xhtml
    corpus.publications.forEach((publication, index) => {
      for (const qa of publication.qa) expect(nav).toContain(`href="p${index + 1}-text.xhtml#${qa.id}"`)
    })
    expect(nav).toMatch(/<li><a href="p1-text.xhtml">[^<]*<\/a>\s*<ol>/)
  })

  it('marks the cover image, the landmarks and the accessibility metadata', async () => {
    for (const file of files) {
      const book = await unzipEpub(file.contents as Uint8Array)
      expect(book.opf).toContain('properties="cover-image"')
      for (const property of [
        'accessMode',
        'accessModeSufficient',
        'accessibilityFeature',
        'accessibilityHazard',
        'accessibilitySummary'
      ]) {
        expect(book.opf).toContain(`property="schema:${property}"`)
      }
      expect(book.opf).toContain('property="dcterms:conformsTo"')
      expect(book.opf).toContain('<meta property="dcterms:modified">2024-06-01T12:00:00Z</meta>')
      const nav = book.spine.find((doc) => doc.href === 'toc.xhtml')!.xhtml
      for (const type of ['cover', 'toc', 'bodymatter']) expect(nav).toContain(`epub:type="${type}"`)
    }
  })

  it('writes a provenance page with outlets, removed lines and the truncation notice', async () => {
    for (const publication of corpus.publications) {
      const book = await unzipEpub(byPath.get(`${publication.id}.epub`)!)
      const provenance = textOf(book.spine.find((doc) => doc.href === 'provenance.xhtml')!.xhtml)
      for (const outlet of publication.outlets) expect(provenance).toContain(outlet.name)
      for (const line of publication.removed) expect(provenance).toContain(line.text.trim())
      expect(provenance.includes('stops mid-sentence')).toBe(publication.truncated)
    }
  })
})
