/**
 * The content documents of one publication: its text (header, intro, one section per question
 * with the site's ids `q1`…, or the article body), its back matter (bio and notes) and its
 * provenance page, with the navigation entries that point into them.
 */
import {directionOf, interfaceWords, questionId, type Publication} from '@dossier/core'
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import {blocksToHast, inlineToCleanHast} from './blocks.js'
import {toContent, type Chapter, type NavItem} from './chapter.js'
import {bylineOf, creatorsOf, formatDate, labelLangOf, outletLineOf} from './describe.js'
import {renderProvenance} from './provenance.js'
import {cleanLabel, shorten} from './text.js'

/** Where a publication sits in the book. */
export interface Placement {
  /** File and id prefix: `''` for a book of its own, `p1-`… in the collection. */
  prefix: string
  /** Collection rights statement, repeated on the provenance page. */
  rights: string
}

/** Build the text, back-matter and provenance documents of one publication. */
export function renderPublication(publication: Publication, placement: Placement): {chapters: Chapter[]; nav: NavItem} {
  const {prefix} = placement
  const lang = publication.lang
  const dir = directionOf(lang)
  const words = interfaceWords(lang)
  const text = `${prefix}text.xhtml`
  const title = cleanLabel(publication.title.text)
  const children: NavItem[] = publication.qa.map((qa) => ({
    label: `${qa.number}. ${shorten(cleanLabel(qa.question.text), 120)}`,
    href: `${text}#${qa.id}`,
    children: []
  }))
  const chapters: Chapter[] = [
    {id: `${prefix}text`, filename: text, title, content: toContent(textOf(publication)), lang, dir, epubType: 'bodymatter', beforeToc: false}
  ]
  const back = backOf(publication)
  if (back.length > 0) {
    const filename = `${prefix}back.xhtml`
    chapters.push({id: `${prefix}back`, filename, title: `${title}: about`, content: toContent(back), lang, dir, epubType: 'backmatter', beforeToc: false})
    if (publication.about.length > 0) children.push({label: aboutTitle(publication), href: `${filename}#about`, children: []})
    if (publication.notes.length > 0) children.push({label: words.term('notes'), href: `${filename}#notes`, children: []})
  }
  const provenance = `${prefix}provenance.xhtml`
  chapters.push({
    id: `${prefix}provenance`,
    filename: provenance,
    title: `${title}: provenance`,
    content: toContent(renderProvenance(publication, placement.rights)),
    lang: 'en',
    epubType: 'backmatter',
    beforeToc: false
  })
  children.push({label: 'Provenance', href: `${provenance}#provenance`, children: []})
  return {chapters, nav: {label: title, href: text, children}}
}

function textOf(publication: Publication): ElementContent[] {
  const ids = new Set(['title', ...publication.qa.map((qa) => qa.id)])
  const top = {rank: 1, ids}
  const header: ElementContent[] = [h('h1', {id: 'title'}, inlineToCleanHast(publication.title, top))]
  if (publication.subtitle) header.push(h('p', {className: ['subtitle']}, inlineToCleanHast(publication.subtitle, top)))
  const byline = bylineOf(publication)
  const facts = [outletLineOf(publication), formatDate(publication.date)].filter(Boolean).join(' · ')
  const labelLang = labelLangOf(publication) === publication.lang ? undefined : 'en'
  if (byline) header.push(h('p', {className: ['byline'], lang: labelLang}, byline))
  if (facts) header.push(h('p', {className: ['source-line'], lang: labelLang}, facts))
  const body: ElementContent[] = [h('header', header)]
  if (publication.intro.length > 0) body.push(h('div', {className: ['intro']}, blocksToHast(publication.intro, top)))
  for (const qa of publication.qa) {
    const state = {rank: 2, ids}
    const id = qa.id || questionId(qa.number)
    const asker = qa.asker ? [h('span', {className: ['speaker']}, `${cleanLabel(qa.asker)}: `)] : []
    body.push(
      h('section', {id, className: ['qa'], 'aria-labelledby': `${id}-q`}, [
        h('h2', {id: `${id}-q`, className: ['question']}, [h('span', {className: ['number']}, `${qa.number}. `), ...asker, ...inlineToCleanHast(qa.question, state)]),
        h('div', {className: ['answer']}, blocksToHast(qa.answer, state))
      ])
    )
  }
  if (publication.body.length > 0) body.push(h('div', {className: ['body']}, blocksToHast(publication.body, top)))
  const words = interfaceWords(publication.lang)
  if (publication.truncated) body.push(h('p', {className: ['truncated'], role: 'note', lang: words.langOf('truncated') === publication.lang ? undefined : 'en'}, `${words.term('truncated')} ${words.term('truncatedDetail')}`))
  return [h('section', {'epub:type': 'chapter', className: ['publication'], lang: publication.lang}, body)]
}

function backOf(publication: Publication): ElementContent[] {
  const state = {rank: 1, ids: new Set(['about', 'notes'])}
  const out: ElementContent[] = []
  if (publication.about.length > 0) {
    out.push(h('section', {id: 'about', 'epub:type': 'appendix', lang: publication.lang}, [h('h1', aboutTitle(publication)), ...blocksToHast(publication.about, state)]))
  }
  if (publication.notes.length > 0) {
    out.push(h('section', {id: 'notes', 'epub:type': 'endnotes', lang: publication.lang}, [h('h1', interfaceWords(publication.lang).term('notes')), ...blocksToHast(publication.notes, state)]))
  }
  return out
}

function aboutTitle(publication: Publication): string {
  const names = creatorsOf(publication).map((person) => person.name)
  const words = interfaceWords(publication.lang)
  return names.length === 1 ? words.term('aboutName', {name: cleanLabel(names[0]!)}) : words.term('aboutTheAuthor')
}
