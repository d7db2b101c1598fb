/**
 * The content documents of one publication: its text (header, intro, one section per question
 * with the site's ids `q1`…, or the article body), its back matter (bio and notes) and its
 * provenance page, with the navigation entries that point into them.
 */
import {
  type Collection,
  directionOf,
  footnotesToHast,
  questionId,
  type Presentation,
  type Publication
} from '@dossier/core'
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import {blocksToHast, type Heading, inlineToCleanHast, type Outline} from './blocks.js'
import {toContent, type Chapter, type NavItem} from './chapter.js'
import {cleanHast} from './xhtml.js'
import {noticesOf, sourceFacts} from './front.js'
import {joined, langProps} from './lang-text.js'
import {renderProvenance} from './provenance.js'
import {cleanLabel, cleanText, shorten} from './text.js'

/**
 * Build the text, back-matter and provenance documents of one publication (`text.xhtml`,
 * `back.xhtml`, `provenance.xhtml`) and the navigation entries into them. The collection book
 * holds the same documents under a prefix (`p3-text.xhtml`, see `collection.ts`); nothing inside
 * a document names its own file, so the documents are the same in both books. Every word around
 * the content is the presentation's (`present(publication, collection)`).
 */
export function renderChapters(
  publication: Publication,
  presentation: Presentation,
  collection: Pick<Collection, 'rights' | 'lang'>
): {chapters: Chapter[]; nav: NavItem} {
  const lang = publication.lang
  const dir = directionOf(lang)
  const {labels} = presentation
  const text = 'text.xhtml'
  const title = cleanLabel(publication.title.text)
  const counter = {count: 0}
  const outline = (): Outline => ({headings: [], counter})
  const outlines = {intro: outline(), answers: publication.qa.map(outline), body: outline()}
  const content = toContent(textOf(publication, presentation, outlines))
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
    children.push({label: labels.notes.text, href: `${text}#footnotes`, children: []})
  const chapters: Chapter[] = [
    {id: 'text', filename: text, title, content, lang, dir, epubType: 'bodymatter', beforeToc: false}
  ]
  const back = backOf(publication, presentation)
  if (back.length > 0) {
    const filename = 'back.xhtml'
    chapters.push({
      id: 'back',
      filename,
      title: `${title}: ${cleanLabel(labels.about.text)}`,
      content: toContent(back),
      lang,
      dir,
      epubType: 'backmatter',
      beforeToc: false
    })
    if (publication.about.length > 0)
      children.push({label: cleanLabel(labels.about.text), href: `${filename}#about`, children: []})
    if (publication.notes.length > 0) children.push({label: labels.notes.text, href: `${filename}#notes`, children: []})
  }
  const provenance = 'provenance.xhtml'
  chapters.push({
    id: 'provenance',
    filename: provenance,
    title: `${title}: ${labels.provenance.text}`,
    content: toContent(renderProvenance(presentation, collection)),
    lang,
    dir,
    epubType: 'backmatter',
    beforeToc: false
  })
  children.push({label: labels.provenance.text, href: `${provenance}#provenance`, children: []})
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
  presentation: Presentation,
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
  header.push(...noticesOf(presentation, 'derived-title'))
  const {line} = presentation.byline
  if (line) header.push(joined('p', {className: ['byline']}, [line], '', publication.lang))
  const facts = sourceFacts(presentation)
  if (facts.length > 0) header.push(joined('p', {className: ['source-line']}, facts, ' · ', publication.lang))
  // With a base URL, the page on the site, and each question's number links to its permalink there.
  const online = presentation.online
  if (online) {
    const label = online.labelled.text.slice(0, online.labelled.text.length - online.address.length)
    const labelLang =
      online.label.lang === publication.lang ? {} : {lang: online.label.lang, 'xml:lang': online.label.lang}
    header.push(
      h('p', {className: ['online']}, [h('span', labelLang, label), h('a', {href: online.address}, online.address)])
    )
  }
  const body: ElementContent[] = [h('header', header)]
  if (publication.intro.length > 0)
    body.push(h('div', {className: ['intro']}, blocksToHast(publication.intro, top, outlines.intro)))
  // Each turn's labels as core presents them (the language's colon: "Marc Fesneau : " keeps its no-break space).
  const speakers = new Map(presentation.speakers.map((turn) => [turn.id, turn]))
  for (const [index, qa] of publication.qa.entries()) {
    const state = {rank: 2, ids}
    const id = qa.id || questionId(qa.number)
    const turn = speakers.get(qa.id)
    const asker = turn?.asker ? [h('span', {className: ['speaker']}, cleanText(turn.asker.runIn))] : []
    // Each speaker's turn of the answer under its own label (several in a panel).
    const answer = (turn?.turns ?? [{speaker: null, start: 0, end: qa.answer.length}]).flatMap(
      ({speaker, start, end}) => [
        ...(speaker ? [h('p', {className: ['speaker']}, cleanText(speaker.text))] : []),
        ...blocksToHast(qa.answer.slice(start, end), state, outlines.answers[index]!)
      ]
    )
    body.push(
      h('section', {id, className: ['qa'], 'aria-labelledby': `${id}-q`}, [
        h('h2', {id: `${id}-q`, className: ['question']}, [
          online
            ? h('a', {className: ['number'], href: `${online.address}#${qa.id}`}, `${qa.number}. `)
            : h('span', {className: ['number']}, `${qa.number}. `),
          ...asker,
          ...inlineToCleanHast(qa.question, state)
        ]),
        h('div', {className: ['answer']}, answer)
      ])
    )
  }
  if (publication.body.length > 0)
    body.push(h('div', {className: ['body']}, blocksToHast(publication.body, top, outlines.body)))
  // Notes close the text they belong to, so every marker and back-link stays in one document.
  body.push(...blocksOfNotes(publication, presentation, top))
  body.push(...noticesOf(presentation, 'truncated'))
  return [
    h(
      'section',
      {'epub:type': 'chapter', role: 'doc-chapter', className: ['publication'], lang: publication.lang},
      body
    )
  ]
}

/** The numbered notes as a `doc-endnotes` section (core's markup, with `epub:type`), cleaned for XHTML. */
function blocksOfNotes(
  publication: Publication,
  presentation: Presentation,
  state: {rank: number; ids: ReadonlySet<string>}
): ElementContent[] {
  const heading = presentation.labels.notes.text
  return cleanHast(
    footnotesToHast(publication.footnotes, {heading, rank: 1, epub: true, lang: publication.lang}),
    state
  )
}

function backOf(publication: Publication, {labels}: Presentation): ElementContent[] {
  const state = {rank: 1, ids: new Set(['about', 'notes'])}
  const out: ElementContent[] = []
  if (publication.about.length > 0) {
    out.push(
      h('section', {id: 'about', 'epub:type': 'appendix', role: 'doc-appendix', lang: publication.lang}, [
        h('h1', langProps(labels.about, publication.lang), cleanLabel(labels.about.text)),
        ...blocksToHast(publication.about, state)
      ])
    )
  }
  if (publication.notes.length > 0) {
    out.push(
      h('section', {id: 'notes', 'epub:type': 'endnotes', role: 'doc-endnotes', lang: publication.lang}, [
        h('h1', langProps(labels.notes, publication.lang), labels.notes.text),
        ...blocksToHast(publication.notes, state)
      ])
    )
  }
  return out
}
