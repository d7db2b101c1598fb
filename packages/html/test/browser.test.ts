/**
 * The seeds' site in real Chromium (Debian's, driven by playwright-core): axe-core on every page in
 * both themes, search from a server under a subpath and from file://, theme and text size
 * remembered, no sideways scrolling at 390 and 320 px, no request leaving localhost, no console
 * errors, pages usable without JavaScript, hostile sources inert. Screenshots go to test-artifacts/.
 */
import {mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildCorpus, type Publication} from '@dossier/core'
import type {Browser, BrowserContext} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {foldTerm, searchDocuments} from '../src/index.js'
import {plainText} from '../src/lib/format.js'
import {searchShardCount, searchShardOf} from '../src/lib/search-index.js'
import {axe, connectBrowser} from './browser.js'
import {buildSite, hostileSources, readCorpus, sourceOf} from './helpers.js'
import {serve} from './serve.js'

const artifacts = fileURLToPath(new URL('../test-artifacts/', import.meta.url))

let browser: Browser
let publications: Publication[]
let siteDir: string
let pages: string[]
let server: Awaited<ReturnType<typeof serve>>
let hostile: {dir: string; server: Awaited<ReturnType<typeof serve>>; ids: string[]}

/** A context that records every request and every console error, and blocks nothing. */
async function watchedContext(
  options: Parameters<Browser['newContext']>[0] = {}
): Promise<{context: BrowserContext; requests: string[]; problems: string[]}> {
  const context = await browser.newContext(options)
  const requests: string[] = []
  const problems: string[] = []
  context.on('request', (request) => requests.push(request.url()))
  context.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()} (${message.location().url})`)
  })
  context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`))
  context.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  return {context, requests, problems}
}

function offHost(requests: string[], allowed: string): string[] {
  return requests.filter((url) => !url.startsWith(allowed) && !url.startsWith('data:'))
}

/** A word that occurs in exactly one question's heading or answer, so the right hit is known. */
function uniqueWord(): {word: string; url: string} {
  const documents = searchDocuments(publications)
  const counts = new Map<string, Set<string>>()
  for (const document of documents) {
    for (const word of `${document.heading} ${document.text} ${document.title}`.split(/[^\p{L}]+/u)) {
      const folded = foldTerm(word)
      if (!folded || folded.length < 8) continue
      counts.set(folded, (counts.get(folded) ?? new Set()).add(document.url))
    }
  }
  for (const document of documents.filter((candidate) => candidate.url.includes('#q3'))) {
    const word = document.heading.split(/[^\p{L}]+/u).find((candidate) => {
      const folded = foldTerm(candidate)
      // Prefix search must not reach other documents either.
      return (
        folded &&
        folded.length >= 8 &&
        [...counts].every(([other, urls]) => !other.startsWith(folded) || (urls.size === 1 && urls.has(document.url)))
      )
    })
    if (word) return {word, url: document.url}
  }
  throw new Error('no unique word in any third question')
}

beforeAll(async () => {
  mkdirSync(artifacts, {recursive: true})
  const corpus = readCorpus()
  publications = corpus.publications
  const built = await buildSite(corpus, [
    {path: `epub/${publications[0]!.id}.epub`, contents: new Uint8Array(2048)},
    {path: 'pdf/briefing.pdf', contents: new Uint8Array(4096)},
    {path: 'dataset/qa.csv', contents: 'id,question\n'}
  ])
  siteDir = built.dir
  pages = built.files.map((file) => file.path).filter((path) => path.endsWith('.html'))
  server = await serve(siteDir, '/reader/')
  const withHostile = readCorpus(hostileSources)
  const hostileSite = await buildSite(withHostile)
  hostile = {
    dir: hostileSite.dir,
    server: await serve(hostileSite.dir),
    ids: withHostile.publications
      .filter((publication) => publication.source.path.startsWith('zz-'))
      .map((publication) => publication.id)
  }
  browser = await connectBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await hostile?.server.close()
})

