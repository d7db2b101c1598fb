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
import {buildCorpus, languages, present} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {buildSite, options, sourceOf} from './helpers.js'

const pseudo = (text: string) =>
  text.replace(/\{\w+\}|[A-Za-z]+/g, (match) => (match.startsWith('{') ? match : 'ж'.repeat(match.length)))
const english = languages['en']!
const table = Object.fromEntries(
  Object.entries(english).map(([key, value]) => [
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

const flat = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('the site in a language whose every term is known', () => {
  it('shows no Latin word that is not a term, the text’s own or the normalizer’s report', async () => {
    languages['qps'] = table as (typeof languages)['en']
    try {
      const corpus = buildCorpus({
        sources: [
          {...sourceOf('limani.txt', body), meta: {path: 'limani.meta.yaml', text: 'lang: qps\n'}},
          sourceOf('notes.md', notes)
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
          const {provenance} = present(each, corpus.collection, {buildDate: options().buildDate})
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
            provenance.source.path,
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
        let text = flat(shown)
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
      // The words are there, in the pseudo-language (a heading given a text node as its properties printed nothing).
      const page = readFileSync(join(site.dir, `${publication.id}.html`), 'utf8')
      for (const key of ['factsFound', 'removedLine', 'removedText', 'removedWhy', 'sourceFile'] as const)
        expect(page, key).toContain(`>${table[key]}<`)
    } finally {
      delete languages['qps']
    }
  })
})
