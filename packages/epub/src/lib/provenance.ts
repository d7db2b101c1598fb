/**
 * The provenance page: where the text comes from (original outlet, republisher, address), how
 * each fact was found, what the normalizer removed and why, its warnings, and the truncation
 * notice. The reader can judge the text without the source file at hand.
 */
import type {Publication} from '@dossier/core'
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import {formatDate, truncationNotice} from './describe.js'
import {isExternalHref} from './xhtml.js'
import {cleanLabel} from './text.js'

const roleNames = {interviewee: 'interviewee', interviewer: 'interviewer', author: 'author'} as const

/** Build the provenance document of one publication. */
export function renderProvenance(publication: Publication, rights: string): ElementContent[] {
  const facts: ElementContent[] = []
  const fact = (term: string, ...description: Array<ElementContent | string>) =>
    facts.push(h('dt', term), h('dd', description))

  for (const outlet of publication.outlets) {
    const name = [outlet.name, outlet.detail ? ` (${outlet.detail})` : ''].join('')
    fact(
      outlet.role === 'original' ? 'Original outlet' : 'Republished by',
      cleanLabel(name),
      ...linkTo(outlet.url),
      evidence(outlet.source, outlet.evidence)
    )
  }
  if (publication.url) fact('Address', ...linkTo(publication.url, true))
  const date = formatDate(publication.date)
  if (publication.date && date) fact('Date', date, evidence(publication.date.source, publication.date.evidence))
  for (const person of publication.people) {
    const affiliation = person.affiliation ? `, ${cleanLabel(person.affiliation)}` : ''
    fact(
      capitalize(roleNames[person.role]),
      `${cleanLabel(person.name)}${affiliation}`,
      evidence(person.source, person.evidence)
    )
  }
  fact(
    'Source file',
    h('code', cleanLabel(publication.source.path)),
    ` (${publication.source.bytes} bytes, SHA-256 ${publication.source.sha256})`
  )
  fact('Length', `${publication.stats.words} words, about ${publication.stats.readingMinutes} min to read`)

  const body: ElementContent[] = [h('h1', 'Provenance'), h('dl', {className: ['facts']}, facts)]
  if (publication.truncated) body.push(h('p', {className: ['truncated'], role: 'note'}, truncationNotice))

  body.push(h('h2', 'Removed from the source'))
  if (publication.removed.length === 0) body.push(h('p', 'Nothing was removed.'))
  else {
    body.push(
      h(
        'p',
        `${publication.removed.length} source line${publication.removed.length === 1 ? ' was' : 's were'} not kept as content:`
      ),
      h(
        'ul',
        {className: ['removed']},
        publication.removed.map((line) =>
          h('li', [
            `Line ${line.line}, ${cleanLabel(line.reason)}: `,
            h('q', {lang: publication.lang}, cleanLabel(line.text))
          ])
        )
      )
    )
  }

  if (publication.warnings.length > 0) {
    body.push(
      h('h2', 'Warnings'),
      h(
        'ul',
        {className: ['warnings']},
        publication.warnings.map((message) =>
          h('li', [
            message.line === null ? '' : `Line ${message.line}: `,
            cleanLabel(message.message),
            ` (${message.code})`
          ])
        )
      )
    )
  }
  body.push(h('h2', 'Rights'), h('p', cleanLabel(rights)))
  return [h('section', {id: 'provenance', 'epub:type': 'appendix', role: 'doc-appendix', lang: 'en'}, body)]
}

function linkTo(url: string | null, bare = false): ElementContent[] {
  if (!url) return []
  const text = cleanLabel(url)
  if (!isExternalHref(url)) return [{type: 'text', value: bare ? text : ` — ${text}`}]
  const link = h('a', {href: url}, text)
  return bare ? [link] : [{type: 'text', value: ' — '}, link]
}

function evidence(source: 'editor' | 'inferred', words: string): ElementContent {
  const from = source === 'editor' ? `set by the editor (${cleanLabel(words)})` : `inferred from “${cleanLabel(words)}”`
  return h('span', {className: ['evidence']}, ` — ${from}`)
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
