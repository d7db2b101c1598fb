/**
 * No interface word of the site is a literal (issue 22): every word a page shows, beside the text's
 * own, comes from core's terms in the page's language. A pseudo-language `qps` (the pseudo-locale
 * convention) is added to core's tables: every English term with each Latin letter replaced by
 * "ж", placeholders kept. A collection and a publication in it, written in Greek, are rendered, and
 * any Latin word left on any page (text, and the attributes people hear or read: aria-label, title,
 * placeholder, alt) is a literal. What may stay: the normalizer's own reports, English by design
 * and computed here from core's presentation; the source's own lines (the removed ones); code
 * (file names, rule names, digests); names of formats; month names Intl gives the pseudo-language.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {literalsIn, pseudoTable, reportsOf, withPseudoLanguage} from '../../core/test/support/pseudo-language.js'
import {buildSite, options} from './helpers.js'

/**
 * Names of formats, unit symbols, the product, the pseudo-language's code (shown where a language has
 * no name) and the letter of the text-size buttons (A−, A+).
 */
const names = new Set([
  'PDF',
  'EPUB',
  'TXT',
  'CSL-JSON',
  'BibTeX',
  'RIS',
  'SHA-256',
  'Atom',
  'Dossier',
  'JSON',
  'CSV',
  'B',
  'kB',
  'MB',
  'qps',
  'MD',
  'A'
])

describe('the site in a language whose every term is known', () => {
  it('shows no Latin word that is not a term, the text’s own or the normalizer’s report', async () => {
    await withPseudoLanguage(async (corpus) => {
      const reports = reportsOf(corpus, options().buildDate)
      const site = await buildSite(corpus)
      const literals = new Map<string, string>()
      for (const file of site.files.filter((f) => f.path.endsWith('.html'))) {
        const html = readFileSync(join(site.dir, file.path), 'utf8')
        const shown = html
          .replace(/<(script|style|code|head)\b[\s\S]*?<\/\1>/g, ' ')
          .replace(/<[^>]*?\b(?:aria-label|title|placeholder|alt)="([^"]*)"[^>]*>/g, ' $1 ')
          .replace(/<[^>]+>/g, '')
          .replace(/&quot;/g, '"')
          .replace(/&#x27;|&#39;/g, "'")
          .replace(/&amp;/g, '&')
        for (const [word, where] of literalsIn(shown, file.path, reports, names))
          if (!literals.has(word)) literals.set(word, where)
      }
      expect([...literals.values()]).toEqual([])
      // The words are there, in the pseudo-language (a heading given a text node as its properties printed nothing).
      const publication = corpus.publications.find((p) => p.source.path === 'limani.txt')!
      const page = readFileSync(join(site.dir, `${publication.id}.html`), 'utf8')
      for (const key of ['factsFound', 'removedLine', 'removedText', 'removedWhy', 'sourceFile'] as const)
        expect(page, key).toContain(`>${pseudoTable[key]}<`)
    })
  })
})
