/**
 * The site one publication at a time: a page rendered alone equals its page in a whole render,
 * parts survive JSON (the CLI's store), the collection files assembled from stored parts equal the
 * whole render's, and a page's download copies are its own files only.
 */
import {
  type Attachment,
  byteLength,
  type Corpus,
  type FormatModule,
  headOf,
  type Message,
  type OutputFile,
  ownerOf,
  type PublicationJob,
  renderWhole
} from '@dossier/core'
import MiniSearch from 'minisearch'
import {beforeAll, describe, expect, it} from 'vitest'
import {type HtmlPart, htmlFormat, render, renderPublication, searchDocuments, searchOptions} from '../src/index.js'
import {plainText} from '../src/lib/format.js'
import {searchIndexChunks} from '../src/lib/search-index.js'
import {hostileSources, options, readCorpus, sourceOf, text} from './helpers.js'

/** Every file the other formats would hand the site: two per publication, five for the collection. */
function attachmentsOf(corpus: Corpus): OutputFile[] {
  return [
    ...corpus.publications.flatMap((publication, index) => [
      {path: `epub/${publication.id}.epub`, contents: new Uint8Array(1000 + index)},
      {path: `pdf/${publication.id}.pdf`, contents: new Uint8Array(2000 + index)}
    ]),
    {path: 'pdf/briefing.pdf', contents: new Uint8Array(5000)},
    {path: `epub/${corpus.collection.id}.epub`, contents: new Uint8Array(3000)},
    {path: 'dataset/qa.csv', contents: 'a,b\n'},
    {path: 'dataset/publications.json', contents: '[]'},
    {path: 'dataset/schema/qa-row.schema.json', contents: '{}'}
  ]
}

/** The job the CLI would hand `renderPublication` for the publication at `index`. */
function jobOf(corpus: Corpus, index: number, attachments: OutputFile[]): PublicationJob {
  const publication = corpus.publications[index]!
  const neighbour = (at: number) => {
    const other = corpus.publications[at]
    return other ? headOf(other) : null
  }
  const {buildDate, paper, assets} = options()
  return {
    collection: corpus.collection,
    buildDate,
    paper,
    assets,
    report: () => {},
    publication,
    previous: neighbour(index - 1),
    next: neighbour(index + 1),
    attachments: sizes(attachments).filter((attachment) => ownerOf(attachment.path) === publication.id)
  }
}

const sizes = (files: OutputFile[]): Attachment[] =>
  files.map((file) => ({path: file.path, bytes: byteLength(file.contents)}))

/** The site format with every part sent through JSON, as the CLI's content-addressed store does. */
const stored: FormatModule = {
  ...htmlFormat,
  renderPublication: async (job) => {
    const result = await htmlFormat.renderPublication(job)
    return {...result, part: JSON.parse(JSON.stringify(result.part))}
  }
}

let corpus: Corpus
let attachments: OutputFile[]
let whole: Map<string, string>

beforeAll(async () => {
  corpus = readCorpus(hostileSources)
  expect(corpus.failures).toEqual([])
  attachments = attachmentsOf(corpus)
  const files = await render({collection: corpus.collection, publications: corpus.publications}, options(attachments))
  whole = new Map(files.map((file) => [file.path, text(file)]))
})

describe('renderPublication', () => {
  it('renders each page, alone and in reverse order, exactly as in the whole render', async () => {
    expect(corpus.publications.length).toBeGreaterThanOrEqual(3)
    for (let index = corpus.publications.length - 1; index >= 0; index--) {
      const id = corpus.publications[index]!.id
      const {files} = await renderPublication(jobOf(corpus, index, attachments))
      const page = files.find((file) => file.path === `${id}.html`)
      expect(page, id).toBeDefined()
      expect(text(page as OutputFile), id).toBe(whole.get(`${id}.html`))
    }
  })

  it('copies only the publication’s own downloads, even when handed other publications’ files', async () => {
    for (const [index, publication] of corpus.publications.entries()) {
      const own = await renderPublication(jobOf(corpus, index, attachments))
      const handedEverything = await renderPublication({
        ...jobOf(corpus, index, attachments),
        attachments: sizes(attachments)
      })
      expect(handedEverything).toEqual(own)
      const copies = own.files.filter((file) => 'copyOf' in file)
      expect(copies, publication.id).toEqual([
        {path: `downloads/${publication.id}.epub`, copyOf: `epub/${publication.id}.epub`},
        {path: `downloads/${publication.id}.pdf`, copyOf: `pdf/${publication.id}.pdf`}
      ])
      expect(own.files.map((file) => file.path)).toEqual([
        `${publication.id}.html`,
        `search/${publication.id}.js`,
        `cite/${publication.id}.json`,
        `cite/${publication.id}.bib`,
        `cite/${publication.id}.ris`,
        ...copies.map((copy) => copy.path)
      ])
    }
  })

  it('keeps a publication’s download names when a collection-wide file has the same name', async () => {
    const id = corpus.publications[1]!.id
    const clash = {path: `dataset/extra/${id}.pdf`, contents: 'clash'}
    const input = {collection: corpus.collection, publications: corpus.publications}
    const files = await render(input, options([...attachments, clash]))
    const site = new Map(files.map((file) => [file.path, text(file)]))
    expect(site.get(`${id}.html`)).toBe(whole.get(`${id}.html`))
    expect(site.get(`downloads/${id}.pdf`)).toBe(whole.get(`downloads/${id}.pdf`))
    expect(site.get(`downloads/dataset-extra-${id}.pdf`)).toBe('clash')
    expect(site.get('index.html')).toContain(`href="downloads/dataset-extra-${id}.pdf"`)
  })

  it('gives a part that survives JSON unchanged', async () => {
    for (const index of corpus.publications.keys()) {
      const {part} = await renderPublication(jobOf(corpus, index, attachments))
      expect(JSON.parse(JSON.stringify(part))).toStrictEqual(part)
      const {title, search} = part as HtmlPart
      expect(title).toBe(plainText(corpus.publications[index]!.title))
      // The search documents without their texts, which stay in the publication's text script.
      expect(search).toEqual(searchDocuments([corpus.publications[index]!]).map(({text: _text, ...head}) => head))
    }
  })
})

