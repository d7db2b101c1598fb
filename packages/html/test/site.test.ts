/**
 * The seeds' whole site on disk: every page passes the Nu HTML Checker, and every question and
 * answer paragraph of every publication is on the site (a content check, not a spot check).
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {indexPeople, peopleOf, type Publication} from '@dossier/core'
import {fromHtml} from 'hast-util-from-html'
import {select, selectAll} from 'hast-util-select'
import {toString} from 'hast-util-to-string'
import {beforeAll, describe, expect, it} from 'vitest'
import {buildSite, hostileSources, readCorpus} from './helpers.js'
import {brokenLinks} from './links.js'
import {checkHtml} from './nu.js'

/** Whitespace does not matter for "is this text on the page". */
const squash = (value: string) => value.replace(/\s+/g, '')

let site: {dir: string; files: {path: string}[]}
let publications: Publication[]

beforeAll(async () => {
  const corpus = readCorpus(hostileSources)
  expect(corpus.failures).toEqual([])
  publications = corpus.publications
  site = await buildSite(corpus, [
    {path: 'dataset/publications.json', contents: '[]'},
    {path: 'pdf/briefing.pdf', contents: new Uint8Array(10)}
  ])
})

describe('the seeds’ site', () => {
  it('has the pages, feed and assets a reader needs', () => {
    const paths = site.files.map((file) => file.path)
    for (const path of [
      'index.html',
      'search.html',
      '404.html',
      'feed.xml',
      'browse.html',
      'browse-newest.html',
      'browse-oldest.html',
      'browse-title.html',
      'browse-length.html',
      'robots.txt',
      'assets/site.css',
      'assets/site.js',
      'assets/theme.js',
      'assets/search.js',
      'assets/minisearch.js',
      'assets/search-index.js',
      'assets/favicon.svg',
      'downloads/briefing.pdf',
      'downloads/publications.json'
    ]) {
      expect(paths).toContain(path)
    }
    for (const publication of publications) expect(paths).toContain(`${publication.id}.html`)
  })

  it('passes the Nu HTML Checker with zero errors on every page', () => {
    const pages = site.files.filter((file) => file.path.endsWith('.html')).map((file) => join(site.dir, file.path))
    const messages = checkHtml(pages)
    const errors = messages.filter((message) => message.type === 'error' || message.subType === 'fatal')
    expect(errors).toEqual([])
    // vnu checks CSP for file: URLs, where 'self' matches nothing, and counts JSON-LD data blocks as
    // inline scripts (CSP3 exempts them); both are warnings about the checker's context, not the page.
    const warnings = messages.filter((message) => !/Content Security Policy/.test(message.message))
    expect(warnings).toEqual([])
    // Home, search, 404, browse and its four orders, the people and outlets indexes, and a page per person and per outlet.
    const {people, outlets} = indexPeople(publications.map(peopleOf))
    expect(people.length).toBeGreaterThan(2)
    expect(pages.length).toBe(publications.length + 10 + people.length + outlets.length)
  })

  it('shows every question and every answer paragraph of every publication', () => {
    let checked = 0
    for (const publication of publications) {
      const tree = fromHtml(readFileSync(join(site.dir, `${publication.id}.html`), 'utf8'))
      for (const qa of publication.qa) {
        const heading = select(`h2#${qa.id}`, tree)
        expect(heading, `${publication.id}#${qa.id}`).toBeDefined()
        expect(squash(toString(heading!))).toContain(squash(qa.question.text))
        const section = toString(select(`section.qa[aria-labelledby="${qa.id}"]`, tree)!)
        for (const block of qa.answer) {
          expect(squash(section), `${publication.id}#${qa.id} line ${block.line}`).toContain(squash(block.text))
          checked++
        }
      }
      const page = squash(toString(select('main', tree)!))
      for (const block of [...publication.intro, ...publication.body, ...publication.about, ...publication.notes]) {
        expect(page, `${publication.id} line ${block.line}`).toContain(squash(block.text))
        checked++
      }
    }
    expect(checked).toBeGreaterThan(20)
  })

  it('has no broken relative link, script, stylesheet or anchor', () => {
    expect(brokenLinks(site.dir, site.files)).toEqual([])
  })

  it('lists every publication on the home page and in the feed', () => {
    const home = fromHtml(readFileSync(join(site.dir, 'index.html'), 'utf8'))
    const feed = readFileSync(join(site.dir, 'feed.xml'), 'utf8')
    const links = selectAll('.cards a', home).map((node) => node.properties.href)
    for (const publication of publications) {
      expect(links).toContain(`${publication.id}.html`)
      expect(feed).toContain(`href="${publication.id}.html"`)
    }
  })
})
