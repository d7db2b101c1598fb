import {
  citationRecordOf,
  headOf,
  normalizeSource,
  present,
  browseCollection,
  presentCollection,
  type Collection,
  type Publication,
  type RendererModule
} from '@dossier/core'
import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {select, selectAll} from 'hast-util-select'
import {toString} from 'hast-util-to-string'
import {existsSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {
  type Download,
  planCollectionDownloads,
  planPublicationDownloads,
  render,
  searchDocuments
} from '../src/index.js'
import {citeFiles} from '../src/lib/cite-files.js'
import {feedFactsOf, renderFeed} from '../src/lib/feed.js'
import {plainText} from '../src/lib/format.js'
import {renderBrowsePages} from '../src/lib/pages/browse.js'
import {renderCard, renderHomePage} from '../src/lib/pages/home.js'
import {renderNotFoundPage} from '../src/lib/pages/not-found.js'
import {renderSearchPage} from '../src/lib/pages/search.js'
import {renderPublicationPage} from '../src/lib/pages/publication.js'
import {renderSitemap} from '../src/lib/sitemap.js'
import type {State} from '../src/lib/state.js'
import {hostileSources, options, readCorpus, sourceOf, text} from './helpers.js'

const collection: Collection = {
  id: 'test',
  title: 'Test <Collection>',
  description: 'A & B',
  publisher: 'Pub',
  lang: 'en',
  rights: 'Rights',
  baseUrl: null,
  paper: 'a4',
  briefingFullTexts: 25,
  briefingKeyPoints: 50,
  searchFullTexts: 1000,
  searchShardSize: 64
}

function publicationOf(path: string, content: string): Publication {
  const result = normalizeSource(sourceOf(path, content), {lang: 'en'})
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.publication
}

const interview = publicationOf(
  'one.md',
  [
    '---',
    'title: A talk about things',
    'date: 2021-03-04',
    'people:',
    '  - {name: Ann Answer, role: interviewee}',
    '  - {name: Quinn Asker, role: interviewer, affiliation: Some Institute}',
    'outlets:',
    '  - {name: The Paper, role: original, detail: March issue}',
    '---',
    '',
    'Intro paragraph.',
    '',
    '**1. First question?**',
    '',
    'First answer with [a link](https://example.org/a).',
    '',
    '# A heading inside an answer',
    '',
    '**2. Second question?**',
    '',
    'Second answer.',
    ''
  ].join('\n')
)

const second = publicationOf('two.md', '---\ntitle: Second one\ndate: 2022-01-01\n---\n\n**1. Why?**\n\nBecause.\n')

/** A small site: the shared state, its publications in order and the downloads planned for them. */
interface Site extends State {
  publications: Publication[]
  downloads: Download[]
}

function state(publications: Publication[], overrides: Partial<Site> = {}): Site {
  return {collection, publications, buildDate: '2024-01-01T00:00:00.000Z', downloads: [], ...overrides}
}

const ownedBy = (site: Site, owner: string | null) => site.downloads.filter((download) => download.owner === owner)

function publicationPage(site: Site, index: number): string {
  const head = (neighbour: Publication | undefined) => (neighbour ? headOf(neighbour) : null)
  const publication = site.publications[index]!
  return renderPublicationPage(site, publication, present(publication, site.collection), {
    previous: head(site.publications[index - 1]),
    next: head(site.publications[index + 1]),
    downloads: ownedBy(site, publication.id),
    citation: citationRecordOf(publication, site.collection, {buildDate: site.buildDate}),
    citeFiles: citeFiles(publication.id)
  })
}

function homePage(site: Site): string {
  const cards = site.publications.map((publication) =>
    renderCard(
      site,
      publication,
      present(publication, site.collection, {lang: site.collection.lang}),
      ownedBy(site, publication.id)
    )
  )
  const summaries = site.publications.map((publication) => present(publication, site.collection).summary)
  const facts = presentCollection(site.collection, summaries)
  const browse = browseCollection(site.collection.lang, site.collection.title, summaries)
  return renderHomePage(site, cards, ownedBy(site, null), facts, browse)
}

function feedOf(site: Site): string {
  return renderFeed(
    site,
    site.publications.map((publication) => ({
      head: headOf(publication),
      title: plainText(publication.title),
      ...feedFactsOf(present(publication, site.collection))
    }))
  )
}

const sitemapOf = (site: Site) => renderSitemap(site, site.publications.map(headOf))

function notFoundPage(site: Site): string {
  return renderNotFoundPage(
    site,
    site.publications.map((publication) => ({
      id: publication.id,
      title: plainText(publication.title),
      lang: publication.lang
    }))
  )
}

function parse(html: string): Root {
  return fromHtml(html)
}

describe('renderPublicationPage', () => {
  const tree = parse(publicationPage(state([interview, second]), 0))

  it('has exactly one h1, the title', () => {
    const h1s = selectAll('h1', tree)
    expect(h1s).toHaveLength(1)
    expect(toString(h1s[0]!)).toBe('A talk about things')
  })

  it('traces each question to its source lines, striking removed lines with their reasons, and names the SHA-256', () => {
    const traced = publicationOf(
      'traced.txt',
      'A talk\n\n1. First question?\n\nFirst answer.\n\nRead more: something else entirely\n\nMore of the first answer.\n\n2. Second question?\n\nSecond answer.\n'
    )
    const tree = parse(publicationPage(state([traced]), 0))
    const traces = selectAll('section.qa details.trace', tree)
    expect(traces).toHaveLength(traced.qa.length)
    expect(toString(select('summary', traces[0]!)!)).toBe('Source lines 3–9')
    expect(selectAll('li', traces[0]!).map((node) => toString(node))).toEqual([
      'Line 3: question',
      'Line 5: answer',
      `Line 7: removed Read more: something else entirely (${traced.removed.find((r) => r.line === 7)!.reason})`,
      'Line 9: answer'
    ])
    expect(toString(select('li del', traces[0]!)!)).toBe('Read more: something else entirely')
    expect(toString(select('.digest code', traces[1]!)!)).toBe(traced.source.sha256)
    expect(toString(select('.digest', traces[1]!)!)).toContain('traced.txt')
  })

  it('names each permalink for screen readers in the page language', () => {
    const german = publicationOf(
      'de.txt',
      'Ein Gespräch\n\n1. Warum fragen Sie?\n\nWeil es wichtig ist, und zwar sehr.\n'
    )
    expect(german.lang).toBe('de')
    const tree = parse(publicationPage(state([german]), 0))
    const hidden = select('a.permalink .visually-hidden', tree)!
    expect(toString(hidden)).toBe(', Link zu Frage 1')
    expect(hidden.properties.lang).toBeUndefined()
  })

  it('anchors each question on core’s id, with a permalink and a cite button', () => {
    for (const qa of interview.qa) {
      const heading = select(`h2#${qa.id}`, tree)
      expect(heading, qa.id).toBeDefined()
      expect(select(`a.permalink[href="#${qa.id}"]`, tree)).toBeDefined()
      expect(select(`button.cite[data-anchor="${qa.id}"]`, tree)).toBeDefined()
      expect(select(`.toc a[href="#${qa.id}"]`, tree)).toBeDefined()
    }
  })

  it('demotes headings inside answers below the page outline', () => {
    const levels = selectAll('h1, h2, h3, h4, h5, h6', tree).map((node) => Number(node.tagName.slice(1)))
    expect(levels[0]).toBe(1)
    for (let index = 1; index < levels.length; index++)
      expect(levels[index]! - levels[index - 1]!).toBeLessThanOrEqual(1)
    expect(toString(select('h3', tree)!)).toBe('A heading inside an answer')
  })

  it('says who interviewed whom and where it appeared', () => {
    const head = toString(select('.pub-head', tree)!)
    expect(head).toContain('Ann Answer interviewed by Quinn Asker')
    expect(head).toContain('Quinn Asker (Some Institute)')
    expect(head).toContain('The Paper (March issue)')
    expect(select('time[datetime="2021-03-04"]', tree)).toBeDefined()
  })

  it('links the next publication with relative links only', () => {
    expect(select('a[rel="next"][href="2022-01-01-second-one.html"]', tree)).toBeDefined()
    expect(select('a[rel="prev"]', tree)).toBeUndefined()
    const links = selectAll('a[href], link[href], script[src]', tree).map((node) =>
      String(node.properties.href ?? node.properties.src)
    )
    const external = links.filter((href) => /^[a-z]+:/i.test(href) && href !== 'https://example.org/a')
    expect(external).toEqual([])
  })

  it('carries the citation data and JSON-LD Article metadata', () => {
    const article = select('article.publication', tree) as Element
    expect(article.properties.dataCitation).toBe(
      'Ann Answer, interviewed by Quinn Asker. “A talk about things.” The Paper, 4 March 2021.'
    )
    const json = JSON.parse(toString(select('script[type="application/ld+json"]', tree)!))
    expect(json).toMatchObject({
      '@type': 'Article',
      headline: 'A talk about things',
      datePublished: '2021-03-04',
      author: [{name: 'Ann Answer'}],
      publisher: {name: 'The Paper'}
    })
  })

  it('sets a strict CSP, lang, viewport and Open Graph tags', () => {
    const csp = select('meta[http-equiv="Content-Security-Policy"]', tree) as Element
    expect(String(csp.properties.content)).toContain("script-src 'self'")
    expect(String(csp.properties.content)).not.toContain('unsafe')
    expect((select('html', tree) as Element).properties.lang).toBe('en')
    expect(select('meta[property="og:type"][content="article"]', tree)).toBeDefined()
    expect(select('[style]', tree)).toBeUndefined()
    const inline = selectAll('script:not([src])', tree).filter((node) => node.properties.type !== 'application/ld+json')
    expect(inline).toEqual([])
  })

  it('shows a truncation notice and the provenance of a truncated source', () => {
    const corpus = readCorpus()
    const index = corpus.publications.findIndex((publication) => publication.truncated)
    expect(index).toBeGreaterThanOrEqual(0)
    const page = parse(publicationPage(state(corpus.publications), index))
    expect(toString(select('.notice.truncated', page)!)).toContain('source is incomplete')
    const provenance = toString(select('section.provenance', page)!)
    for (const removed of corpus.publications[index]!.removed) expect(provenance).toContain(removed.text)
  })
})

describe('an article (no questions)', () => {
  const article = publicationOf(
    'essay.md',
    '---\ntitle: An essay\nkind: article\n---\n\nFirst paragraph of prose.\n\n## A section\n\nSecond paragraph.\n'
  )
  const tree = parse(publicationPage(state([article]), 0))

  it('shows the body with its sections under the title, and no question contents', () => {
    expect(article.kind).toBe('article')
    expect(select('.toc', tree)).toBeUndefined()
    const text = toString(select('main', tree)!)
    for (const block of [...article.intro, ...article.body]) expect(text).toContain(block.text)
    expect(selectAll('h1', tree)).toHaveLength(1)
  })
})

describe('escaping', () => {
  const corpus = readCorpus(hostileSources)
  const hostile = corpus.publications.filter((publication) => publication.source.path.startsWith('zz-'))

  it('normalizes both hostile sources', () => {
    expect(corpus.failures).toEqual([])
    expect(hostile).toHaveLength(2)
  })

  it('renders hostile markup as text, never as elements or handlers', async () => {
    const files = await render({collection: corpus.collection, publications: corpus.publications}, options())
    for (const file of files.filter((candidate) => candidate.path.endsWith('.html'))) {
      const html = text(file)
      const tree = parse(html)
      const scripts = selectAll('script', tree).filter((node) => node.properties.type !== 'application/ld+json')
      for (const script of scripts)
        expect(String(script.properties.src), file.path).toMatch(/^(?:\.\.\/)*assets\/[a-z-]+\.js$/)
      for (const script of scripts) expect(script.children, file.path).toEqual([])
      expect(selectAll('img, iframe, svg, object, embed', tree), file.path).toEqual([])
      const attributes = selectAll('*', tree).flatMap((node) => Object.entries(node.properties))
      expect(
        attributes.filter(([name]) => /^on/i.test(name)),
        file.path
      ).toEqual([])
      expect(
        attributes.filter(([, value]) => /^\s*javascript:/i.test(String(value))),
        file.path
      ).toEqual([])
      expect(selectAll('h1', tree), file.path).toHaveLength(1)
    }
    const page = text(files.find((file) => file.path === `${hostile[0]!.id}.html`))
    expect(toString(select('h1', parse(page))!)).toContain('</script> Hostile <img src=x onerror=alert(1)>')
    expect(page).toContain('&#x3C;script>')
  })

  it('cannot break out of the JSON-LD data block', () => {
    const page = publicationPage(state(hostile), 0)
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? ''
    expect(block).not.toContain('<')
    expect(JSON.parse(block).headline).toContain('<script>')
  })
})

describe('the presentation model, serialized', () => {
  const polish = publicationOf(
    'pl.md',
    [
      '---',
      'lang: pl',
      'title: Opowieść o porcie',
      'date: 2021-06-03',
      'people:',
      '  - {name: Anna Nowak, role: interviewer}',
      'outlets:',
      '  - {name: Gazeta A, role: original, url: "https://example.org/a"}',
      '  - {name: Gazeta B, role: original, url: "https://example.org/b"}',
      '  - {name: Gazeta C, role: original}',
      '---',
      '',
      '**1. Czy to pytanie?**',
      '',
      'To odpowiedź.',
      ''
    ].join('\n')
  )
  // Polish has no table of interface words yet (its words fall back to English).
  const page = parse(publicationPage(state([polish]), 0))

  it('marks the English words of a language without a table as English, and dates them as English', () => {
    expect((select('.kicker span', page) as Element).properties.lang).toBe('en')
    expect((select('.kicker time', page) as Element).properties).toMatchObject({lang: 'en', dateTime: '2021-06-03'})
    const byline = select('.byline', page) as Element
    expect([toString(byline), byline.properties.lang]).toEqual(['Interviewer: Anna Nowak', 'en'])
    expect(selectAll('dt', page).map((node) => node.properties.lang)).toEqual(['en', 'en', 'en'])
    expect((select('#provenance', page) as Element).properties.lang).toBe('en')
  })

  it('links each outlet to its page and puts the words of the joined names between the links', () => {
    const outlets = selectAll('dd', page)[1]!
    expect(selectAll('a', outlets).map((node) => node.properties.href)).toEqual([
      'outlets/gazeta-a.html',
      'outlets/gazeta-b.html',
      'outlets/gazeta-c.html'
    ])
    expect(toString(outlets)).toBe('Gazeta A, Gazeta B and Gazeta C')
  })

  it('says nothing was removed under the heading, and lists each fact with its evidence in a quotation', () => {
    const provenance = select('section.provenance', parse(publicationPage(state([interview, second]), 0)))!
    expect(selectAll('h3', provenance).map((node) => toString(node))).toEqual([
      'Removed from the source',
      'How the facts were found'
    ])
    expect(toString(select('h3 + p', provenance)!)).toBe('Nothing was removed.')
    expect(selectAll('.evidence li', provenance).map((node) => toString(node))).toEqual([
      'Original outlet: The Paper (March issue) — set by the editor (front matter)',
      'Date: 4 March 2021 — set by the editor (front matter)',
      'Interviewee: Ann Answer — set by the editor (front matter)',
      'Interviewer: Quinn Asker (Some Institute) — set by the editor (front matter)'
    ])
  })

  it('shows a notice when Dossier made the title', () => {
    const untitled = publicationOf('untitled.txt', 'Q: Why?\n\nA: Because the harbour was closed that winter.\n')
    const notice = select('.pub-head .notice.derived-title', parse(publicationPage(state([untitled]), 0)))
    expect(toString(notice!)).toContain('Dossier made this one from the text.')
  })

  it('describes a collection without a description by its counts', () => {
    const tree = parse(homePage({...state([interview, second]), collection: {...collection, description: ''}}))
    expect((select('meta[name="description"]', tree) as Element).properties.content).toBe(
      '2 publications · 3 questions'
    )
  })
})

describe('renderHomePage', () => {
  it('lists one card per publication with links and counts', () => {
    const tree = parse(homePage(state([interview, second])))
    expect(selectAll('.cards > li', tree)).toHaveLength(2)
    expect(select('.card h3 a[href="2021-03-04-a-talk-about-things.html"]', tree)).toBeDefined()
    expect(toString(select('.card', tree)!)).toContain('2 questions')
    expect(toString(select('h1', tree)!)).toBe('Test <Collection>')
  })

  it('links only the downloads that exist', () => {
    const attachments = [
      {path: 'epub/2021-03-04-a-talk-about-things.epub', bytes: 2000},
      {path: 'dataset/qa.csv', bytes: 2}
    ]
    const downloads = [
      ...planPublicationDownloads(attachments.slice(0, 1), interview.id),
      ...planCollectionDownloads(attachments, [interview.id, second.id], collection)
    ]
    const tree = parse(homePage(state([interview, second], {downloads})))
    const hrefs = selectAll('.downloads a', tree).map((node) => node.properties.href)
    expect(hrefs).toEqual(['downloads/2021-03-04-a-talk-about-things.epub', 'downloads/qa.csv'])
  })
})

describe('browse pages', () => {
  const pagesOf = (site: Site) => {
    const summaries = site.publications.map((publication) => present(publication, site.collection).summary)
    const browse = browseCollection(site.collection.lang, site.collection.title, summaries)
    return new Map(renderBrowsePages(site, browse).map((page) => [page.path, parse(page.contents)]))
  }
  const listed = (tree: Root) => selectAll('ol.listing > li > a', tree).map((node) => String(node.properties.href))

  it('sort and group without script: every link of the home page reaches a list or a group that exists', () => {
    const site = state([interview, second])
    const pages = pagesOf(site)
    expect([...pages.keys()]).toEqual([
      'browse-newest.html',
      'browse-oldest.html',
      'browse-title.html',
      'browse-length.html',
      'browse.html'
    ])
    const all = selectAll('nav.browse a', parse(homePage(site))).map((node) => String(node.properties.href))
    // By person and by outlet: the people and outlets pages (the site test checks they exist).
    expect(all.slice(-2)).toEqual(['people/index.html', 'outlets/index.html'])
    const links = all.slice(0, -2)
    expect(links.length).toBeGreaterThan(4)
    for (const link of links) {
      const [file, anchor] = link.split('#')
      expect(pages.has(file!), link).toBe(true)
      if (anchor) expect(select(`[id="${anchor}"]`, pages.get(file!)!), link).toBeDefined()
    }
  })

  it('orders by date both ways, undated last, and by length; the current order is marked', () => {
    const site = state([interview, second])
    const pages = pagesOf(site)
    const dated = site.publications
      .filter((publication) => publication.date)
      .sort((a, b) => (a.date!.value < b.date!.value ? -1 : 1))
      .map((publication) => `${publication.id}.html`)
    const undated = site.publications.filter((publication) => !publication.date).map((p) => `${p.id}.html`)
    expect(listed(pages.get('browse-oldest.html')!)).toEqual([...dated, ...undated])
    expect(listed(pages.get('browse-newest.html')!)).toEqual([...dated.reverse(), ...undated])
    const longest = [...site.publications].sort((a, b) => b.stats.words - a.stats.words).map((p) => `${p.id}.html`)
    expect(listed(pages.get('browse-length.html')!)).toEqual(longest)
    const current = select('nav.browse a[aria-current="page"]', pages.get('browse-title.html')!)
    expect(current?.properties.href).toBe('browse-title.html')
  })

  it('groups by language, type and year, in the collection language', () => {
    const site = state([interview, second], {collection: {...collection, lang: 'de'}})
    const browse = pagesOf(site).get('browse.html')!
    expect(selectAll('section.facet h2', browse).map((node) => toString(node))).toEqual(['Sprache', 'Art', 'Jahr'])
    const groups = selectAll('section.facet h3', browse).map((node) => String(node.properties.id))
    expect(groups).toContain('lang-en')
    expect(groups.some((id) => id.startsWith('kind-'))).toBe(true)
    // Every publication is in exactly one group of each facet.
    for (const facet of selectAll('section.facet', browse))
      expect(selectAll('ul.listing > li', facet)).toHaveLength(site.publications.length)
    expect(toString(select('nav.browse', browse)!)).toContain('Sortieren: Neueste zuerst')
  })
})

describe('planCollectionDownloads', () => {
  it('copies attachments under downloads/ and keeps clashing names apart', () => {
    const downloads = planCollectionDownloads(
      [
        {path: 'pdf/x.pdf', bytes: 1},
        {path: 'other/x.pdf', bytes: 1},
        {path: '../evil.pdf', bytes: 1}
      ],
      [],
      collection
    )
    expect(downloads.map((download) => [download.path, download.copyOf])).toEqual([
      ['downloads/x.pdf', 'other/x.pdf'],
      ['downloads/pdf-x.pdf', 'pdf/x.pdf']
    ])
    expect(downloads.map((download) => download.label)).toEqual(['PDF', 'PDF'])
  })

  it('leaves a publication its flat names: a collection-wide file of the same name keeps its folder', () => {
    const attachments = [
      {path: 'pdf/x.pdf', bytes: 3},
      {path: 'dataset/extra/x.pdf', bytes: 4},
      {path: 'pdf/briefing.pdf', bytes: 5}
    ]
    expect(planPublicationDownloads(attachments.slice(0, 1), 'x').map((download) => download.path)).toEqual([
      'downloads/x.pdf'
    ])
    const shared = planCollectionDownloads(attachments, ['x'], collection)
    expect(shared.map((download) => [download.path, download.title, download.owner])).toEqual([
      ['downloads/dataset-extra-x.pdf', 'X', null],
      ['downloads/briefing.pdf', 'Briefing', null]
    ])
  })
})

describe('feed and sitemap', () => {
  it('writes an Atom feed with relative links and stable ids without a base URL', () => {
    const feed = feedOf(state([interview, second]))
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"')
    expect(feed).toContain('<id>urn:dossier:test:2021-03-04-a-talk-about-things</id>')
    expect(feed).toContain('href="2021-03-04-a-talk-about-things.html"')
    expect(feed).toContain('<title>Test &#x3C;Collection></title>')
    expect(feed.indexOf('Second one')).toBeLessThan(feed.indexOf('A talk about things'))
    expect(sitemapOf(state([interview]))).toBeNull()
  })

  it('uses absolute URLs when the collection has a base URL', () => {
    const withBase = state([interview], {collection: {...collection, baseUrl: 'https://example.org/dossier'}})
    expect(sitemapOf(withBase)).toContain('<loc>https://example.org/dossier/2021-03-04-a-talk-about-things.html</loc>')
    expect(feedOf(withBase)).toContain('<id>https://example.org/dossier/2021-03-04-a-talk-about-things.html</id>')
    expect(publicationPage(withBase, 0)).toContain(
      '<link rel="canonical" href="https://example.org/dossier/2021-03-04-a-talk-about-things.html">'
    )
  })

  it('lists the people and outlets pages in the sitemap, each page with its canonical address', async () => {
    const files = await render(
      {collection: {...collection, baseUrl: 'https://example.org/dossier'}, publications: [interview]},
      options()
    )
    const sitemap = text(files.find((file) => file.path === 'sitemap.xml'))
    const people = files.filter((file) => /^(people|outlets)\//.test(file.path)).map((file) => file.path)
    expect(people).toEqual([
      'people/index.html',
      'people/ann-answer.html',
      'people/quinn-asker.html',
      'outlets/index.html',
      'outlets/the-paper.html'
    ])
    for (const path of people) {
      expect(sitemap).toContain(`<loc>https://example.org/dossier/${path}</loc>`)
      expect(text(files.find((file) => file.path === path))).toContain(
        `<link rel="canonical" href="https://example.org/dossier/${path}">`
      )
    }
  })
})

describe('renderNotFoundPage', () => {
  it('links absolutely when the site has a base URL, since it is served at any depth', () => {
    const withBase = state([interview], {collection: {...collection, baseUrl: 'https://example.org/dossier/'}})
    const tree = parse(notFoundPage(withBase))
    expect(select('link[rel="stylesheet"]', tree)!.properties.href).toBe('https://example.org/dossier/assets/site.css')
    expect(select('main a', tree)!.properties.href).toBe('https://example.org/dossier/index.html')
    expect(select('link[rel="stylesheet"]', parse(notFoundPage(state([interview]))))!.properties.href).toBe(
      'assets/site.css'
    )
  })

  it('speaks the collection’s language, and marks the English words of a language without them', () => {
    const french = parse(notFoundPage(state([interview], {collection: {...collection, lang: 'fr'}})))
    expect(toString(select('h1', french)!)).toBe('Page introuvable')
    expect(
      selectAll('main li a', french)
        .slice(0, 2)
        .map((node) => toString(node))
    ).toEqual(['Aller à la page d’accueil', 'Rechercher dans la collection'])
    expect(select('meta[name="description"]', french)!.properties.content).toMatch(/^Il n’y a pas de page/)
    // Polish has no table of interface words yet: the English words are marked English.
    const polish = parse(notFoundPage(state([interview], {collection: {...collection, lang: 'pl'}})))
    expect(select('h1', polish)!.properties.lang).toBe('en')
    expect(toString(select('h1', polish)!)).toBe('Page not found')
  })
})

describe('the search page', () => {
  it('describes itself in the collection’s language', () => {
    const page = parse(renderSearchPage(state([interview], {collection: {...collection, lang: 'de'}})))
    expect(select('meta[name="description"]', page)!.properties.content).toBe(
      `Alle Fragen und Antworten in ${collection.title} durchsuchen.`
    )
  })
})

describe('search', () => {
  it('indexes one document per question, pointing at its anchor', () => {
    const documents = searchDocuments([interview])
    expect(documents.map((document) => document.url)).toEqual([
      '2021-03-04-a-talk-about-things.html',
      '2021-03-04-a-talk-about-things.html#q1',
      '2021-03-04-a-talk-about-things.html#q2'
    ])
  })
})

describe('render', () => {
  it('is pure: the same input gives the same files', async () => {
    const corpus = readCorpus()
    const input = {collection: corpus.collection, publications: corpus.publications}
    const first = await render(input, options())
    const again = await render(input, options())
    expect(again.map((file) => [file.path, text(file)])).toEqual(first.map((file) => [file.path, text(file)]))
  })

  it('throws a clear error when the CLI did not pass an asset', async () => {
    await expect(render({collection, publications: []}, {...options(), assets: {}})).rejects.toThrow(
      /asset "site.css" was not passed/
    )
  })
})

describe('the package', () => {
  it('is a RendererModule the CLI can load', async () => {
    const module: RendererModule = await import('../src/index.js')
    expect(module.format).toBe('html')
    expect(module.folder).toBe('site')
    expect(module.needs).toEqual(['json', 'epub', 'pdf'])
    for (const path of Object.values(module.assetFiles)) expect(existsSync(path), path).toBe(true)
  })
})