describe('renderCollection', () => {
  it('assembles the collection files from stored parts exactly as the whole render does', async () => {
    const files = await renderWhole(
      stored,
      {collection: corpus.collection, publications: corpus.publications},
      options(attachments)
    )
    expect(files.map((file) => file.path).sort()).toEqual([...whole.keys()].sort())
    for (const file of files) expect(text(file), file.path).toBe(whole.get(file.path))
  })

  it('lists every publication on the home page and the 404 page and in the feed, in order', () => {
    const home = whole.get('index.html')!
    const missing = whole.get('404.html')!
    const feed = whole.get('feed.xml')!
    let last = -1
    for (const publication of corpus.publications) {
      const at = home.indexOf(`<a href="${publication.id}.html">`)
      expect(at, publication.id).toBeGreaterThan(last)
      last = at
      expect(missing).toContain(`<a href="${publication.id}.html">`)
      expect(feed).toContain(`<link rel="alternate" type="text/html" href="${publication.id}.html">`)
    }
  })

  it('copies the collection-wide downloads, and no publication’s', () => {
    const copies = [...whole.keys()].filter((path) => path.startsWith('downloads/')).sort()
    const own = corpus.publications.flatMap((publication) => [
      `downloads/${publication.id}.epub`,
      `downloads/${publication.id}.pdf`
    ])
    expect(copies.filter((path) => !own.includes(path))).toEqual(
      [
        `downloads/${corpus.collection.id}.epub`,
        'downloads/briefing.pdf',
        'downloads/publications.json',
        'downloads/qa-row.schema.json',
        'downloads/qa.csv'
      ].sort()
    )
  })

  it('reports the missing sitemap once per build, and writes one with a base URL', async () => {
    const messages: Array<Message | string> = []
    const input = {collection: corpus.collection, publications: corpus.publications}
    const files = await render(input, {...options(attachments), report: (message) => messages.push(message)})
    expect(messages.filter((message) => String(message).includes('sitemap'))).toEqual([
      'html: no sitemap.xml, because collection.yaml sets no baseUrl (sitemaps need absolute URLs)'
    ])
    expect(files.some((file) => file.path === 'sitemap.xml')).toBe(false)
    const based = {...input, collection: {...corpus.collection, baseUrl: 'https://example.org/d/'}}
    const withBase: Array<Message | string> = []
    const site = await render(based, {...options(attachments), report: (message) => withBase.push(message)})
    expect(withBase).toEqual([])
    const sitemap = text(site.find((file) => file.path === 'sitemap.xml'))
    for (const publication of corpus.publications)
      expect(sitemap).toContain(`<loc>https://example.org/d/${publication.id}.html</loc>`)
  })
})

describe('searchIndexChunks', () => {
  it('writes the same script in chunks as in one string, never splitting a surrogate pair', async () => {
    const emoji = readCorpus([
      sourceOf('zz-emoji.md', '---\ntitle: 🦊 Foxes 🦊\n---\n\n**1. Why 🦊?**\n\nBecause 🦊🐺🦝 and 𝒳 run.\n')
    ])
    const index = new MiniSearch(searchOptions)
    index.addAll(searchDocuments(emoji.publications))
    const expected = `(window.dossierSearch = window.dossierSearch || [])[0] = ${JSON.stringify(JSON.stringify(index))};\n`
    for (const length of [1, 2, 3, 7, 1 << 16]) {
      const chunks: string[] = []
      for await (const chunk of searchIndexChunks(index, 0, length)) chunks.push(chunk)
      expect(chunks.join(''), String(length)).toBe(expected)
      expect(chunks.join('')).not.toMatch(/\\ud[89ab]/i)
    }
  })
})
