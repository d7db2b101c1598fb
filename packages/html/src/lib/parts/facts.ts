/**
 * The publication header: kind and date, title, dek, notices about the title, who talked to whom,
 * where it appeared. Every word is the presentation model's (`present`); this only serializes it.
 */
import type {Byline, LangText, Notice, Presentation} from '@dossier/core'
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {inlineContent} from '../content.js'
import {langProps, phrase} from '../lang-text.js'
import {outletPath, personPath} from '../state.js'

/** Header of a publication page, with its one h1. */
export function publicationHeader(presentation: Presentation, downloads: ElementContent[]): Element {
  const {titleBlock, byline, facts, lang} = presentation
  const {date} = facts
  return h('header.pub-head', [
    h('p.kicker', [
      phrase(titleBlock.kicker, lang),
      ...(date ? [' · ', h('time', {dateTime: date.value, ...langProps(date.text, lang)}, date.text.text)] : [])
    ]),
    h('h1', inlineContent(titleBlock.title.inline)),
    titleBlock.subtitle ? h('p.dek', inlineContent(titleBlock.subtitle.inline)) : null,
    ...presentation.notices.filter((notice) => notice.kind === 'derived-title').map(noticeAside),
    byline.line ? h('p.byline', langProps(byline.line, lang), bylineContent(byline)) : null,
    factList(presentation),
    ...downloads
  ])
}

function factList({byline, facts, labels, lang}: Presentation): Element {
  const rows: Array<[Element, Element]> = []
  // Each name links its person's page, each outlet its outlet's page, with the list's own words between them.
  const linked = (group: {label: LangText; names: LangText; separators: string[]}, items: Array<[Element, string]>) =>
    rows.push([
      h('dt', langProps(group.label, lang), group.label.text),
      h('dd', langProps(group.names, lang), joinLinked(items, group.separators))
    ])
  // A name linking its page, then what the row prints after it: "(Affiliation)", "(July 2017 edition)".
  const item = (href: string, name: string, shown: string): [Element, string] => [
    h('a', {href}, name),
    shown.slice(name.length)
  ]
  for (const group of byline.groups)
    linked(
      group,
      group.people.map((person) => item(personPath(person.slug), person.name, person.nameWithAffiliation))
    )
  for (const group of facts.outletGroups)
    linked(
      group,
      group.outlets.map((outlet) => item(outletPath(outlet.slug), outlet.name, outlet.text))
    )
  if (facts.url)
    rows.push([
      h('dt', langProps(labels.original, lang), labels.original.text),
      h('dd', [h('a', {href: facts.url, dir: 'ltr'}, facts.url)])
    ])
  rows.push([
    h('dt', langProps(labels.length, lang), labels.length.text),
    h('dd', langProps(facts.length, lang), facts.length.text)
  ])
  return h(
    'dl.facts',
    rows.map(([term, value]) => h('div', [term, value]))
  )
}

/** The byline sentence with each name linking its person's page (`Byline.runs`); `root` leads back to the site's root. */
export function bylineContent(byline: Byline, root = ''): ElementContent[] {
  return byline.runs.map((run) =>
    run.slug ? h('a', {href: `${root}${personPath(run.slug)}`}, run.text) : ({type: 'text', value: run.text} as const)
  )
}

/** Items (each a link and the text after it) joined by the list's separators, empty texts left out. */
function joinLinked(items: Array<[Element, string]>, separators: string[]): ElementContent[] {
  return items.flatMap(([link, after], index) => [
    ...(index > 0 ? [{type: 'text', value: separators[index - 1]!} as const] : []),
    link,
    ...(after ? [{type: 'text', value: after} as const] : [])
  ])
}

/**
 * A notice the reader must see next to the text (`Notice`): its sentence in bold with its detail,
 * then the normalizer's own report, marked English.
 */
export function noticeAside(notice: Notice): Element {
  return h(`aside.notice.${notice.kind}`, {role: 'note', ariaLabel: notice.text.text}, [
    h('p', {lang: notice.text.lang}, [
      h('strong', notice.text.text),
      ...(notice.detail ? [' ', notice.detail.text] : [])
    ]),
    notice.report ? h('p.detail', {lang: notice.report.lang}, notice.report.text) : null
  ])
}
