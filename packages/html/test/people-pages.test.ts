/**
 * People and outlets pages (issue 24) on a small collection built for them: two publications share
 * an interviewee (once named in the byline of a numbered interview, once as the speaker label "AK"
 * the normalizer read as her), and a Russian publication names her in Cyrillic, who stays a person
 * of her own. The pages list every publication and answer, every link on them resolves, the Nu HTML
 * Checker and axe-core find nothing, and in Chromium from file:// a speaker label and a byline name
 * lead to her page.
 */
import {pathToFileURL} from 'node:url'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {buildCorpus, type Corpus, type SourceInput} from '@dossier/core'
import type {Element} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {select, selectAll} from 'hast-util-select'
import {toString} from 'hast-util-to-string'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {axe, connectBrowser} from './browser.js'
import {buildSite} from './helpers.js'
import {brokenLinks} from './links.js'
import {checkHtml} from './nu.js'

const source = (path: string, text: string, meta?: string): SourceInput => ({
  path,
  bytes: new TextEncoder().encode(text),
  meta: meta ? {path: path.replace(/\.txt$/, '.meta.yaml'), text: meta} : null
})

/** Speaker labels as initials: the normalizer reads "AK" as Anna Kowalczyk, named in the intro. */
const labelled = source(
  'a-white-paper.txt',
  [
    'How to read a Chinese white paper',
    '',
    'Sinologist Anna Kowalczyk talks to Tomás Kerr about official documents and what they leave out.',
    '',
    'TK: Where do you start with a new white paper?',
    '',
    'AK: With the table of contents. What is missing from it matters more than what is there.',
    '',
    'TK: And the language?',
    '',
    'AK: Look for the verbs. "Firmly oppose" and "resolutely oppose" are different signals.',
    ''
  ].join('\n'),
  'date: 2023-05-02\n'
)
const numbered = source(
  'b-talks.txt',
  [
    'Talks in the autumn',
    '',
    '1. What did the talks change?',
    '',
    'They changed the tone more than the substance. Both sides want to be seen talking.',
    '',
    '2. What comes next?',
    '',
    'A second round, probably in the spring. Nothing is signed yet.',
    ''
  ].join('\n'),
  [
    'date: 2021-10-04',
    'people:',
    '  - {name: Anna Kowalczyk, role: interviewee, affiliation: University of Warsaw}',
    '  - {name: Adeela Jawad, role: interviewer}',
    'outlets:',
    '  - {name: OneWorld, role: original, url: "https://oneworld.example/"}',
    ''
  ].join('\n')
)
const cyrillic = source(
  'c-peregovory.txt',
  [
    'Переговоры осенью',
    '',
    '1. Что изменили переговоры?',
    '',
    'Они изменили тон больше, чем суть. Обе стороны хотят, чтобы их видели за столом.',
    ''
  ].join('\n'),
  'date: 2022-03\nlang: ru\npeople:\n  - {name: Анна Ковальчик, role: interviewee}\noutlets:\n  - {name: ONEWORLD, role: republisher}\n'
)

let corpus: Corpus
let site: {dir: string; files: Array<{path: string}>}
let browser: Browser
const newPages = () => site.files.map((file) => file.path).filter((path) => /^(people|outlets)\/.*\.html$/.test(path))
const page = (path: string) => fromHtml(readFileSync(join(site.dir, path), 'utf8'))

