/**
 * "Source and provenance": which file the text came from, what the normalizer removed and why,
 * its warnings, and the evidence behind inferred facts, as the presentation model gives them
 * (`Presentation.provenance`). Headings are in the publication's language; the normalizer's own
 * reports are English and say so.
 */
import {interfaceWords, type Presentation} from '@dossier/core'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {langProps, phrase, runsContent, termText} from '../lang-text.js'
import {english} from '../layout.js'

/** The provenance section of a publication page. */
export function provenanceSection({provenance, lang}: Presentation): Element {
  const {source, removed, warnings, entries} = provenance
  const en = english(lang)
  // Every word from core's terms in the publication's language (English, marked, where its table has none).
  const words = interfaceWords(lang)
  const word = (key: Parameters<typeof termText>[1]) => phrase(termText(words, key), lang)
  // Sizes as readers read them: the SHA-256 next to it is what checks the file.
  const facts = [
    h('li', [
      word('sourceFile'),
      ' ',
      h('code', source.path),
      ` (${source.format.toUpperCase()}, ${source.size})`,
      source.meta ? [', ', word('metadataFrom'), ' ', h('code', source.meta)] : null
    ]),
    h('li', ['SHA-256 ', h('code.hash', source.sha256)])
  ]
  return h('section.provenance', {ariaLabelledBy: 'provenance'}, [
    h('h2#provenance', langProps(provenance.heading, lang), provenance.heading.text),
    h('ul', facts),
    warnings.items.length > 0
      ? h('div', [
          h('h3', langProps(warnings.heading, lang), warnings.heading.text),
          h(
            'ul.warnings',
            {lang: en},
            warnings.items.map((item) => h('li', runsContent(item.runs)))
          )
        ])
      : null,
    h('div', [
      h('h3', langProps(removed.heading, lang), removed.heading.text),
      removed.count > 0
        ? h(
            'div.table-wrap',
            {tabIndex: 0, role: 'region', ariaLabel: removed.title.text, ...langProps(removed.title, lang)},
            [
              h('table.removed', [
                h('thead', [
                  h('tr', [
                    h('th', {scope: 'col'}, word('removedLine')),
                    h('th', {scope: 'col'}, word('removedText')),
                    h('th', {scope: 'col'}, word('removedWhy'))
                  ])
                ]),
                h(
                  'tbody',
                  removed.lines.map((line) =>
                    h('tr', [
                      h('td', String(line.line)),
                      h('td', {lang, dir: 'auto'}, line.text),
                      h('td', {lang: en}, [line.reason, ' ', h('code', line.rule)])
                    ])
                  )
                )
              ])
            ]
          )
        : h('p', langProps(removed.summary, lang), removed.summary.text)
    ]),
    entries.length > 0
      ? h('div', [
          h('h3', [word('factsFound')]),
          h(
            'ul.evidence',
            {lang: en},
            entries.map((entry) => h('li', runsContent(entry.runs)))
          )
        ])
      : null
  ])
}
