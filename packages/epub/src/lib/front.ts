/**
 * Front matter: the cover page that shows the generated cover image, and the title pages of a
 * publication and of the collection.
 */
import {
  directionOf,
  interfaceWords,
  type Collection,
  type CollectionPresentation,
  type LangText,
  type Notice,
  type Presentation,
  type Publication
} from '@dossier/core'
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import {inlineToCleanHast} from './blocks.js'
import {toContent, type Chapter} from './chapter.js'
import {joined} from './lang-text.js'
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

/** The outlet line and the date (`facts.outletLine`, `facts.date`), the texts of a source line joined with " · ". */
export function sourceFacts({facts}: Presentation): LangText[] {
  return [facts.outletLine, facts.date?.text ?? null].filter((text): text is LangText => text !== null)
}

/**
 * The notices of `kind` as notes the reader sees next to the text (`Presentation.notices`): the
 * truncation notice closes the text (its sentence and detail), the derived-title notice follows the
 * title. The normalizer's reports are on the provenance page.
 */
export function noticesOf({notices, lang}: Presentation, kind: Notice['kind']): ElementContent[] {
  return notices
    .filter((notice) => notice.kind === kind)
    .map((notice) =>
      joined(
        'p',
        {className: [kind === 'truncated' ? 'truncated' : 'notice'], role: 'note'},
        notice.detail ? [notice.text, notice.detail] : [notice.text],
        ' ',
        lang
      )
    )
}

/** The title page of a book made of one publication, from its presentation. */
export function renderPublicationTitlePage(
  publication: Publication,
  presentation: Presentation,
  collection: Collection
): Chapter {
  // The title page holds no question anchors: in-page links in a dek are kept as text.
  const state = {rank: 1, ids: new Set<string>(['titlepage'])}
  const nodes: ElementContent[] = [h('h1', inlineToCleanHast(publication.title, state))]
  if (publication.subtitle)
    nodes.push(h('p', {className: ['subtitle']}, inlineToCleanHast(publication.subtitle, state)))
  nodes.push(...noticesOf(presentation, 'derived-title'))
  const {line} = presentation.byline
  if (line) nodes.push(joined('p', {className: ['people']}, [line], '', publication.lang))
  const facts = sourceFacts(presentation)
  if (facts.length > 0) nodes.push(joined('p', {className: ['source-line']}, facts, ' · ', publication.lang))
  nodes.push(
    h(
      'p',
      {className: ['publisher'], lang: collection.lang, dir: directionOf(collection.lang)},
      `${cleanLabel(collection.publisher)} · ${cleanLabel(collection.title)}`
    )
  )
  return titlePage(nodes, cleanLabel(publication.title.text), publication.lang)
}

/** The title page of the collection book, from the collection's presentation (`presentCollection`). */
export function renderCollectionTitlePage(collection: Collection, presentation: CollectionPresentation): Chapter {
  const nodes: ElementContent[] = [h('h1', cleanLabel(collection.title))]
  if (collection.description) nodes.push(h('p', {className: ['subtitle']}, cleanLabel(collection.description)))
  nodes.push(
    h('p', {className: ['source-line'], lang: presentation.publications.lang}, presentation.publications.text),
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
