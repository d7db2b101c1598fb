/**
 * feed.xml and sitemap.xml stay well-formed XML whatever titles and names hold (issue 21, item 7):
 * `]]>`, markup, controls, U+FFFE/U+FFFF and lone surrogates, parsed by saxes, which reports every
 * well-formedness error XML 1.0 defines (xmldom accepts `]]>` and U+FFFE).
 */
import {defaultCollection, type Collection} from '@dossier/core'
import {SaxesParser} from 'saxes'
import {describe, expect, it} from 'vitest'
import {renderFeed} from '../src/lib/feed.js'
import {renderSitemap} from '../src/lib/sitemap.js'

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** Every well-formedness error of an XML document (none for a good one). */
function xmlErrors(xml: string): string[] {
  const errors: string[] = []
  const parser = new SaxesParser({xmlns: true})
  parser.on('error', (error) => errors.push(error.message))
  parser.write(xml).close()
  if (loneSurrogate.test(xml)) errors.push('lone surrogate in the string')
  return errors
}

const hostile = 'Bad ]]> title <x> & "q" \u0001\u0008\u000b\ufffe\uffff\ud800 end]]'
const collection: Collection = {
  ...defaultCollection,
  title: `Collection ${hostile}`,
  description: hostile,
  publisher: hostile,
  rights: hostile,
  baseUrl: 'https://example.org/news/'
}
const state = {collection, buildDate: '2024-01-01T00:00:00.000Z'}
const head = {id: 'bad-title', title: hostile, lang: 'en', kind: 'article' as const, date: '2024-05', source: 'a.md'}

describe('renderFeed', () => {
  it('writes a well-formed feed when titles, names and summaries hold ]]>, controls and noncharacters', () => {
    const feed = renderFeed(state, [{head, title: hostile, authors: [hostile], summary: hostile}])
    expect(xmlErrors(feed)).toEqual([])
    expect(feed).toContain('<title>Bad ]]&gt; title &#x3C;x> &#x26; "q"  end]]</title>')
  })
})

describe('renderSitemap', () => {
  it('writes a well-formed sitemap whatever the base URL holds', () => {
    const sitemap = renderSitemap({...state, collection: {...collection, baseUrl: 'https://example.org/a]]>b/'}}, [
      head
    ])
    expect(xmlErrors(sitemap ?? '')).toEqual([])
  })
})
