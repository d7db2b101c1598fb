/**
 * Every block kind on the site (issue 14): the fixture holding every kind (core's
 * `test/fixtures/every-block-kind`) and field cases 12 (a table) and 15 (notes) are built as a site;
 * the article's HTML is a golden file; notes link both ways; the handler registry covers core's list
 * of kinds; schema.org follows core's author rule. (The Nu HTML Checker and axe-core in Chromium on
 * the same site: block-kinds-referees.test.ts.)
 */
import {blockKinds, missingHandlers} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {blockHandlers} from '../src/lib/content.js'
import {blockKindSite, pageOf} from './block-kinds-site.js'

describe('blockHandlers', () => {
  it('has a handler for every block kind of the model', () => {
    expect(missingHandlers(blockHandlers)).toEqual([])
    expect(Object.keys(blockHandlers).sort()).toEqual([...blockKinds].sort())
  })
})

describe('the site with every block kind', async () => {
  const site = await blockKindSite()
  const html = pageOf(site, 'every-block-kind.md')
  const article = /<article[\s\S]*<\/article>/.exec(html)![0]

  it('writes the article as reviewed in golden/every-block-kind.html', async () => {
    await expect(`${article}\n`).toMatchFileSnapshot('./golden/every-block-kind.html')
  })

  it('keeps the table with its header row and column alignment, nested lists with their start, quotes, rules and code', () => {
    expect(article).toMatch(
      /<div class="table-wrap" tabindex="0" role="region" aria-label="Year, Exports \(US\$ m\), Item"><table>\s*<thead>\s*<tr>\s*<th class="align-left">Year<\/th>\s*<th class="align-right">/
    )
    expect(article).toContain('<ol start="5">')
    expect(article).toMatch(/<ol>[\s\S]*<ul>[\s\S]*<ol>[\s\S]*deep one/)
    expect(article).toContain('<blockquote>')
    expect(article).toContain('<hr>')
    expect(article).toContain('<pre><code>code block line one')
  })

  it('links note markers and notes both ways, never inside an answer', () => {
    expect(article).toContain('<sup><a href="#fn1" id="fnref1" role="doc-noteref">[1]</a></sup>')
    expect(article).toMatch(
      /<section id="footnotes" class="footnotes" role="doc-endnotes" aria-labelledby="footnotes-title"><h2 id="footnotes-title">Notes<\/h2>/
    )
    const gas = pageOf(site, 'gas-pipeline.txt')
    const answers = [...gas.matchAll(/<div class="answer">([\s\S]*?)<\/div>/g)].map((m) => m[1]).join('')
    expect(answers).not.toMatch(/References|Ministry of Energy/)
    expect(gas).toMatch(
      /<li id="fn1"><p>Ministry of Energy statement, 12 March 2019\. <a href="#fnref1" role="doc-backlink"/
    )
    expect(gas).toMatch(/<li id="fn3"><p>Joint statement after the Moscow talks, May 2024\./)
  })

  it('names interviewers as contributors and interviewees as authors in schema.org', () => {
    const wheat = pageOf(site, 'wheat-deal.md')
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(wheat)![1]!)
    expect(jsonLd.author).toEqual([{'@type': 'Person', name: 'Dmitri Volkov'}])
    expect(jsonLd.contributor).toEqual([{'@type': 'Person', name: 'Ayesha Karim'}])
  })
})