beforeAll(async () => {
  corpus = buildCorpus({
    sources: [labelled, numbered, cyrillic],
    collection: {path: 'collection.yaml', text: 'title: People and their words\nlang: en\n'}
  })
  expect(corpus.failures).toEqual([])
  site = await buildSite(corpus)
  browser = await connectBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('the people and outlets pages', () => {
  it('gives each person and outlet a page, the Cyrillic name its own', () => {
    expect(newPages()).toEqual([
      'people/index.html',
      'people/adeela-jawad.html',
      'people/anna-kowalczyk.html',
      expect.stringMatching(/^people\/tomas-kerr--[0-9a-f]{12}\.html$/),
      expect.stringMatching(/^people\/name--[0-9a-f]{12}\.html$/),
      'outlets/index.html',
      'outlets/oneworld.html'
    ])
    const russian = page(newPages()[4]!)
    expect(select('h1', russian)?.properties).toMatchObject({lang: 'ru'})
    expect(toString(select('h1', russian)!)).toBe('Анна Ковальчик')
    expect(selectAll('.appearance', russian)).toHaveLength(1)
  })

  it('lists both of her publications by date, with her role, affiliation and every answer linked to its question', () => {
    const anna = page('people/anna-kowalczyk.html')
    expect(toString(select('.byline', anna)!)).toBe('2 publications · 4 answers')
    const sections = selectAll('section.appearance', anna)
    expect(sections.map((section) => toString(select('h2', section)!))).toEqual([
      'Talks in the autumn',
      'How to read a Chinese white paper'
    ])
    expect(sections.map((section) => toString(select('.meta', section)!))).toEqual([
      '4 October 2021 · Interviewee, University of Warsaw',
      '2 May 2023 · Interviewee'
    ])
    const answers = sections.map((section) =>
      selectAll('.turns li', section).map((item) => [
        (select('a', item) as Element).properties.href,
        toString(select('a', item)!),
        toString(select('.excerpt', item)!)
      ])
    )
    const byPath = (path: string) => corpus.publications.find((p) => p.source.path === path)!
    const [talks, paper] = [byPath('b-talks.txt'), byPath('a-white-paper.txt')]
    expect(answers).toEqual([
      [
        [
          `../${talks!.id}.html#q1`,
          'What did the talks change?',
          // The opening sentence of the answer (core's key point rule).
          'They changed the tone more than the substance.'
        ],
        [
          `../${talks!.id}.html#q2`,
          'What comes next?',
          'A second round, probably in the spring. Nothing is signed yet.'
        ]
      ],
      [
        [
          `../${paper!.id}.html#q1`,
          'Where do you start with a new white paper?',
          'With the table of contents. What is missing from it matters more than what is there.'
        ],
        [
          `../${paper!.id}.html#q2`,
          'And the language?',
          'Look for the verbs. “Firmly oppose” and “resolutely oppose” are different signals.'
        ]
      ]
    ])
    // The label "AK" is hers because the normalizer read it so in that source, and the page says why.
    expect(toString(select('dl.facts dd', anna)!)).toBe('AK')
    expect(selectAll('.matching li', anna).map((item) => toString(item))).toEqual([
      'label “AK” read as “Anna Kowalczyk” by the normalizer in a-white-paper.txt, line 7',
      '“Anna Kowalczyk” in a-white-paper.txt and “Anna Kowalczyk” in b-talks.txt: same name'
    ])
  })

  it('lists the interviewer’s questions, the outlet’s publications with their roles, and the indexes', () => {
    const jawad = page('people/adeela-jawad.html')
    expect(toString(select('h3', jawad)!)).toBe('Questions asked')
    expect(selectAll('.turns li', jawad)).toHaveLength(2)
    const outlet = page('outlets/oneworld.html')
    expect(selectAll('.appearance .meta', outlet).map((node) => toString(node))).toEqual([
      '4 October 2021 · First published in: OneWorld · https://oneworld.example/',
      'March 2022 · Republished by: ONEWORLD'
    ])
    expect(selectAll('.matching li', outlet).map((node) => toString(node))).toEqual([
      '“ONEWORLD” in c-peregovory.txt and “OneWorld” in b-talks.txt: same name, case-folded'
    ])
    const people = page('people/index.html')
    expect(selectAll('.entity-list a', people).map((node) => toString(node))).toEqual([
      'Adeela Jawad',
      'Anna Kowalczyk',
      'Tomás Kerr',
      'Анна Ковальчик'
    ])
    expect(toString(select('.byline', people)!)).toBe('4 people')
  })

  it('has no broken link, anchor, stylesheet or script on the new pages', () => {
    expect(brokenLinks(site.dir, site.files, newPages())).toEqual([])
    // And each publication page links its people's pages (checked by the same rule).
    expect(brokenLinks(site.dir, site.files)).toEqual([])
  })

  it('passes the Nu HTML Checker with zero errors and warnings on the new pages', () => {
    const messages = checkHtml(newPages().map((path) => join(site.dir, path)))
    // As in site.test.ts: CSP warnings are about the checker's file: context, not the page.
    expect(messages.filter((message) => !/Content Security Policy/.test(message.message))).toEqual([])
  })

  it('has no axe-core violations on the new pages in light and dark themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({colorScheme})
      const tab = await context.newPage()
      for (const path of newPages()) {
        await tab.goto(pathToFileURL(join(site.dir, path)).href)
        expect(await axe(tab), `${colorScheme} ${path}`).toEqual([])
      }
      await context.close()
    }
  })

  it('leads from a speaker label and from a byline name to her page from file://, without JavaScript', async () => {
    const context = await browser.newContext({javaScriptEnabled: false})
    const tab = await context.newPage()
    const paper = corpus.publications.find((p) => p.source.path === 'a-white-paper.txt')!
    await tab.goto(pathToFileURL(join(site.dir, `${paper.id}.html`)).href)
    await tab.locator('#q1 ~ .answer .speaker a', {hasText: 'AK'}).click()
    await tab.waitForURL(/\/people\/anna-kowalczyk\.html$/)
    expect(await tab.locator('h1').textContent()).toBe('Anna Kowalczyk')
    expect(await tab.locator('.turns .excerpt').count()).toBe(4)
    // From her answer back to the question's anchor on the publication page.
    await tab.locator('.turn-question', {hasText: 'And the language?'}).click()
    await tab.waitForURL(new RegExp(`/${paper.id}\\.html#q2$`))
    const talks = corpus.publications.find((p) => p.source.path === 'b-talks.txt')!
    await tab.goto(pathToFileURL(join(site.dir, `${talks.id}.html`)).href)
    await tab.locator('.byline a', {hasText: 'Anna Kowalczyk'}).click()
    await tab.waitForURL(/\/people\/anna-kowalczyk\.html$/)
    expect(await tab.locator('.turns li').count()).toBe(4)
    await context.close()
  })
})
