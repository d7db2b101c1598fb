/**
 * The provenance page: where the text comes from (outlets, address, date and people, each with how
 * it was found), the source file and its checksum, the length, the notices, what the normalizer
 * removed and why, its warnings, and the collection's rights (in the collection's language), so the reader can judge the text
 * without the source file at hand. Every word is the presentation model's (`Presentation.provenance`,
 * `labels`, `facts.length`, `notices`): headings in the publication's language, the normalizer's
 * reports English and marked so.
 */
import {
  type Collection,
  directionOf,
  interfaceWords,
  type LangText,
  type Presentation,
  type ProvenanceEntry
} from '@dossier/core'
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import {cleanEdges, langProps, phrase, runsContent} from './lang-text.js'
import {cleanLabel} from './text.js'
import {isExternalHref} from './xhtml.js'

/** "(TXT, 47740 bytes)" out of what follows the path in `source.text`. */
const sizeOf = (tail: string) => (tail.includes(')') ? tail.slice(0, tail.indexOf(')') + 1) : tail)

/** The provenance document of one publication, in the publication's language (`presentation.lang`). */
export function renderProvenance(
  presentation: Presentation,
  collection: Pick<Collection, 'rights' | 'lang'>
): ElementContent[] {
  const {provenance, labels, facts, notices, lang} = presentation
  const {source, removed, warnings} = provenance
  // The page's own words from core's terms, marked with the language each is given in.
  const words = interfaceWords(lang)
  const word = (key: 'metadataFrom' | 'removedLine', context: string): ElementContent =>
    phrase({text: words.term(key), lang: words.langOf(key), dir: directionOf(words.langOf(key))}, context)
  // Quoted evidence and removed lines are the source's words, in the publication's language.
  const quoteLang = lang === 'en' ? undefined : lang
  const rows: ElementContent[] = []
  const row = (label: LangText, description: ElementContent[], value: Pick<LangText, 'lang' | 'dir'> = label) =>
    rows.push(h('dt', langProps(label, lang), cleanLabel(label.text)), h('dd', langProps(value, lang), description))

  for (const entry of provenance.entries) row(entry.label, entryContent(entry, quoteLang))
  row(
    labels.sourceFile,
    [
      h('code', cleanLabel(source.path)),
      // `source.text` is the path, then its format and exact size: "000_….txt (TXT, 47740 bytes)", then
      // the sidecar it names, which is printed next with its own words (it was printed twice).
      {type: 'text', value: cleanEdges(sizeOf(source.text.text.slice(source.path.length)))},
      ...(source.meta
        ? [
            {type: 'text', value: ', '} as ElementContent,
            word('metadataFrom', source.text.lang),
            {type: 'text', value: ' '} as ElementContent,
            h('code', cleanLabel(source.meta))
          ]
        : [])
    ],
    source.text
  )
  row({text: 'SHA-256', lang: 'en', dir: 'ltr'}, [h('code', source.sha256)])
  row(labels.length, [{type: 'text', value: cleanLabel(facts.length.text)}], facts.length)

  const body: ElementContent[] = [
    h('h1', langProps(provenance.heading, lang), cleanLabel(provenance.heading.text)),
    h('dl', {className: ['facts']}, rows)
  ]
  for (const notice of notices)
    body.push(
      h('div', {className: [notice.kind === 'truncated' ? 'truncated' : 'notice'], role: 'note'}, [
        h(
          'p',
          langProps(notice.text, lang),
          [notice.text, notice.detail]
            .filter((text) => text !== null)
            .map((text) => cleanLabel(text.text))
            .join(' ')
        ),
        ...(notice.report ? [h('p', langProps(notice.report, lang), cleanLabel(notice.report.text))] : [])
      ])
    )

  body.push(
    h('h2', langProps(removed.heading, lang), cleanLabel(removed.heading.text)),
    h('p', langProps(removed.summary, lang), cleanLabel(removed.summary.text))
  )
  if (removed.lines.length > 0)
    body.push(
      h(
        'ul',
        {className: ['removed'], ...langProps(removed.summary, lang)},
        removed.lines.map((line) =>
          h('li', [
            word('removedLine', removed.summary.lang),
            ` ${line.line}, ${cleanLabel(line.reason)}: `,
            h('q', {lang}, cleanLabel(line.text))
          ])
        )
      )
    )

  if (warnings.items.length > 0)
    body.push(
      h('h2', langProps(warnings.heading, lang), cleanLabel(warnings.heading.text)),
      h(
        'ul',
        {className: ['warnings'], ...langProps({lang: 'en', dir: 'ltr'}, lang)},
        warnings.items.map((item) => h('li', runsContent(item.runs)))
      )
    )
  body.push(
    h('h2', langProps(labels.rights, lang), cleanLabel(labels.rights.text)),
    h('p', langProps({lang: collection.lang, dir: directionOf(collection.lang)}, lang), cleanLabel(collection.rights))
  )
  return [h('section', {id: 'provenance', 'epub:type': 'appendix', role: 'doc-appendix'}, body)]
}

/**
 * One "how it was found" line as the dd of its label: the fact (linked where it is an address;
 * an outlet's address follows its name), then " — " and the evidence with its quotation in `<q>`.
 */
function entryContent(entry: ProvenanceEntry, quoteLang: string | undefined): ElementContent[] {
  const out: ElementContent[] = []
  const value = cleanLabel(entry.value)
  if (entry.url && entry.url === entry.value) out.push(linkOf(entry.url))
  else {
    out.push({type: 'text', value})
    if (entry.url) out.push({type: 'text', value: ' — '}, linkOf(entry.url))
  }
  if (entry.evidence)
    out.push(
      h('span', {className: ['evidence']}, [
        {type: 'text', value: ' — '},
        ...runsContent(entry.evidence.runs, quoteLang)
      ])
    )
  return out
}

/** An address as a link when a reading system can follow it, else as text. */
function linkOf(url: string): ElementContent {
  const text = cleanLabel(url)
  return isExternalHref(url) ? h('a', {href: url}, text) : {type: 'text', value: text}
}