describe('every page in Chromium', () => {
  it('has no axe-core violations in light and dark themes, loads only from localhost and logs no errors', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const {context, requests, problems} = await watchedContext({colorScheme, viewport: {width: 1280, height: 900}})
      const page = await context.newPage()
      for (const path of pages) {
        const response = await page.goto(server.base + path, {waitUntil: 'load'})
        expect(response?.status(), path).toBe(path === '404.html' ? 200 : 200)
        expect(await axe(page), `${colorScheme} ${path}`).toEqual([])
        expect(await page.locator('h1').count(), path).toBe(1)
      }
      expect(offHost(requests, server.origin)).toEqual([])
      expect(problems).toEqual([])
      await context.close()
    }
  })

  it('never scrolls sideways at 390 px or 320 px', async () => {
    for (const width of [390, 320]) {
      const {context, problems} = await watchedContext({viewport: {width, height: 800}, isMobile: true, hasTouch: true})
      const page = await context.newPage()
      for (const path of pages) {
        await page.goto(server.base + path, {waitUntil: 'load'})
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth
        )
        expect(overflow, `${width}px ${path}`).toBeLessThanOrEqual(0)
      }
      expect(problems).toEqual([])
      await context.close()
    }
  })

  it('saves desktop and phone screenshots in both themes', async () => {
    const publication = `${publications[0]!.id}.html`
    const shots: Array<[string, string, {width: number; height: number}, 'light' | 'dark', boolean]> = [
      ['home-desktop', 'index.html', {width: 1280, height: 900}, 'light', true],
      ['publication-desktop', publication, {width: 1280, height: 900}, 'light', false],
      ['publication-desktop-dark', `${publication}#q2`, {width: 1280, height: 900}, 'dark', false],
      ['truncation-desktop', `${publication}#q11`, {width: 1280, height: 900}, 'light', false],
      ['provenance-desktop', `${publication}#provenance`, {width: 1280, height: 900}, 'light', false],
      ['home-phone', 'index.html', {width: 390, height: 844}, 'light', true],
      ['publication-phone', publication, {width: 390, height: 844}, 'light', false],
      ['publication-phone-dark', `${publication}#q3`, {width: 390, height: 844}, 'dark', false],
      ['search-phone', 'search.html?q=Pakistan', {width: 390, height: 844}, 'light', false]
    ]
    for (const [name, path, viewport, colorScheme, fullPage] of shots) {
      const context = await browser.newContext({viewport, colorScheme, deviceScaleFactor: 1})
      const page = await context.newPage()
      await page.goto(server.base + path, {waitUntil: 'load'})
      if (path.startsWith('search')) await page.locator('#results li').first().waitFor()
      await page.evaluate(() => document.fonts.ready)
      await page.screenshot({path: join(artifacts, `${name}.png`), fullPage})
      await context.close()
    }
  })
})

