/**
 * Every publication page carries the Highwire Press and Dublin Core tags Zotero's Embedded Metadata
 * translator reads, with core's citation record as their contents, and links its citation files
 * (`cite/<id>.json`, `.bib`, `.ris`), which are part of the site's files. The label of the links is
 * core's `citeAs` term, marked English where the page's language lacks it.
 */
import {citationRecordOf, type Corpus, type OutputFile} from '@dossier/core'
import type {Element} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {select, selectAll} from 'hast-util-select'
import {toString} from 'hast-util-to-string'
import {beforeAll, describe, expect, it} from 'vitest'
import {render} from '../src/index.js'
import {options, readCorpus, sourceOf, text} from './helpers.js'

/**
 * The `<meta name>`s Zotero's Embedded Metadata translator reads (zotero/translators,
 * `Embedded Metadata.js`): the keys of `HIGHWIRE_MAPPINGS` and the tags `addHighwireMetadata`
 * handles itself, and the Dublin Core elements its RDF import maps (`RDF.js`, `importItem`) from
 * `DC.*` names (`dc` is one of its default prefixes).
 */
const zoteroReads = new Set([
  'citation_title',
  'citation_publication_date',
  'citation_date',
  'citation_journal_title',
  'citation_journal_abbrev',
  'citation_book_title',
  'citation_volume',
  'citation_issue',
  'citation_series_title',
  'citation_conference_title',
  'citation_conference',
  'citation_dissertation_institution',
  'citation_technical_report_institution',
  'citation_technical_report_number',
  'citation_publisher',
  'citation_isbn',
  'citation_abstract',
  'citation_doi',
  'citation_public_url',
  'citation_language',
  'citation_author',
  'citation_authors',
  'citation_firstpage',
  'citation_lastpage',
  'citation_issn',
  'citation_eIssn',
  'citation_pdf_url',
  'citation_online_date',
  'citation_year',
  'citation_keywords',
  'DC.title',
  'DC.creator',
  'DC.contributor',
  'DC.date',
  'DC.language',
  'DC.publisher',
  'DC.type',
  'DC.source',
  'DC.rights',
  'DC.description',
  'DC.subject',
  'DC.identifier'
])

/** What every page must carry for Zotero to make a full item of it. */
const required = [
  'citation_title',
  'citation_author',
  'citation_publication_date',
  'citation_language',
  'citation_publisher',
  'DC.title',
  'DC.creator',
  'DC.date',
  'DC.language',
  'DC.publisher',
  'DC.type'
]

const buildDate = options().buildDate
const italian = sourceOf(
  'zz-italian.md',
  [
    '---',
    'title: Il porto e la città',
    'lang: it',
    'date: 2020-03',
    'people:',
    '  - {name: Giulia Rossi, role: interviewee}',
    '  - {name: Marco Bianchi, role: interviewer}',
    '---',
    '',
    '**1. Perché il porto?**',
    '',
    'Perché la città è nata intorno al porto, e il porto decide ancora dove va il commercio.',
    ''
  ].join('\n')
)

let corpus: Corpus
let files: OutputFile[]
const withBase = (base: string | null): Corpus => ({...corpus, collection: {...corpus.collection, baseUrl: base}})

async function site(base: string | null): Promise<OutputFile[]> {
  const c = withBase(base)
  return render({collection: c.collection, publications: c.publications}, options())
}

const file = (all: OutputFile[], path: string) => all.find((candidate) => candidate.path === path)
const metaOf = (html: string) =>
  selectAll('head meta[name]', fromHtml(html)).map((node) => ({
    name: String(node.properties.name),
    content: String(node.properties.content)
  }))

beforeAll(async () => {
  corpus = readCorpus([italian])
  files = await site('https://example.org/dossier/')
})

