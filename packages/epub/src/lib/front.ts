/**
 * Front matter: the cover page that shows the generated cover image, and the title pages of a
 * publication and of the collection.
 */
import {directionOf, interfaceWords, type Collection, type Publication} from '@dossier/core'
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import {inlineToCleanHast} from './blocks.js'
import {toContent, type Chapter} from './chapter.js'
import {bylineOf, formatDate, labelLangOf, outletLineOf} from './describe.js'
import {cleanLabel} from './text.js'

/** File name of the cover image inside `OEBPS/` (epub-gen-memory names it after its extension). */
export const coverImageFile = 'cover.svg'

/** The cover page: a full-page image with its text alternative. */
export function renderCoverPage(alt: string, lang: string): Chapter {
  return {
    id: 'cover',
    filename: 'cover.xhtml',
    title: interfaceWords(lang).term('cover'),
    content: '',
    lang,
    dir: directionOf(lang),
    epubType: 'cover',
    beforeToc: true,
    coverImage: coverImageFile,
    coverAlt: alt
  }
}

/** The title page of a book made of one publication. */
export function renderPublicationTitlePage(publication: Publication, collection: Collection): Chapter {
  // The title page holds no question anchors: in-page links in a dek are kept as text.
  const state = {rank: 1, ids: new Set<string>(['titlepage'])}
  const nodes: ElementContent[] = [h('h1', inlineToCleanHast(publication.title, state))]
  if (publication.subtitle)
    nodes.push(h('p', {className: ['subtitle']}, inlineToCleanHast(publication.subtitle, state)))
  const byline = bylineOf(publication)
  const labelLang = labelLangOf(publication) === publication.lang ? undefined : 'en'
  if (byline) nodes.push(h('p', {className: ['people'], lang: labelLang}, byline))
  const facts = [outletLineOf(publication), formatDate(publication.date)].filter(Boolean).join(' · ')
  if (facts) nodes.push(h('p', {className: ['source-line'], lang: labelLang}, facts))
  nodes.push(
    h(
      'p',
      {className: ['publisher'], lang: collection.lang, dir: directionOf(collection.lang)},
      `${cleanLabel(collection.publisher)} · ${cleanLabel(collection.title)}`
    )
  )
  return titlePage(nodes, cleanLabel(publication.title.text), publication.lang)
}

/** The title page of the collection book, which holds `count` publications. */
export function renderCollectionTitlePage(collection: Collection, count: number): Chapter {
  const nodes: ElementContent[] = [h('h1', cleanLabel(collection.title))]
  if (collection.description) nodes.push(h('p', {className: ['subtitle']}, cleanLabel(collection.description)))
  nodes.push(
    h(
      'p',
      {className: ['source-line'], lang: interfaceWords(collection.lang).langOf('publicationCount')},
      interfaceWords(collection.lang).count('publicationCount', count)
    ),
    h('p', {className: ['publisher']}, cleanLabel(collection.publisher)),
    h('p', {className: ['rights']}, cleanLabel(collection.rights))
  )
  return titlePage(nodes, cleanLabel(collection.title), collection.lang)
}

function titlePage(nodes: ElementContent[], title: string, lang: string): Chapter {
  const content = toContent([
    h('section', {className: ['titlepage'], 'epub:type': 'titlepage', id: 'titlepage'}, nodes)
  ])
  return {
    id: 'titlepage',
    filename: 'titlepage.xhtml',
    title,
    content,
    lang,
    dir: directionOf(lang),
    epubType: 'frontmatter',
    beforeToc: true
  }
}