describe('search', () => {
  it('finds the right question and lands on its anchor, served under a subpath', async () => {
    const {word, url} = uniqueWord()
    const {context, requests, problems} = await watchedContext({viewport: {width: 1280, height: 900}})
    const page = await context.newPage()
    // From a publication page, through the banner's search form.
    await page.goto(`${server.base}${publications[1]!.id}.html`, {waitUntil: 'load'})
    expect(
      requests.some((request) => request.includes('search-index.js')),
      'index loads lazily'
    ).toBe(false)
    await page.locator('#site-search').fill(word)
    await page.locator('#site-search').press('Enter')
    await page.waitForURL(/search\.html\?q=/)
    const first = page.locator('#results li a').first()
    await first.waitFor()
    expect(await first.getAttribute('href')).toBe(url)
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/results? for/)
    // The heading's matched word is marked.
    expect((await first.locator('mark').first().textContent())?.toLowerCase()).toBe(word.toLowerCase())
    await first.click()
    await page.waitForURL(`**/${url}`)
    const anchor = url.split('#')[1]!
    expect(await page.evaluate(() => location.hash)).toBe(`#${anchor}`)
    // The heading must end up in view (smooth scrolling may still be under way just after load).
    await expect
      .poll(async () => (await page.locator(`#${anchor}`).boundingBox())?.y, {timeout: 5000})
      .toBeLessThan(300)
    expect((await page.locator(`#${anchor}`).boundingBox())!.y).toBeGreaterThanOrEqual(0)
    expect(offHost(requests, server.origin)).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })

  it('works when the folder is opened from disk (file://)', async () => {
    const {word, url} = uniqueWord()
    const {context, requests, problems} = await watchedContext()
    const page = await context.newPage()
    await page.goto(`file://${join(siteDir, 'search.html')}`)
    await page.locator('#q').fill(word.toLowerCase())
    const first = page.locator('#results li a').first()
    await first.waitFor()
    expect(await first.getAttribute('href')).toBe(url)
    await first.click()
    await page.waitForURL(`**/${url}`)
    expect(await page.evaluate(() => location.hash)).toBe(`#${url.split('#')[1]}`)
    await expect
      .poll(async () => (await page.locator(`#${url.split('#')[1]}`).boundingBox())?.y, {timeout: 5000})
      .toBeLessThan(300)
    expect(requests.filter((request) => !request.startsWith('file://'))).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('search across shards', () => {
  it('loads every shard of the index, from file:// too, and merges their hits by score', async () => {
    const lighthouse = sourceOf(
      'lighthouse.md',
      '---\ntitle: Lighthouse keepers of the north\n---\n\n**1. Why keep a lighthouse?**\n\nBecause ships need one.\n\n**2. And the winters?**\n\nLong and dark.\n'
    )
    const pilots = sourceOf(
      'pilots.md',
      '---\ntitle: Harbour pilots\n---\n\n**1. What do pilots do?**\n\nThey guide ships past the old lighthouse and the rocks.\n'
    )
    const boats = sourceOf(
      'boats.md',
      '---\ntitle: Fishing boats\n---\n\n**1. Where do the boats go?**\n\nOut past the lighthouse at dawn, and back at dusk.\n'
    )
    const corpus = buildCorpus({
      sources: [lighthouse, pilots, boats],
      collection: {path: 'collection.yaml', text: 'title: Coast\nsearchShardSize: 1\n'}
    })
    const ids = corpus.publications.map((publication) => publication.id)
    expect(corpus.collection.searchShardSize).toBe(1)
    const count = searchShardCount(ids.length, 1)
    // The three publications sit in more than one shard, so the hits come from several indexes.
    expect(new Set(ids.map((id) => searchShardOf(id, count))).size).toBeGreaterThan(1)
    const site = await buildSite(corpus)
    const shards = site.files.filter((file) => /^assets\/search-index-\d+\.js$/.test(file.path))
    expect(shards).toHaveLength(count)
    const keeper = corpus.publications.find((publication) => publication.source.path === 'lighthouse.md')!
    for (const base of ['served', 'file'] as const) {
      const local = base === 'served' ? await serve(site.dir) : null
      try {
        const {context, requests, problems} = await watchedContext()
        const page = await context.newPage()
        const root = local ? local.base : `file://${site.dir}/`
        await page.goto(`${root}search.html?q=lighthouse`)
        await expect.poll(() => page.locator('#results li').count()).toBe(4)
        const links = await page
          .locator('#results li > a')
          .evaluateAll((elements) => elements.map((element) => element.getAttribute('href')))
        // The question that names the lighthouse, in a publication titled with it, comes first.
        expect(links[0]).toBe(`${keeper.id}.html#q1`)
        expect(new Set(links.map((link) => link!.split('.html')[0]))).toEqual(new Set(ids))
        for (const shard of shards)
          expect(
            requests.some((request) => request.endsWith(shard.path)),
            shard.path
          ).toBe(true)
        expect(problems).toEqual([])
        await context.close()
      } finally {
        await local?.close()
      }
    }
  })
  it('orders hits of equal score by the collection’s order, not by shard', async () => {
    // Two publications alike but for their ids, each alone in its shard: their hits score the same.
    const twin = (id: string) =>
      `---\nid: ${id}\ntitle: Tides of the estuary\n---\n\n**1. When do the tides turn?**\n\nTwice a day, an hour later each day.\n`
    const corpus = buildCorpus({
      sources: [sourceOf('1.md', twin('tide-b')), sourceOf('2.md', twin('tide-a'))],
      collection: {path: 'collection.yaml', text: 'title: Estuary\nsearchShardSize: 1\n'}
    })
    expect(corpus.publications.map((publication) => publication.id)).toEqual(['tide-b', 'tide-a'])
    // The first in the collection's order is in the second shard, so shard order would put it last.
    expect([searchShardOf('tide-b', 2), searchShardOf('tide-a', 2)]).toEqual([1, 0])
    const site = await buildSite(corpus)
    const {context, problems} = await watchedContext()
    const page = await context.newPage()
    await page.goto(`file://${site.dir}/search.html?q=tides`)
    await expect.poll(() => page.locator('#results li').count()).toBe(2)
    const links = await page
      .locator('#results li > a')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('href')))
    expect(links).toEqual(['tide-b.html#q1', 'tide-a.html#q1'])
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('search excerpts', () => {
  // An Arabic interview whose matched word sits far into a long answer, written with Arabic ي and ك.
  const filler = 'وتحدث الكاتب طويلًا عن حياته في القرية وعن أصدقائه القدامى. '.repeat(6)
  const arabic = sourceOf(
    'arabic-letters.txt',
    [
      'مقابلة مع كاتب',
      '',
      '1. ما هو كتابك الجديد؟',
      '',
      `${filler}ثم قال إن كتابي الجديد يتحدث عن المدينة القديمة. ${filler}`,
      '',
      '2. متى بدأت الكتابة؟',
      '',
      'بدأت الكتابة في المدرسة.',
      ''
    ].join('\n')
  )

  it('finds an Arabic-letter page by a query in Persian letters and marks the words it matched, in both themes', async () => {
    const corpus = buildCorpus({sources: [arabic], collection: null})
    expect(corpus.publications[0]!.qa).toHaveLength(2)
    const site = await buildSite(corpus)
    const local = await serve(site.dir)
    try {
      for (const colorScheme of ['light', 'dark'] as const) {
        const {context, requests, problems} = await watchedContext({colorScheme})
        const page = await context.newPage()
        // Persian keheh and yeh: کتابی, where the page has كتابي.
        await page.goto(`${local.base}search.html?q=${encodeURIComponent('کتابی')}`)
        const mark = page.locator('#results li .excerpt mark').first()
        await mark.waitFor()
        expect(await mark.textContent()).toBe('كتابي')
        const excerpt = (await page.locator('#results li .excerpt').first().textContent())!
        expect(excerpt.startsWith('… ')).toBe(true)
        expect(excerpt).toContain('كتابي الجديد يتحدث')
        expect(await page.locator('#results li').first().getAttribute('dir')).toBe('rtl')
        expect(await axe(page), `${colorScheme} excerpt`).toEqual([])
        // The question heading's matched word is marked too.
        await page.goto(`${local.base}search.html?q=${encodeURIComponent('کتابک')}`)
        const heading = page.locator('#results li a mark').first()
        await heading.waitFor()
        expect(await heading.textContent()).toBe('كتابك')
        expect(await axe(page), `${colorScheme} heading`).toEqual([])
        expect(offHost(requests, local.origin)).toEqual([])
        expect(problems).toEqual([])
        await context.close()
      }
    } finally {
      await local.close()
    }
  })

  it('speaks the collection’s language: a Russian collection counts its results in Russian', async () => {
    const russian = sourceOf(
      'russian.txt',
      'Беседа о реке\n\n1. Что вы думаете о реке?\n\nРека широкая.\n\n2. А о плотине?\n\nПлотина на реке старая.\n'
    )
    const corpus = buildCorpus({
      sources: [russian],
      collection: {path: 'collection.yaml', text: 'title: Собрание\nlang: ru\n'}
    })
    const site = await buildSite(corpus)
    const {context, problems} = await watchedContext()
    const page = await context.newPage()
    await page.goto(`file://${join(site.dir, 'search.html')}`)
    await page.locator('#q').fill('реке')
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('2 результата по запросу «реке».')
    await page.locator('#q').fill('xyzzy')
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('По запросу «xyzzy» ничего не найдено.')
    expect(await page.locator('#search-status').getAttribute('lang')).toBeNull()
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('fonts', () => {
  it('draws Russian, Greek and Vietnamese text in the bundled serif alone, never a fallback in mid-line', async () => {
    const source = sourceOf(
      'scripts.txt',
      'Беседа о реке Αθήνα và Việt Nam\n\n1. Что вы думаете о реке?\n\nРека широкая, “Αθήνα” и Hà Nội.\n'
    )
    const site = await buildSite(
      buildCorpus({sources: [source], collection: {path: 'collection.yaml', text: 'title: T\n'}})
    )
    const {context, problems} = await watchedContext()
    const page = await context.newPage()
    const id = site.files.find((file) => /^(?!index|search|404|browse).*\.html$/.test(file.path))!.path
    await page.goto(`file://${join(site.dir, id)}`)
    await page.evaluate(() => document.fonts.ready)
    const cdp = await context.newCDPSession(page)
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const {root} = await cdp.send('DOM.getDocument')
    for (const selector of ['h1', '.answer p']) {
      const {nodeId} = await cdp.send('DOM.querySelector', {nodeId: root.nodeId, selector})
      const {fonts} = await cdp.send('CSS.getPlatformFontsForNode', {nodeId})
      // Every glyph of the line comes from Source Serif 4 (the subsets' unicode-range), none from the system.
      expect(
        fonts.map((font) => font.familyName),
        selector
      ).toEqual(['Source Serif 4'])
    }
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('display controls', () => {
  it('remembers the theme toggle and the text size across pages and reloads', async () => {
    const {context, problems} = await watchedContext({colorScheme: 'light'})
    const page = await context.newPage()
    await page.goto(`${server.base}index.html`)
    const toggle = page.locator('.theme-toggle')
    expect(await toggle.getAttribute('aria-pressed')).toBe('false')
    const before = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    await toggle.click()
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark')
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(before)
    await page.locator('button.size[data-step="1"]').click()
    await page.goto(`${server.base}${publications[0]!.id}.html`)
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark')
    expect(await page.locator('html').getAttribute('data-size')).toBe('1')
    expect(await page.locator('.theme-toggle').getAttribute('aria-pressed')).toBe('true')
    await page.reload()
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark')
    await page.locator('.theme-toggle').click()
    await page.reload()
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light')
    expect(problems).toEqual([])
    await context.close()
  })

  it('copies a citation of the question: interviewee, interviewer, outlet, date, edition, question and its permalink', async () => {
    const {context, problems} = await watchedContext({permissions: ['clipboard-read', 'clipboard-write']})
    const page = await context.newPage()
    const path = `${publications[0]!.id}.html`
    await page.goto(server.base + path)
    await page.locator('button.cite[data-anchor="q2"]').click()
    await expect.poll(() => page.locator('.toast').textContent()).toContain('#q2')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    const publication = publications[0]!
    const interviewer = publication.people.find((person) => person.role === 'interviewer')!.name
    expect(copied).toMatch(new RegExp(`^Andrew Korybko, interviewed by ${interviewer}\\. “`))
    expect(copied).toContain(publication.outlets.find((outlet) => outlet.role === 'original')!.name)
    expect(copied).toContain('edition of')
    expect(copied.endsWith(` Question 2: ${server.base}${path}#q2`)).toBe(true)
    expect(await page.locator('.toast').textContent()).toBe(`Citation copied: ${copied}`)
    expect(problems).toEqual([])
    await context.close()
  })

  it('keeps pages readable without JavaScript and hides the controls that need it', async () => {
    const context = await browser.newContext({javaScriptEnabled: false})
    const page = await context.newPage()
    await page.goto(`${server.base}${publications[0]!.id}.html`)
    expect(await page.locator('.search-form').isVisible()).toBe(false)
    expect(await page.locator('.controls').isVisible()).toBe(false)
    expect(await page.locator('button.cite').first().isVisible()).toBe(false)
    expect(await page.locator('#q1').isVisible()).toBe(true)
    expect(await page.locator('.toc details').getAttribute('open')).not.toBeNull()
    await page.goto(`${server.base}search.html`)
    expect(await page.locator('.no-js-note').isVisible()).toBe(true)
    expect(await page.locator('.search-page-form').isVisible()).toBe(false)
    await context.close()
  })
})

describe('browse', () => {
  it('sorts and filters from disk without JavaScript: home → a language group → a publication', async () => {
    const context = await browser.newContext({javaScriptEnabled: false})
    const page = await context.newPage()
    await page.goto(`file://${join(siteDir, 'index.html')}`)
    await page.locator('nav.browse a[href="browse-length.html"]').click()
    await page.waitForURL(/browse-length\.html$/)
    const longest = [...publications].sort((a, b) => b.stats.words - a.stats.words)
    expect(await page.locator('ol.listing > li > a').allTextContents()).toEqual(longest.map((p) => plainText(p.title)))
    await page.locator('nav.browse a[href="browse.html#lang-en"]').click()
    await page.waitForURL(/browse\.html#lang-en$/)
    expect(await page.locator('#lang-en').isVisible()).toBe(true)
    await page.locator('#lang-en + ul.listing a').first().click()
    await page.waitForURL(new RegExp(`${publications[0]!.id}\\.html$`))
    expect(await page.locator('h1').count()).toBe(1)
    await context.close()
  })

  it('focuses search with "/", but not while the reader types elsewhere', async () => {
    const {context, problems} = await watchedContext()
    const page = await context.newPage()
    await page.goto(`${server.base}browse.html`)
    await page.keyboard.press('/')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search')
    expect(await page.inputValue('#site-search')).toBe('')
    await page.goto(`${server.base}search.html`)
    await page.locator('#q').fill('corridor')
    await page.locator('#q').press('/')
    expect(await page.inputValue('#q')).toBe('corridor/')
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('hostile sources', () => {
  it('publish as inert text: no script runs, nothing loads from elsewhere', async () => {
    const {context, requests, problems} = await watchedContext()
    const page = await context.newPage()
    for (const id of hostile.ids) {
      await page.goto(`${hostile.server.base}${id}.html`, {waitUntil: 'load'})
      expect(await page.evaluate(() => (window as unknown as {pwned?: unknown}).pwned)).toBeUndefined()
      expect(await page.locator('main script, main img, main iframe, main svg').count()).toBe(0)
      expect(await page.locator('h1').textContent()).toContain('<script>')
      expect(await axe(page), id).toEqual([])
    }
    expect(offHost(requests, hostile.server.origin)).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })
})