describe('citation meta tags', () => {
  it('names only tags Zotero reads, and every required one, on every publication page', () => {
    expect(corpus.publications.length).toBeGreaterThanOrEqual(3)
    for (const publication of corpus.publications) {
      const names = metaOf(text(file(files, `${publication.id}.html`)))
        .map((tag) => tag.name)
        .filter((name) => /^(citation_|DC\.)/.test(name))
      expect(
        names.filter((name) => !zoteroReads.has(name)),
        publication.id
      ).toEqual([])
      for (const name of required) expect(names, `${publication.id} ${name}`).toContain(name)
      expect(names).toContain('citation_public_url')
    }
  })

  it('gives core citation record as the tags, in order, with the page permalink', () => {
    for (const publication of corpus.publications) {
      const permalink = `https://example.org/dossier/${publication.id}.html`
      const record = citationRecordOf(publication, corpus.collection, {buildDate, permalink})
      const tags = metaOf(text(file(files, `${publication.id}.html`))).filter((tag) =>
        /^(citation_|DC\.)/.test(tag.name)
      )
      expect(tags).toEqual(record.meta)
      expect(tags).toContainEqual({name: 'citation_public_url', content: permalink})
    }
  })

  it('leaves out citation_public_url without a base URL, and no other page has citation tags', async () => {
    const bare = await site(null)
    for (const publication of corpus.publications)
      expect(metaOf(text(file(bare, `${publication.id}.html`))).map((tag) => tag.name)).not.toContain(
        'citation_public_url'
      )
    for (const path of ['index.html', 'search.html', '404.html'])
      expect(metaOf(text(file(bare, path))).filter((tag) => /^(citation_|DC\.)/.test(tag.name))).toEqual([])
  })
})

describe('citation files', () => {
  it('writes cite/<id>.json, .bib and .ris for every publication, as core computes them', () => {
    for (const publication of corpus.publications) {
      const record = citationRecordOf(publication, corpus.collection, {
        buildDate,
        permalink: `https://example.org/dossier/${publication.id}.html`
      })
      expect(JSON.parse(text(file(files, `cite/${publication.id}.json`)))).toEqual([record.csl])
      expect(text(file(files, `cite/${publication.id}.bib`))).toBe(record.bibtex)
      const ris = text(file(files, `cite/${publication.id}.ris`))
      expect(ris).toBe(record.ris)
      expect(ris.split('\r\n').at(-2)).toBe('ER  - ')
      expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    }
  })

  it('links them from the page by relative paths that are files of the site', () => {
    const paths = new Set(files.map((candidate) => candidate.path))
    for (const publication of corpus.publications) {
      const page = fromHtml(text(file(files, `${publication.id}.html`)))
      const links = selectAll('.pub-head .cite-files a', page)
      expect(links.map((link) => toString(link))).toEqual(['CSL-JSON', 'BibTeX', 'RIS'])
      for (const link of links) {
        const href = String(link.properties.href)
        // Relative, so the site works from file:// as from a server.
        expect(href).toMatch(/^cite\/[a-z0-9-]+\.(json|bib|ris)$/)
        expect(paths.has(href), href).toBe(true)
        expect(link.properties.download).not.toBeUndefined()
      }
    }
  })

  it('labels the links with core citeAs term, marked English where the page language lacks it', () => {
    const label = (id: string) =>
      select('.cite-files .cite-label', fromHtml(text(file(files, `${id}.html`)))) as Element | undefined
    const english = corpus.publications.find((publication) => publication.lang === 'en')!
    expect(toString(label(english.id)!)).toBe('Cite as')
    expect(label(english.id)!.properties.lang).toBeUndefined()
    const it = corpus.publications.find((publication) => publication.lang === 'it')!
    expect(toString(label(it.id)!)).toBe('Cite as')
    expect(label(it.id)!.properties.lang).toBe('en')
  })

  it('labels the links in the page language where core has the term', async () => {
    const french = readCorpus([
      {
        ...italian,
        path: 'zz-french.md',
        bytes: new TextEncoder().encode(new TextDecoder().decode(italian.bytes).replace('lang: it', 'lang: fr'))
      }
    ])
    const output = await render({collection: french.collection, publications: french.publications}, options())
    const id = french.publications.find((publication) => publication.lang === 'fr')!.id
    const label = select('.cite-files .cite-label', fromHtml(text(file(output, `${id}.html`)))) as Element
    expect(toString(label)).toBe('Citer au format')
    expect(label.properties.lang).toBeUndefined()
  })
})
