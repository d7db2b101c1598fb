/** The publication header: kind and date, title, dek, who talked to whom, where it appeared. */
import type {Publication} from '@dossier/core'
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {inlineContent} from '../content.js'
import {describeConversation, describeOutlet, formatDate, joinNames, peopleWith, plural} from '../format.js'

/** Header of a publication page, with its one h1. */
export function publicationHeader(publication: Publication, downloads: ElementContent[]): Element {
  const date = formatDate(publication.date)
  const conversation = describeConversation(publication)
  return h('header.pub-head', [
    h('p.kicker', [
      publication.kind === 'interview' ? 'Interview' : 'Article',
      ...(date && publication.date ? [' · ', h('time', {dateTime: publication.date.value}, date)] : [])
    ]),
    h('h1', inlineContent(publication.title)),
    publication.subtitle ? h('p.dek', inlineContent(publication.subtitle)) : null,
    conversation ? h('p.byline', conversation) : null,
    factList(publication),
    ...downloads
  ])
}

function factList(publication: Publication): Element {
  const rows: Array<[string, ElementContent[]]> = []
  for (const role of ['interviewee', 'interviewer', 'author'] as const) {
    const people = peopleWith(publication, role)
    if (people.length === 0) continue
    const label = {interviewee: 'Interviewee', interviewer: 'Interviewer', author: 'Author'}[role]
    const names = people.map((person) => (person.affiliation ? `${person.name} (${person.affiliation})` : person.name))
    rows.push([people.length > 1 ? `${label}s` : label, [{type: 'text', value: joinNames(names)}]])
  }
  const original = publication.outlets.filter((outlet) => outlet.role === 'original')
  const republishers = publication.outlets.filter((outlet) => outlet.role === 'republisher')
  if (original.length > 0) rows.push(['First published in', outletList(original)])
  if (republishers.length > 0) rows.push(['Republished by', outletList(republishers)])
  if (publication.url) rows.push(['Original', [h('a', {href: publication.url}, publication.url)]])
  const count = publication.kind === 'interview' ? `${plural(publication.qa.length, 'question')}, ` : ''
  rows.push(['Length', [{type: 'text', value: `${count}${publication.stats.words.toLocaleString('en-US')} words, about ${publication.stats.readingMinutes} min`}]])
  return h('dl.facts', rows.flatMap(([term, value]) => [h('div', [h('dt', term), h('dd', value)])]))
}

function outletList(outlets: Publication['outlets']): ElementContent[] {
  return outlets.flatMap((outlet, index) => {
    const text = describeOutlet(outlet)
    const item: ElementContent = outlet.url ? h('a', {href: outlet.url}, text) : {type: 'text', value: text}
    return index === 0 ? [item] : [{type: 'text', value: index === outlets.length - 1 ? ' and ' : ', '} as ElementContent, item]
  })
}
