/**
 * "Source and provenance": which file the text came from, what the normalizer removed and why,
 * its warnings, and the evidence behind inferred facts, as the presentation model gives them
 * (`Presentation.provenance`). Headings are in the publication's language; the normalizer's own
 * reports are English and say so.
 */
import type {Presentation} from '@dossier/core'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {langProps, runsContent} from '../lang-text.js'
import {english} from '../layout.js'

/** The provenance section of a publication page. */
export function provenanceSection({provenance, lang}: Presentation): Element {
  const {source, removed, warnings, entries} = provenance
  const en = english(lang)
  // Sizes as readers read them: the SHA-256 next to it is what checks the file.
  const facts = [
    h('li', [
      'Source file ',
      h('code', source.path),
      ` (${source.format.toUpperCase()}, ${source.size})`,
      source.meta ? [', metadata from ', h('code', source.meta)] : null
    ]),
    h('li', ['SHA-256 ', h('code.hash', source.sha256)])
  ]
  return h('section.provenance', {ariaLabelledBy: 'provenance'}, [
    h('h2#provenance', langProps(provenance.heading, lang), provenance.heading.text),
    h('ul', {lang: en}, facts),
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
        ? h('div.table-wrap', {tabIndex: 0, role: 'region', ariaLabel: removed.title.text, lang: en}, [
            h('table.removed', [
              h('thead', [
                h('tr', [
                  h('th', {scope: 'col'}, 'Line'),
                  h('th', {scope: 'col'}, 'Text'),
                  h('th', {scope: 'col'}, 'Why')
                ])
              ]),
              h(
                'tbody',
                removed.lines.map((line) =>
                  h('tr', [
                    h('td', String(line.line)),
                    h('td', {lang, dir: 'auto'}, line.text),
                    h('td', [line.reason, ' ', h('code', line.rule)])
                  ])
                )
              )
            ])
          ])
        : h('p', langProps(removed.summary, lang), removed.summary.text)
    ]),
    entries.length > 0
      ? h('div', {lang: en}, [
          h('h3', 'How the facts were found'),
          h(
            'ul.evidence',
            entries.map((entry) => h('li', runsContent(entry.runs)))
          )
        ])
      : null
  ])
}
