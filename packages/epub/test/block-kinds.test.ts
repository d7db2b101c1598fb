/**
 * Every block kind reaches the book (issue 14): a golden test of the fixture holding every kind
 * (core's `test/fixtures/every-block-kind`), the handler registry checked against core's list of
 * kinds, notes linked both ways, sub-headings in the navigation and the author rule in the OPF.
 */
import {blockKinds, buildCorpus, missingHandlers} from '@dossier/core'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {blockHandlers} from '../src/lib/blocks.js'
import {renderBook} from './helpers.js'
import {unzipEpub} from './unzip.js'

const input = readFileSync(
  fileURLToPath(new URL('../../core/test/fixtures/every-block-kind/input.md', import.meta.url))
)
const corpus = buildCorpus({sources: [{path: 'every-block-kind.md', bytes: input, meta: null}], collection: null})
const golden = (name: string) => fileURLToPath(new URL(`./golden/every-block-kind.${name}`, import.meta.url))

describe('blockHandlers', () => {
  it('has a handler for every block kind of the model', () => {
    expect(missingHandlers(blockHandlers)).toEqual([])
    expect(Object.keys(blockHandlers).sort()).toEqual([...blockKinds].sort())
  })
})

describe('renderPublication with every block kind', async () => {
  const publication = corpus.publications[0]!
  const book = await unzipEpub(await renderBook(publication, corpus.collection))
  const text = book.spine.find((doc) => doc.href === 'text.xhtml')!.xhtml
  const toc = book.spine.find((doc) => doc.href === 'toc.xhtml')?.xhtml ?? ''

  it('writes the text document as reviewed in golden/every-block-kind.text.xhtml', async () => {
    await expect(text).toMatchFileSnapshot(golden('text.xhtml'))
  })

  it('keeps tables with a header row and column alignment, nested lists with their start, quotes, rules and code', () => {
    expect(text).toMatch(
      /<table>\s*<thead>\s*<tr>\s*<th class="align-left">Year<\/th>\s*<th class="align-right">Exports \(US\$ m\)<\/th>\s*<th class="align-center">Item<\/th>/
    )
    expect(text).toMatch(/<ol>[\s\S]*<ul>[\s\S]*<ol>[\s\S]*deep one/)
    expect(text).toContain('<blockquote>')
    expect(text).toContain('<hr/>')
    expect(text).toContain('<pre><code>code block line one')
    expect(text).toMatch(
      /<h2 id="h1">A section heading<\/h2>[\s\S]*<h3 id="h2">A sub-section<\/h3>[\s\S]*<h4 id="h3">A fourth-level heading<\/h4>/
    )
  })

  it('links each note marker to its note and back, with roles and matching epub:type', () => {
    expect(text).toContain('<sup><a href="#fn1" id="fnref1" role="doc-noteref" epub:type="noteref">[1]</a></sup>')
    expect(text).toContain('<a href="#fn1" id="fnref1-2" role="doc-noteref" epub:type="noteref">[1]</a>')
    expect(text).toMatch(
      /<section id="footnotes" class="footnotes" role="doc-endnotes" aria-labelledby="footnotes-title" epub:type="endnotes">/
    )
    expect(text).toMatch(
      /<li id="fn1">[\s\S]*<a href="#fnref1" role="doc-backlink"[^>]*>[\s\S]*<a href="#fnref1-2" role="doc-backlink"/
    )
    for (const [, type] of text.matchAll(/epub:type="([^"]+)"/g))
      expect(['bodymatter', 'chapter', 'noteref', 'endnotes']).toContain(type)
  })

  it('lists the article sub-headings, nested, and the notes in the navigation', () => {
    expect(toc).toMatch(
      /<a href="text\.xhtml#h1">A section heading<\/a>\s*<ol>\s*<li><a href="text\.xhtml#h2">A sub-section<\/a>\s*<ol>\s*<li><a href="text\.xhtml#h3">A fourth-level heading<\/a>/
    )
    expect(toc).toContain('<a href="text.xhtml#footnotes">Notes</a>')
  })

  it('makes the author the creator and the interviewer a contributor with the MARC relator ivr', () => {
    expect(book.opf).toMatch(
      /<dc:creator id="creator-1">Sana Mirza<\/dc:creator>\s*<meta refines="#creator-1" property="role" scheme="marc:relators">aut<\/meta>/
    )
    expect(book.opf).toMatch(
      /<dc:contributor id="contributor-2">Omar Haq<\/dc:contributor>\s*<meta refines="#contributor-2" property="role" scheme="marc:relators">ivr<\/meta>/
    )
  })
})
