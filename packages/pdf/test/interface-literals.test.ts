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
import {buildCorpus, languages, present, resolveBuildDate} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {renderToDir, tool} from './support.js'

const pseudo = (text: string) =>
  text.replace(/\{\w+\}|[A-Za-z]+/g, (match) => (match.startsWith('{') ? match : 'ж'.repeat(match.length)))
const table = Object.fromEntries(
  Object.entries(languages['en']!).map(([key, value]) => [
    key,
    typeof value === 'string'
      ? pseudo(value)
      : Object.fromEntries(Object.entries(value as Record<string, string>).map(([form, text]) => [form, pseudo(text)]))
  ])
)

// Invented Greek interview: its title repeated (a removed line), two questions.
const body = [
  'Ήλιος πάνω από το λιμάνι',
  '',
  'Ήλιος πάνω από το λιμάνι',
  '',
  'Συνέντευξη με την Ελένη Παππά για το νέο λιμάνι της Καλαμάτας.',
  '',
  'Ερ: Πότε ανοίγει το λιμάνι;',
  '',
  'Απ: Τον Μάιο, με δύο νέα πλοία και μια γραμμή για τα νησιά.',
  '',
  'Ερ: Ποιος πληρώνει τα έργα;',
  '',
  'Απ: Ο δήμος και οι έμποροι μαζί, όπως συμφωνήθηκε πέρυσι.'
].join('\n')

// Invented Greek article with a note: the notes' back-links are interface words too.
const notes = [
  '---',
  'lang: qps',
  '---',
  '',
  '# Σημειώσεις για το παλιό λιμάνι',
  '',
  'Το παλιό λιμάνι άνοιξε πριν από έναν αιώνα και μεγάλωσε γρήγορα.[^1]',
  '',
  '[^1]: Αρχείο του δήμου, δεύτερος τόμος.'
].join('\n')

/**
 * Names of formats, unit symbols, the product, the pseudo-language's code (shown where a language has
 * no name) and the letter of the text-size buttons (A−, A+).
 */
const names = new Set(['PDF', 'EPUB', 'TXT', 'SHA-256', 'Dossier', 'B', 'kB', 'MB', 'qps', 'A', 'MD'])
const flat = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('a PDF in a language whose every term is known', () => {
  it('shows no Latin word that is not a term, the text’s own or the normalizer’s report', async () => {
    languages['qps'] = table as (typeof languages)['en']
    try {
      const corpus = buildCorpus({
        sources: [
          {
            path: 'limani.txt',
            bytes: new TextEncoder().encode(body),
            meta: {path: 'limani.meta.yaml', text: 'lang: qps\n'}
          },
          {path: 'notes.md', bytes: new TextEncoder().encode(notes), meta: null}
        ],
        collection: {
          path: 'collection.yaml',
          text: 'title: Λιμάνια\npublisher: Εκδότης\nlang: qps\nrights: Δικαιώματα\n'
        }
      })
      const publication = corpus.publications.find((p) => p.source.path === 'limani.txt')!
      expect(corpus.publications.map((p) => [p.lang, p.footnotes.length]).sort()).toEqual([
        ['qps', 0],
        ['qps', 1]
      ])
      expect(publication.lang).toBe('qps')
      expect(publication.removed).toHaveLength(1)
      const reports = corpus.publications
        .flatMap((each) => {
          const {provenance} = present(each, corpus.collection, {
            buildDate: resolveBuildDate(corpus.publications, undefined)
          })
          return [
            // Each entry whole, and as a format splits it: the label (a role word, English as the entry), its evidence.
            ...provenance.entries.flatMap((entry) => [
              entry.text.text,
              entry.runs.map((run) => run.text).join(''),
              entry.label.text,
              ...(entry.evidence ? [entry.evidence.text.text, entry.evidence.runs.map((run) => run.text).join('')] : [])
            ]),
            // The source's format and size after its path ("(TXT, 514 bytes)"), when a format prints the path apart.
            provenance.source.text.text.slice(provenance.source.path.length).replace(/, metadata from .*$/, ''),
            provenance.source.text.text,
            provenance.source.path,
            provenance.source.meta ?? '',
            provenance.source.sha256,
            provenance.removed.summary.text,
            ...provenance.warnings.items.map((item) => item.text.text),
            ...each.removed.flatMap((line) => [line.text, line.reason, line.rule])
          ]
        })
        .map(flat)
        // The longest first: a report may hold a shorter one.
        .sort((a, b) => b.length - a.length)
      const months = Array.from({length: 12}, (_, month) =>
        new Intl.DateTimeFormat('qps', {month: 'long', timeZone: 'UTC'}).format(Date.UTC(2024, month, 15))
      )
      const {dir, files} = await renderToDir(corpus, 'a4')
      const literals = new Map<string, string>()
      for (const file of files.filter((f) => f.path.endsWith('.pdf'))) {
        let text = flat(tool('pdftotext', ['-enc', 'UTF-8', join(dir, file.path), '-']))
        for (const report of reports) if (report) text = text.split(report).join(' ')
        for (const match of text.matchAll(/[A-Za-z][A-Za-z0-9'’-]*/g)) {
          const word = match[0]
          if (names.has(word) || months.includes(word) || /^q\d+$/.test(word)) continue
          if (!literals.has(word))
            literals.set(
              word,
              `${word} in ${file.path}: …${text.slice(Math.max(0, match.index! - 40), match.index! + 40)}…`
            )
        }
      }
      expect([...literals.values()]).toEqual([])
    } finally {
      delete languages['qps']
    }
  })
})
