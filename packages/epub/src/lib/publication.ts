/**
 * The content documents of one publication: its text (header, intro, one section per question
 * with the site's ids `q1`…, or the article body), its back matter (bio and notes) and its
 * provenance page, with the navigation entries that point into them.
 */
import {directionOf, footnotesToHast, interfaceWords, questionId, type Publication} from '@dossier/core'
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import {blocksToHast, type Heading, inlineToCleanHast, type Outline} from './blocks.js'
import {toContent, type Chapter, type NavItem} from './chapter.js'
import {cleanHast} from './xhtml.js'
import {bylineOf, creatorsOf, formatDate, labelLangOf, outletLineOf} from './describe.js'
import {renderProvenance} from './provenance.js'
import {cleanLabel, shorten} from './text.js'

/**
 * Build the text, back-matter and provenance documents of one publication (`text.xhtml`,
 * `back.xhtml`, `provenance.xhtml`) and the navigation entries into them. The collection book
 * holds the same documents under a prefix (`p3-text.xhtml`, see `collection.ts`); nothing inside
 * a document names its own file, so the documents are the same in both books.
 */
export function renderChapters(publication: Publication, rights: string): {chapters: Chapter[]; nav: NavItem} {
  const lang = publication.lang
  const dir = directionOf(lang)
  const words = interfaceWords(lang)
  const text = 'text.xhtml'
  const title = cleanLabel(publication.title.text)
  const counter = {count: 0}
  const outline = (): Outline => ({headings: [], counter})
  const outlines = {intro: outline(), answers: publication.qa.map(outline), body: outline()}
  const content = toContent(textOf(publication, outlines))
  const children: NavItem[] = [
    ...navOf(outlines.intro.headings, text),
    ...publication.qa.map((qa, index) => ({
      label: `${qa.number}. ${shorten(cleanLabel(qa.question.text), 120)}`,
      href: `${text}#${qa.id}`,
      children: navOf(outlines.answers[index]!.headings, text)
    })),
    ...navOf(outlines.body.headings, text)
  ]
  if (publication.footnotes.length > 0)
    children.push({label: words.term('notes'), href: `${text}#footnotes`, children: []})
  const chapters: Chapter[] = [
    {id: 'text', filename: text, title, content, lang, dir, epubType: 'bodymatter', beforeToc: false}
  ]
  const back = backOf(publication)
  if (back.length > 0) {
    const filename = 'back.xhtml'
    chapters.push({
      id: 'back',
      filename,
      title: `${title}: about`,
      content: toContent(back),
      lang,
      dir,
      epubType: 'backmatter',
      beforeToc: false
    })
    if (publication.about.length > 0)
      children.push({label: aboutTitle(publication), href: `${filename}#about`, children: []})
    if (publication.notes.length > 0)
      children.push({label: words.term('notes'), href: `${filename}#notes`, children: []})
  }
  const provenance = 'provenance.xhtml'
  chapters.push({
    id: 'provenance',
    filename: provenance,
    title: `${title}: provenance`,
    content: toContent(renderProvenance(publication, rights)),
    lang: 'en',
    epubType: 'backmatter',
    beforeToc: false
  })
  children.push({label: 'Provenance', href: `${provenance}#provenance`, children: []})
  return {chapters, nav: {label: title, href: text, children}}
}

/** Sub-headings as nested navigation entries: a deeper heading goes under the last shallower one. */
function navOf(headings: Heading[], file: string): NavItem[] {
  const root: NavItem[] = []
  const stack: Array<{depth: number; item: NavItem}> = []
  for (const heading of headings) {
    const item: NavItem = {label: shorten(cleanLabel(heading.label), 120), href: `${file}#${heading.id}`, children: []}
    while (stack.length > 0 && stack.at(-1)!.depth >= heading.depth) stack.pop()
    ;(stack.at(-1)?.item.children ?? root).push(item)
    stack.push({depth: heading.depth, item})
  }
  return root
}

/** Ids of the notes and their markers, which in-page links may point at. */
function noteIds(publication: Publication): string[] {
  return publication.footnotes.flatMap((note) => [note.id, ...note.refs])
}

