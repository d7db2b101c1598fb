/**
 * With the collection's base URL, a book links back to the site (issue 24, "Cite"): its head names
 * the page it is published on ("Online: https://…/<id>.html") and each question's number links to
 * the question's permalink there. EPUBCheck passes the book. Without a base URL there is no such link.
 */
import {describe, expect, it} from 'vitest'
import {describeMessages, epubcheck, readCorpus, renderBook} from './helpers.js'
import {unzipEpub} from './unzip.js'

describe('links back to the site', async () => {
  const corpus = readCorpus()
  const publication = corpus.publications[1]!
  const collection = {...corpus.collection, baseUrl: 'https://example.org/reader'}
  const bytes = await renderBook(publication, collection)
  const text = (await unzipEpub(bytes)).spine.find((doc) => doc.href === 'text.xhtml')!.xhtml
  const page = `https://example.org/reader/${publication.id}.html`

  it('names the page and links every question to its permalink', () => {
    expect(text).toContain(`<p class="online"><span>Online: </span><a href="${page}">${page}</a></p>`)
    for (const qa of publication.qa)
      expect(text).toContain(`<a class="number" href="${page}#${qa.id}">${qa.number}. </a>`)
  })

  it('passes EPUBCheck', async () => {
    expect(describeMessages(await epubcheck(bytes, 'links-back.epub'))).toEqual([])
  })

  it('has no such links without a base URL', async () => {
    const plain = (await unzipEpub(await renderBook(publication, corpus.collection))).spine.find(
      (doc) => doc.href === 'text.xhtml'
    )!.xhtml
    expect(plain).not.toContain('class="online"')
    expect(plain).not.toContain('https://example.org')
  })
})
