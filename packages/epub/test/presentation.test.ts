/**
 * Every word around the content comes from core's presentation model (`present`,
 * `presentCollection`): the book only serializes it, marking a text's language where it is not
 * the document's (an English fallback in an Urdu book, the normalizer's English reports on a
 * localized provenance page).
 */
import {present, presentCollection, type Publication} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {type EpubPart, renderPublication} from '../src/index.js'
import {seedBooks} from './books.js'
import {publicationJob, renderBook} from './helpers.js'
import {textOf, unzipEpub} from './unzip.js'

const {corpus, files} = await seedBooks()
const {collection} = corpus
const interview = corpus.publications.find((p) => p.people.some((person) => person.role === 'interviewer'))!

/** The XHTML of a document of the book, by its file name under OEBPS/. */
async function documentOf(bytes: Uint8Array, name: string): Promise<string> {
  const book = await unzipEpub(bytes)
  return book.zip.file(`OEBPS/${name}`)!.async('string')
}

/** Text with character references decoded and white space collapsed. */
const plain = (xhtml: string) => textOf(xhtml).replace(/\s+/g, ' ').trim()

describe('the publication book', () => {
  it('prints the byline, outlet line and date of the presentation in the text header, title page and cover', async () => {
    const shown = present(interview, collection)
    const bytes = await renderBook(interview, collection)
    const text = await documentOf(bytes, 'text.xhtml')
    const header = plain(text.slice(0, text.indexOf('</header>')))
    expect(header).toContain(shown.byline.line!.text)
    expect(header).toContain(`${shown.facts.outletLine!.text} · ${shown.facts.date!.text.text}`)
    expect(plain(await documentOf(bytes, 'titlepage.xhtml'))).toContain(shown.byline.line!.text)
    const svg = await documentOf(bytes, 'cover.svg')
    // The cover wraps the byline, so its text alternative is where the whole sentence is.
    expect(svg).toContain(`<title>Cover: ${interview.title.text}. ${shown.byline.line!.text}. `)
    expect(svg).toContain(`>${shown.titleBlock.kicker.text.toUpperCase()} · ${collection.publisher.toUpperCase()}<`)
  })

  it('reads its dates and interface words in the publication language, marking English fallbacks', async () => {
    const russian: Publication = {...interview, lang: 'ru'}
    const shown = present(russian, collection)
    expect(shown.facts.date!.text).toMatchObject({lang: 'ru', text: expect.stringMatching(/г\.$/)})
    const bytes = await renderBook(russian, collection)
    const text = await documentOf(bytes, 'text.xhtml')
    expect(plain(text)).toContain(shown.facts.date!.text.text)
    const provenance = await documentOf(bytes, 'provenance.xhtml')
    expect(provenance).toContain(
      `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="ru" lang="ru">`
    )
    // The heading is in the document's language: no `lang` of its own.
    expect(provenance).toMatch(/<h1>[^<]+<\/h1>/)
    expect(plain(provenance)).toContain(shown.provenance.heading.text)
    // The normalizer's reports stay English, and say so.
    expect(provenance).toMatch(/<dt lang="en">Original outlet<\/dt><dd lang="en">/)
    expect(plain(provenance)).toContain(shown.facts.length.text)
  })

  it('writes the provenance page from the presentation: entries with quoted evidence, exact size, SHA-256, removed lines by rule', async () => {
    const shown = present(interview, collection)
    const provenance = await documentOf(await renderBook(interview, collection), 'provenance.xhtml')
    const words = plain(provenance)
    for (const entry of shown.provenance.entries) {
      expect(words).toContain(`${entry.label.text} ${entry.value}`)
      if (entry.evidence?.source === 'inferred') expect(provenance).toContain('inferred from <q>')
    }
    expect(words).toContain(shown.provenance.source.text.text)
    expect(provenance).toContain(`<code>${shown.provenance.source.sha256}</code>`)
    expect(words).toContain(shown.provenance.removed.heading.text)
    expect(words).toContain(shown.provenance.removed.summary.text)
    for (const warning of interview.warnings) expect(provenance).toContain(`(<code>${warning.code}</code>)`)
  })

  it('shows the derived-title notice under the title, in English marked as such', async () => {
    const derived: Publication = {
      ...corpus.publications[0]!,
      lang: 'ur',
      warnings: [
        {
          code: 'metadata/derived-title',
          message: 'no title line: the title is the first sentence',
          severity: 'warning',
          file: corpus.publications[0]!.source.path,
          line: null
        }
      ]
    }
    const notice = present(derived, collection).notices.find((n) => n.kind === 'derived-title')!
    const bytes = await renderBook(derived, collection)
    for (const name of ['text.xhtml', 'titlepage.xhtml'])
      expect(await documentOf(bytes, name)).toContain(
        `<p class="notice" role="note" lang="en" dir="ltr">${notice.text.text}</p>`
      )
    expect(plain(await documentOf(bytes, 'provenance.xhtml'))).toContain(notice.report!.text)
  })

  it('describes a publication without dek or intro by its byline, outlet line and date', async () => {
    const bare: Publication = {...interview, subtitle: null, intro: []}
    const shown = present(bare, collection)
    const {opf} = await unzipEpub(await renderBook(bare, collection))
    const expected = [shown.byline.line!.text, shown.facts.outletLine!.text, shown.facts.date!.text.text].join('. ')
    expect(opf).toContain(`<dc:description>${expected}</dc:description>`)
  })

  it('keeps the summary the collection presentation needs in its part', async () => {
    const {part} = await renderPublication(publicationJob(interview, collection))
    expect((part as EpubPart).summary).toEqual(present(interview, collection).summary)
  })
})

describe('the collection book', () => {
  it('prints the counts, span and creators of presentCollection on its cover, title page and package', async () => {
    const bytes = files.find((file) => file.path === `${collection.id}.epub`)!.contents as Uint8Array
    const shown = presentCollection(
      collection,
      corpus.publications.map((p) => present(p, collection).summary)
    )
    const svg = await documentOf(bytes, 'cover.svg')
    for (const line of [shown.creators.line!.text, shown.publications.text, shown.span!.text])
      expect(svg).toContain(line)
    expect(plain(await documentOf(bytes, 'titlepage.xhtml'))).toContain(shown.publications.text)
    const {opf} = await unzipEpub(bytes)
    expect(opf).toContain(`<dc:date>${shown.latestDate}</dc:date>`)
  })
})
