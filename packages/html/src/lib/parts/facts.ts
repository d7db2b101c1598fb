/**
 * The publication header: kind and date, title, dek, notices about the title, who talked to whom,
 * where it appeared. Every word is the presentation model's (`present`); this only serializes it.
 */
import type {Notice, Presentation} from '@dossier/core'
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {inlineContent} from '../content.js'
import {langProps, phrase} from '../lang-text.js'

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
    byline.line ? h('p.byline', langProps(byline.line, lang), byline.line.text) : null,
    factList(presentation),
    ...downloads
  ])
}

function factList({byline, facts, labels, lang}: Presentation): Element {
  const rows: Array<[Element, Element]> = []
  for (const group of byline.groups)
    rows.push([
      h('dt', langProps(group.label, lang), group.label.text),
      h('dd', langProps(group.names, lang), group.names.text)
    ])
  for (const group of facts.outletGroups)
    rows.push([
      h('dt', langProps(group.label, lang), group.label.text),
      h(
        'dd',
        langProps(group.names, lang),
        group.outlets.flatMap((outlet, index) => {
          const item: ElementContent = outlet.url
            ? h('a', {href: outlet.url}, outlet.text)
            : {type: 'text', value: outlet.text}
          return index === 0 ? [item] : [{type: 'text', value: group.separators[index - 1]!} as ElementContent, item]
        })
      )
    ])
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