function textOf(
  publication: Publication,
  outlines: {intro: Outline; answers: Outline[]; body: Outline}
): ElementContent[] {
  const ids = new Set([
    'title',
    ...publication.qa.map((qa) => qa.id),
    ...noteIds(publication),
    'footnotes',
    'footnotes-title'
  ])

  const top = {rank: 1, ids}
  const header: ElementContent[] = [h('h1', {id: 'title'}, inlineToCleanHast(publication.title, top))]
  if (publication.subtitle) header.push(h('p', {className: ['subtitle']}, inlineToCleanHast(publication.subtitle, top)))
  const byline = bylineOf(publication)
  const facts = [outletLineOf(publication), formatDate(publication.date)].filter(Boolean).join(' · ')
  const labelLang = labelLangOf(publication) === publication.lang ? undefined : 'en'
  if (byline) header.push(h('p', {className: ['byline'], lang: labelLang}, byline))
  if (facts) header.push(h('p', {className: ['source-line'], lang: labelLang}, facts))
  const body: ElementContent[] = [h('header', header)]
  if (publication.intro.length > 0)
    body.push(h('div', {className: ['intro']}, blocksToHast(publication.intro, top, outlines.intro)))
  for (const [index, qa] of publication.qa.entries()) {
    const state = {rank: 2, ids}
    const id = qa.id || questionId(qa.number)
    const asker = qa.asker ? [h('span', {className: ['speaker']}, `${cleanLabel(qa.asker)}: `)] : []
    body.push(
      h('section', {id, className: ['qa'], 'aria-labelledby': `${id}-q`}, [
        h('h2', {id: `${id}-q`, className: ['question']}, [
          h('span', {className: ['number']}, `${qa.number}. `),
          ...asker,
          ...inlineToCleanHast(qa.question, state)
        ]),
        h('div', {className: ['answer']}, blocksToHast(qa.answer, state, outlines.answers[index]!))
      ])
    )
  }
  if (publication.body.length > 0)
    body.push(h('div', {className: ['body']}, blocksToHast(publication.body, top, outlines.body)))
  const words = interfaceWords(publication.lang)
  // Notes close the text they belong to, so every marker and back-link stays in one document.
  body.push(...blocksOfNotes(publication, top))
  if (publication.truncated)
    body.push(
      h(
        'p',
        {
          className: ['truncated'],
          role: 'note',
          lang: words.langOf('truncated') === publication.lang ? undefined : 'en'
        },
        `${words.term('truncated')} ${words.term('truncatedDetail')}`
      )
    )
  return [
    h(
      'section',
      {'epub:type': 'chapter', role: 'doc-chapter', className: ['publication'], lang: publication.lang},
      body
    )
  ]
}

/** The numbered notes as a `doc-endnotes` section (core's markup, with `epub:type`), cleaned for XHTML. */
function blocksOfNotes(publication: Publication, state: {rank: number; ids: ReadonlySet<string>}): ElementContent[] {
  const words = interfaceWords(publication.lang)
  return cleanHast(footnotesToHast(publication.footnotes, {heading: words.term('notes'), rank: 1, epub: true}), state)
}

function backOf(publication: Publication): ElementContent[] {
  const state = {rank: 1, ids: new Set(['about', 'notes'])}
  const out: ElementContent[] = []
  if (publication.about.length > 0) {
    out.push(
      h('section', {id: 'about', 'epub:type': 'appendix', role: 'doc-appendix', lang: publication.lang}, [
        h('h1', aboutTitle(publication)),
        ...blocksToHast(publication.about, state)
      ])
    )
  }
  if (publication.notes.length > 0) {
    out.push(
      h('section', {id: 'notes', 'epub:type': 'endnotes', role: 'doc-endnotes', lang: publication.lang}, [
        h('h1', interfaceWords(publication.lang).term('notes')),
        ...blocksToHast(publication.notes, state)
      ])
    )
  }
  return out
}

function aboutTitle(publication: Publication): string {
  const names = creatorsOf(publication).map((person) => person.name)
  const words = interfaceWords(publication.lang)
  return names.length === 1 ? words.term('aboutName', {name: cleanLabel(names[0]!)}) : words.term('aboutTheAuthor')
}
