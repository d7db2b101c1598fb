/**
 * No interface word of a book is a literal (issue 22): every word its documents show, beside the
 * text's own, comes from core's terms in the book's language. As the site's test (html
 * interface-literals.test.ts): a pseudo-language `qps` whose every term is English with each Latin
 * letter replaced by "ж" is added to core's tables, a Greek publication in it is rendered, and any
 * Latin word left in a document is a literal — except the normalizer's own English reports
 * (computed from core's presentation), the source's removed lines, code, names of formats and the
 * month names Intl gives the pseudo-language.
 */
import {describe, expect, it} from 'vitest'
import {literalsIn, reportsOf, withPseudoLanguage} from '../../core/test/support/pseudo-language.js'
import {render} from '../src/index.js'
import {renderOptions} from './helpers.js'
import {unzipEpub} from './unzip.js'

/**
 * Names of formats, unit symbols, the product, the pseudo-language's code (shown where a language has
 * no name) and the letter of the text-size buttons (A−, A+).
 */
const names = new Set(['PDF', 'EPUB', 'TXT', 'SHA-256', 'Dossier', 'B', 'kB', 'MB', 'qps', 'A', 'MD'])

describe('a book in a language whose every term is known', () => {
  it('shows no Latin word that is not a term, the text’s own or the normalizer’s report', async () => {
    await withPseudoLanguage(async (corpus) => {
      const options = renderOptions()
      const reports = reportsOf(corpus, options.buildDate)
      const files = await render({collection: corpus.collection, publications: corpus.publications}, options)
      const literals = new Map<string, string>()
      for (const file of files.filter((f) => f.path.endsWith('.epub'))) {
        const book = await unzipEpub(file.contents as Uint8Array)
        for (const name of book.names.filter((n) => n.endsWith('.xhtml'))) {
          const xhtml = await book.zip.file(name)!.async('string')
          const shown = xhtml
            .replace(/<(style|code|head)\b[\s\S]*?<\/\1>/g, ' ')
            .replace(/<[^>]*?\b(?:aria-label|title|alt)="([^"]*)"[^>]*>/g, ' $1 ')
            .replace(/<[^>]+>/g, '')
            .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
            .replace(/&quot;/g, '"')
            .replace(/&amp;/g, '&')
          for (const [word, where] of literalsIn(shown, `${file.path} ${name}`, reports, names))
            if (!literals.has(word)) literals.set(word, where)
        }
      }
      expect([...literals.values()]).toEqual([])
    })
  })
})
