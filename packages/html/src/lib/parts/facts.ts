/** The publication header: kind and date, title, dek, who talked to whom, where it appeared. */
import {interfaceWords, type Publication, type Words} from '@dossier/core'
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {inlineContent} from '../content.js'
import {describeConversation, describeOutlet, formatDate, peopleWith} from '../format.js'

/** Header of a publication page, with its one h1. */
export function publicationHeader(publication: Publication, downloads: ElementContent[]): Element {
  const date = formatDate(publication.date)
  const words = interfaceWords(publication.lang)
  const conversation = describeConversation(publication, words)
  return h('header.pub-head', [
    h('p.kicker', [
      words.term(publication.kind === 'interview' ? 'interview' : 'article'),
      ...(date && publication.date ? [' · ', h('time', {dateTime: publication.date.value}, date)] : [])
    ]),
    h('h1', inlineContent(publication.title)),
    publication.subtitle ? h('p.dek', inlineContent(publication.subtitle)) : null,
    conversation ? h('p.byline', conversation) : null,
    factList(publication, words),
    ...downloads
  ])
}

function factList(publication: Publication, words: Words): Element {
  const rows: Array<[string, ElementContent[]]> = []
  for (const role of ['interviewee', 'interviewer', 'author'] as const) {
    const people = peopleWith(publication, role)
    if (people.length === 0) continue
    const label = words.term(people.length > 1 ? (`${role}s` as const) : role)
    const names = people.map((person) => (person.affiliation ? `${person.name} (${person.affiliation})` : person.name))
    rows.push([label, [{type: 'text', value: words.list(names)}]])
  }
  const original = publication.outlets.filter((outlet) => outlet.role === 'original')
  const republishers = publication.outlets.filter((outlet) => outlet.role === 'republisher')
  if (original.length > 0) rows.push([words.term('firstPublishedIn'), outletList(original, words)])
  if (republishers.length > 0) rows.push([words.term('republishedBy'), outletList(republishers, words)])
  if (publication.url)
    rows.push([words.term('original'), [h('a', {href: publication.url, dir: 'ltr'}, publication.url)]])
  const count = publication.kind === 'interview' ? `${words.count('questionCount', publication.qa.length)}, ` : ''
  rows.push([
    words.term('length'),
    [
      {
        type: 'text',
        value: `${count}${words.count('wordCount', publication.stats.words)}, ${words.count('readingMinutes', publication.stats.readingMinutes)}`
      }
    ]
  ])
  return h(
    'dl.facts',
    rows.flatMap(([term, value]) => [h('div', [h('dt', term), h('dd', value)])])
  )
}

function outletList(outlets: Publication['outlets'], words: Words): ElementContent[] {
  return outlets.flatMap((outlet, index) => {
    const text = describeOutlet(outlet)
    const item: ElementContent = outlet.url ? h('a', {href: outlet.url}, text) : {type: 'text', value: text}
    return index === 0
      ? [item]
      : [{type: 'text', value: index === outlets.length - 1 ? ` ${words.term('and')} ` : ', '} as ElementContent, item]
  })
}
