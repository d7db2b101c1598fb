/**
 * The pseudo-language the formats' interface-literals tests render in (issue 22: "a test fails on
 * any literal"): `qps`, whose every term is core's English with each Latin letter replaced by "ж",
 * so any Latin word a format shows is a literal — unless it is the text's own, a normalizer's report
 * (English by design), a format's name or a month name Intl gives the code. Shared by the html,
 * epub and pdf tests, which each read their own files back and call `literalsIn`.
 */
import {buildCorpus, type Corpus, languages, present} from '@dossier/core'

const pseudo = (text: string) =>
  text.replace(/\{\w+\}|[A-Za-z]+/g, (match) => (match.startsWith('{') ? match : 'ж'.repeat(match.length)))

/** core's English terms, every Latin letter replaced (placeholders such as `{count}` kept). */
export const pseudoTable = Object.fromEntries(
  Object.entries(languages['en']!).map(([key, value]) => [
    key,
    typeof value === 'string'
      ? pseudo(value)
      : Object.fromEntries(Object.entries(value as Record<string, string>).map(([form, text]) => [form, pseudo(text)]))
  ])
) as Record<string, string>

// Invented Greek interview: its title repeated (a removed line), two questions.
const interview = [
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
const article = [
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
 * Run `body` with `qps` in core's tables (removed after, whatever happens), given the corpus of the
 * interview (`limani.txt`, one removed line) and the article with a note (`notes.md`).
 */
export async function withPseudoLanguage<T>(body: (corpus: Corpus) => Promise<T>): Promise<T> {
  languages['qps'] = pseudoTable as unknown as (typeof languages)['en']
  try {
    const corpus = buildCorpus({
      sources: [
        {
          path: 'limani.txt',
          bytes: new TextEncoder().encode(interview),
          meta: {path: 'limani.meta.yaml', text: 'lang: qps\n'}
        },
        {path: 'notes.md', bytes: new TextEncoder().encode(article), meta: null}
      ],
      collection: {path: 'collection.yaml', text: 'title: Λιμάνια\npublisher: Εκδότης\nlang: qps\nrights: Δικαιώματα\n'}
    })
    // The fixture is what the tests assume: both in qps, the article's note read, the repeated title removed.
    const shape = corpus.publications.map((p) => `${p.source.path} ${p.lang} ${p.footnotes.length} ${p.removed.length}`)
    if (shape.sort().join('; ') !== 'limani.txt qps 0 1; notes.md qps 1 0')
      throw new Error(`the pseudo-language corpus changed: ${shape.join('; ')}`)
    return await body(corpus)
  } finally {
    delete languages['qps']
  }
}

/** Whitespace runs as one space, trimmed. */
export const flat = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * The normalizer's English reports as a format may print them (each provenance entry whole and as
 * its label and evidence, the source line, the removed lines with their reasons and rules), flat,
 * the longest first (a report may hold a shorter one).
 */
export function reportsOf(corpus: Corpus, buildDate: string | undefined): string[] {
  return corpus.publications
    .flatMap((each) => {
      const {provenance} = present(each, corpus.collection, buildDate ? {buildDate} : {})
      return [
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
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
}

const months = Array.from({length: 12}, (_, month) =>
  new Intl.DateTimeFormat('qps', {month: 'long', timeZone: 'UTC'}).format(Date.UTC(2024, month, 15))
)

/**
 * The Latin words left in `shown` (a format's visible text) once the reports are taken out, other
 * than `names` (formats, units, the product, the code `qps`), Intl's month names and question ids
 * (`q1`): one line per word, with where (`place`) and 40 characters either side.
 */
export function literalsIn(shown: string, place: string, reports: readonly string[], names: ReadonlySet<string>) {
  let text = flat(shown)
  for (const report of reports) text = text.split(report).join(' ')
  const found = new Map<string, string>()
  for (const match of text.matchAll(/[A-Za-z][A-Za-z0-9'’-]*/g)) {
    const word = match[0]
    if (names.has(word) || months.includes(word) || /^q\d+$/.test(word) || found.has(word)) continue
    found.set(word, `${word} in ${place}: …${text.slice(Math.max(0, match.index! - 40), match.index! + 40)}…`)
  }
  return found
}
