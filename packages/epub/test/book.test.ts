/**
 * `ReproducibleEPub.toChunks`, the streamed writer of the collection book, gives the bytes of
 * `toBytes` when its documents come still compressed from another book (`compressedEntries`),
 * including a document whose deflated text differs from what the chapter would give: copied, not
 * made again.
 */
import {present} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {type BookModel, toBook} from '../src/lib/book.js'
import type {Chapter} from '../src/lib/chapter.js'
import {type CompressedEntry, compressedEntries} from '../src/lib/compressed.js'
import {publicationPackage} from '../src/lib/metadata.js'
import {withNavigation} from '../src/lib/navigation.js'
import {renderChapters} from '../src/lib/publication.js'
import {readCorpus, renderOptions} from './helpers.js'

const corpus = readCorpus()
const publication = corpus.publications[0]!
const options = renderOptions()
const job = {assets: options.assets, report: options.report!}

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

async function streamed(chapters: Chapter[], entries: Map<string, CompressedEntry>): Promise<Buffer> {
  const empty = chapters.map((chapter) => ({...chapter, content: ''}))
  const chunks: Uint8Array[] = []
  for await (const chunk of (await toBook(modelOf(empty), job)).toChunks(entries)) chunks.push(chunk)
  return Buffer.concat(chunks)
}

const names = (chapters: Chapter[]) => chapters.map((chapter) => `OEBPS/${chapter.filename}`)
const deferred = (entries: Map<string, CompressedEntry>) =>
  new Map([...entries].map(([name, entry]) => [name.slice('OEBPS/'.length), entry]))

describe('ReproducibleEPub.toChunks', () => {
  it('streams the bytes toBytes writes, with the documents copied compressed from that book', async () => {
    const {chapters} = renderChapters(publication, present(publication, corpus.collection), corpus.collection)
    const book = await toBook(modelOf(chapters), job)
    const bytes = Buffer.from(await book.toBytes())
    const entries = await compressedEntries(bytes, names(chapters), 'the book')
    expect(entries.size).toBe(chapters.length)
    expect((await streamed(chapters, deferred(entries))).equals(bytes)).toBe(true)
  })

  it('copies the compressed bytes as they are: a document of another book comes out as that book had it', async () => {
    const {chapters} = renderChapters(publication, present(publication, corpus.collection), corpus.collection)
    const other = chapters.map((chapter) =>
      chapter.filename === 'text.xhtml' ? {...chapter, title: `${chapter.title} (another edition)`} : chapter
    )
    const otherBook = await toBook(modelOf(other), job)
    const otherBytes = await otherBook.toBytes()
    const entries = await compressedEntries(otherBytes, names(chapters), 'the other book')
    const written = await streamed(chapters, deferred(entries))
    const {default: JSZip} = await import('jszip')
    const zip = await JSZip.loadAsync(written)
    expect(await zip.file('OEBPS/text.xhtml')!.async('string')).toBe(await otherBook.documentText('text.xhtml'))
    expect(await zip.file('OEBPS/text.xhtml')!.async('string')).toContain('(another edition)')
  })

  it('names the book and the entry when a document is missing or the file is not a zip', async () => {
    const {chapters} = renderChapters(publication, present(publication, corpus.collection), corpus.collection)
    const bytes = await (await toBook(modelOf(chapters), job)).toBytes()
    await expect(compressedEntries(bytes, ['OEBPS/nowhere.xhtml'], 'a.epub')).rejects.toThrow(
      'a.epub: expected a compressed entry OEBPS/nowhere.xhtml, got none'
    )
    await expect(compressedEntries(new Uint8Array([1, 2, 3]), [], 'b.epub')).rejects.toThrow(
      'b.epub: not a readable zip'
    )
  })
})
