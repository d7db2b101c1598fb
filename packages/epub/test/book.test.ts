/**
 * `ReproducibleEPub.toChunks`, the streamed writer of the collection book, gives the bytes of
 * `toBytes` — including where JSZip, which encodes a string 16 KiB code units at a time, splits a
 * surrogate pair (each half becomes U+FFFD; a streamed document must be sliced the same way).
 */
import {present} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {type BookModel, toBook} from '../src/lib/book.js'
import type {Chapter} from '../src/lib/chapter.js'
import {publicationPackage} from '../src/lib/metadata.js'
import {withNavigation} from '../src/lib/navigation.js'
import {renderChapters} from '../src/lib/publication.js'
import {readCorpus, renderOptions} from './helpers.js'

const corpus = readCorpus()
const publication = corpus.publications[0]!
const options = renderOptions()
const job = {assets: options.assets, report: options.report!}
const slice = 16 * 1024

function modelOf(chapters: Chapter[]): BookModel {
  const {nav} = renderChapters(publication, present(publication, corpus.collection), corpus.collection)
  const meta = publicationPackage(
    publication,
    present(publication, corpus.collection),
    corpus.collection,
    options.buildDate
  )
  return {
    book: withNavigation(meta, chapters, [nav]),
    chapters,
    coverSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
    fontSubsets: ['latin'],
    scriptCharacters: ''
  }
}

async function streamed(chapters: Chapter[], texts: string[]): Promise<Buffer> {
  const empty = chapters.map((chapter) => ({...chapter, content: ''}))
  const documents = (async function* () {
    for (const [index, chapter] of chapters.entries()) yield {filename: chapter.filename, xhtml: texts[index]!}
  })()
  const chunks: Uint8Array[] = []
  for await (const chunk of (await toBook(modelOf(empty), job)).toChunks(
    chapters.map((chapter) => chapter.filename),
    documents
  ))
    chunks.push(chunk)
  return Buffer.concat(chunks)
}

describe('ReproducibleEPub.toChunks', () => {
  it('streams the bytes toBytes writes, with documents read one at a time', async () => {
    const {chapters} = renderChapters(publication, present(publication, corpus.collection), corpus.collection)
    const book = await toBook(modelOf(chapters), job)
    const bytes = Buffer.from(await book.toBytes())
    const texts = await Promise.all(chapters.map((chapter) => book.documentText(chapter.filename)))
    expect((await streamed(chapters, texts)).equals(bytes)).toBe(true)
  })

  it('slices a document as JSZip does where a 16 KiB slice ends inside a surrogate pair', async () => {
    const {chapters} = renderChapters(publication, present(publication, corpus.collection), corpus.collection)
    const probe = await toBook(modelOf(chapters), job)
    await probe.toBytes()
    const start = (await probe.documentText('text.xhtml')).indexOf('<title>') + '<title>'.length
    // A title long enough that its emoji's high surrogate is the last code unit of the first slice.
    const title = `${'a'.repeat(slice - 1 - start)}😀 and more`
    const long = chapters.map((chapter) => (chapter.filename === 'text.xhtml' ? {...chapter, title} : chapter))
    const book = await toBook(modelOf(long), job)
    const bytes = Buffer.from(await book.toBytes())
    const texts = await Promise.all(long.map((chapter) => book.documentText(chapter.filename)))
    const text = texts[long.findIndex((chapter) => chapter.filename === 'text.xhtml')]!
    expect(text.charCodeAt(slice - 1)).toBe('😀'.charCodeAt(0))
    expect((await streamed(long, texts)).equals(bytes)).toBe(true)
  })
})
