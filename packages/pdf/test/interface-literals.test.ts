/**
 * No interface word of the PDF is a literal (issue 22): every word a page shows, beside the text's
 * own, comes from core's terms in the publication's language. As the site's test (html
 * interface-literals.test.ts): a pseudo-language `qps` whose every term is English with each Latin
 * letter replaced by "ж" is added to core's tables, a Greek publication in it is rendered (its PDF
 * and the briefing), and any Latin word pdftotext reads back is a literal — except the normalizer's
 * own English reports (computed from core's presentation), the source's removed lines, the file
 * names and digest of the provenance, names of formats and the month names Intl gives the
 * pseudo-language.
 */
import {join} from 'node:path'
import {resolveBuildDate} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {literalsIn, reportsOf, withPseudoLanguage} from '../../core/test/support/pseudo-language.js'
import {renderToDir, tool} from './support.js'

/**
 * Names of formats, unit symbols, the product, the pseudo-language's code (shown where a language has
 * no name) and the letter of the text-size buttons (A−, A+).
 */
const names = new Set(['PDF', 'EPUB', 'TXT', 'SHA-256', 'Dossier', 'B', 'kB', 'MB', 'qps', 'A', 'MD'])

describe('a PDF in a language whose every term is known', () => {
  it('shows no Latin word that is not a term, the text’s own or the normalizer’s report', async () => {
    await withPseudoLanguage(async (corpus) => {
      const reports = reportsOf(corpus, resolveBuildDate(corpus.publications, undefined))
      const {dir, files} = await renderToDir(corpus, 'a4')
      const literals = new Map<string, string>()
      for (const file of files.filter((f) => f.path.endsWith('.pdf'))) {
        const text = tool('pdftotext', ['-enc', 'UTF-8', join(dir, file.path), '-'])
        for (const [word, where] of literalsIn(text, file.path, reports, names))
          if (!literals.has(word)) literals.set(word, where)
      }
      expect([...literals.values()]).toEqual([])
    })
  })
})
