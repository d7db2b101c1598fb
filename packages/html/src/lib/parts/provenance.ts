/**
 * "Source and provenance": which file the text came from, what the normalizer removed and why,
 * its warnings, and the evidence behind inferred facts. Readers can judge the text's integrity.
 */
import {interfaceWords, type Publication} from '@dossier/core'
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {formatBytes} from '../format.js'
import {english} from '../layout.js'

/** The provenance section of a publication page. */
export function provenanceSection(publication: Publication): Element {
  const {source} = publication
  const words = interfaceWords(publication.lang)
  // Headings are in the publication's language; the normalizer's own reports are English and say so.
  const en = english(publication.lang)
  const facts: ElementContent[] = [
    h('li', [
      'Source file ',
      h('code', source.path),
      ` (${source.format.toUpperCase()}, ${formatBytes(source.bytes)})`,
      source.meta ? [', metadata from ', h('code', source.meta)] : null
    ]),
    h('li', ['SHA-256 ', h('code.hash', source.sha256)])
  ]
  const inferred: ElementContent[] = []
  if (publication.date)
    inferred.push(
      h('li', [`Date ${publication.date.value}: `, evidence(publication.date.source, publication.date.evidence)])
    )
  for (const person of publication.people)
    inferred.push(h('li', [`${person.name} (${person.role}): `, evidence(person.source, person.evidence)]))
  for (const outlet of publication.outlets)
    inferred.push(h('li', [`${outlet.name} (${outlet.role}): `, evidence(outlet.source, outlet.evidence)]))
  return h('section.provenance', {ariaLabelledBy: 'provenance'}, [
    h('h2#provenance', words.term('provenance')),
    h('ul', {lang: en}, facts),
    publication.warnings.length > 0
      ? h('div', [
          h('h3', words.term('warnings')),
          h(
            'ul.warnings',
            {lang: en},
            publication.warnings.map((message) =>
              h('li', [message.line ? `Line ${message.line}: ` : '', message.message, ' ', h('code', message.code)])
            )
          )
        ])
      : null,
    publication.removed.length > 0
      ? h('div', [
          h('h3', `${words.term('removedFromSource')} (${publication.removed.length})`),
          h('div.table-wrap', {tabIndex: 0, role: 'region', ariaLabel: words.term('removedFromSource'), lang: en}, [
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
                publication.removed.map((line) =>
                  h('tr', [
                    h('td', String(line.line)),
                    h('td', {lang: publication.lang, dir: 'auto'}, line.text),
                    h('td', [line.reason, ' ', h('code', line.rule)])
                  ])
                )
              )
            ])
          ])
        ])
      : h('p', {lang: en}, 'The normalizer removed nothing from the source.'),
    inferred.length > 0 ? h('div', {lang: en}, [h('h3', 'How the facts were found'), h('ul.evidence', inferred)]) : null
  ])
}

function evidence(source: 'editor' | 'inferred', text: string): ElementContent[] {
  return source === 'editor'
    ? [{type: 'text', value: `set by the editor (${text})`}]
    : [{type: 'text', value: 'inferred from '}, h('q', text)]
}
