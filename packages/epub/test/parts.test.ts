/**
 * One publication at a time (issue 15): a publication's book rendered alone is the one of a whole
 * render, its part is plain JSON that does not depend on where or when it was rendered, and the
 * collection book assembled from parts is byte for byte the one of a whole render.
 */
import {type CollectionJob, type Corpus, headOf, type OutputEntry} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {type EpubPart, renderCollection, renderPublication} from '../src/index.js'
import {type BookSet, hostileBooks, seedBooks} from './books.js'
import {publicationJob, readCorpus, renderOptions} from './helpers.js'
import {unzipEpub} from './unzip.js'

const corpora: Array<[string, () => Promise<BookSet>]> = [
  ['the seeds', seedBooks],
  ['the hostile fixtures', hostileBooks]
]

/** Render every publication alone, in the order given, and keep the parts by publication id. */
async function partsOf(corpus: Corpus, order: number[]): Promise<Map<string, EpubPart>> {
  const parts = new Map<string, EpubPart>()
  for (const index of order) {
    const publication = corpus.publications[index]!
    const {part} = await renderPublication(publicationJob(publication, corpus.collection))
    parts.set(publication.id, part as EpubPart)
  }
  return parts
}

/**
 * The collection job over `parts`, in the collection's order, with the publications' own books
 * `books` (file name → bytes); `reading` counts the readings of the parts from 0, `opened` the
 * books asked for.
 */
function collectionJob(
  corpus: Corpus,
  parts: (id: string, reading: number) => EpubPart,
  books: Map<string, Buffer> = new Map(),
  opened: string[] = []
): CollectionJob {
  const options = renderOptions()
  const heads = corpus.publications.map(headOf)
  let readings = 0
  return {
    collection: corpus.collection,
    buildDate: options.buildDate,
    paper: options.paper,
    assets: options.assets,
    report: options.report!,
    heads,
    parts: async function* () {
      const reading = readings++
      for (const head of heads) yield {head, part: parts(head.id, reading)}
    },
    publication: () => Promise.reject(new Error('the collection book needs no whole publication')),
    attachments: [],
    part: async (index) => parts(heads[index]!.id, readings++),
    partKeys: heads.map((head) => head.id),
    ownFile: async (file) => {
      opened.push(file)
      const bytes = books.get(file)
      if (!bytes) throw new Error(`no book ${file} in this test`)
      return new Uint8Array(bytes)
    },
    memo: (_name, _inputs, make) => make()
  }
}

/** Every file of the collection, streams joined. */
async function collect(entries: AsyncIterable<OutputEntry>): Promise<Array<{path: string; bytes: Buffer}>> {
  const files: Array<{path: string; bytes: Buffer}> = []
  for await (const entry of entries) {
    if (!('chunks' in entry)) throw new Error(`Expected the collection book as a stream, got ${entry.path}`)
    const chunks: Uint8Array[] = []
    for await (const chunk of entry.chunks) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
    files.push({path: entry.path, bytes: Buffer.concat(chunks)})
  }
  return files
}

describe.each(corpora)('renderPublication and renderCollection on %s', async (_name, books) => {
  // The whole render: the run's render of the set (test/books.ts).
  const {corpus, files: rendered} = await books()
  const whole = new Map(rendered.map((file) => [file.path, Buffer.from(file.contents as Uint8Array)]))
  const collectionBook = whole.get(`${corpus.collection.id}.epub`)!
  const inOrder = corpus.publications.map((_publication, index) => index)

  it('renders each publication alone, with other neighbours, to its book of the whole render', async () => {
    expect(corpus.publications.length).toBeGreaterThan(1)
    for (const [index, publication] of corpus.publications.entries()) {
      const stranger = headOf(corpus.publications[(index + 1) % corpus.publications.length]!)
      const job = publicationJob(publication, corpus.collection, {previous: stranger, next: stranger})
      const {files} = await renderPublication(job)
      expect(files.map((file) => file.path)).toEqual([`${publication.id}.epub`])
      const alone = Buffer.from((files[0] as {contents: Uint8Array}).contents)
      expect(alone.equals(whole.get(`${publication.id}.epub`)!), publication.id).toBe(true)
    }
  })

  it('names in the part the documents its own book holds, in spine order, and keeps none of their text', async () => {
    const parts = await partsOf(corpus, inOrder)
    for (const publication of corpus.publications) {
      const book = await unzipEpub(whole.get(`${publication.id}.epub`)!)
      const part = parts.get(publication.id)!
      expect(part.documents.map((document) => document.filename)).toEqual(
        book.spine.map((doc) => doc.href).filter((href) => /^(text|back|provenance)\.xhtml$/.test(href))
      )
      for (const document of part.documents)
        expect(Object.keys(document).sort()).toEqual(['epubType', 'filename', 'id'])
      expect(JSON.stringify(part)).not.toMatch(/p\d+-/)
    }
  })

  it('assembles the collection book of the whole render from the parts and the books, reading each once', async () => {
    const parts = await partsOf(corpus, inOrder)
    const readings = new Set<number>()
    const opened: string[] = []
    const files = await collect(
      renderCollection(
        collectionJob(
          corpus,
          (id, reading) => {
            readings.add(reading)
            return parts.get(id)!
          },
          whole,
          opened
        )
      )
    )
    expect(files.map((file) => file.path)).toEqual([`${corpus.collection.id}.epub`])
    expect(files[0]!.bytes.equals(collectionBook)).toBe(true)
    expect([...readings]).toEqual([0])
    expect(opened).toEqual(corpus.publications.map((publication) => `${publication.id}.epub`))
  })

  it('gives the same collection book from parts through JSON', async () => {
    const parts = await partsOf(corpus, inOrder)
    const stored = new Map([...parts].map(([id, part]) => [id, JSON.stringify(part)]))
    const files = await collect(renderCollection(collectionJob(corpus, (id) => JSON.parse(stored.get(id)!), whole)))
    expect(files[0]!.bytes.equals(collectionBook)).toBe(true)
  })

  it('gives the same parts and collection book when the publications are rendered in another order', async () => {
    const forward = await partsOf(corpus, inOrder)
    const backward = await partsOf(corpus, [...inOrder].reverse())
    for (const [id, part] of forward) expect(JSON.stringify(backward.get(id))).toBe(JSON.stringify(part))
    const files = await collect(renderCollection(collectionJob(corpus, (id) => backward.get(id)!, whole)))
    expect(files[0]!.bytes.equals(collectionBook)).toBe(true)
  })

  it('stops with an error naming the book when a publication’s own book is not a zip or is missing', async () => {
    const parts = await partsOf(corpus, inOrder)
    const last = `${corpus.publications.at(-1)!.id}.epub`
    const damaged = new Map([...whole, [last, Buffer.from('not a zip')]])
    await expect(collect(renderCollection(collectionJob(corpus, (id) => parts.get(id)!, damaged)))).rejects.toThrow(
      `${last}: not a readable zip`
    )
    const missing = new Map([...whole].filter(([file]) => file !== last))
    await expect(collect(renderCollection(collectionJob(corpus, (id) => parts.get(id)!, missing)))).rejects.toThrow(
      `no book ${last} in this test`
    )
  })
})

describe('renderCollection', () => {
  it('writes no collection book for a collection without publications', async () => {
    const corpus = readCorpus()
    const empty = {...corpus, publications: []}
    expect(await collect(renderCollection(collectionJob(empty, () => ({}) as EpubPart)))).toEqual([])
  })
})
