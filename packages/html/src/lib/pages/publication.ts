/** One page per publication: header, intro, questions (or body), notes, provenance, prev/next. */
import {
  interfaceWords,
  type CitationRecord,
  directionOf,
  type Presentation,
  type Publication,
  type PublicationHead
} from '@dossier/core'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {blocksToHast, footnotesSection} from '../content.js'
import type {CiteFile} from '../cite-files.js'
import type {Download} from '../downloads.js'
import {plainText} from '../format.js'
import {articleJsonLd} from '../json-ld.js'
import {langProps} from '../lang-text.js'
import {renderPage} from '../layout.js'
import {citeFileList, downloadList} from '../parts/downloads.js'
import {publicationHeader} from '../parts/facts.js'
import {provenanceSection} from '../parts/provenance.js'
import {questionList, questionToc, truncationNotice} from '../parts/qa.js'
import {absoluteUrl, pagePath, type State} from '../state.js'

/** What a publication's page shows beyond the publication itself. */
export interface PageContext {
  /** The publications before and after it, in the collection's order (title as plain text). */
  previous: PublicationHead | null
  next: PublicationHead | null
  /** Its own downloads (`planPublicationDownloads`). */
  downloads: Download[]
  /** Core's citation record (`citationRecordOf`): its Highwire Press and Dublin Core tags go in the head. */
  citation: CitationRecord
  /** Its citation files (`citeFiles`), linked beside the downloads. */
  citeFiles: CiteFile[]
}

/**
 * Build the HTML document of one publication; every word around its content is its presentation's
 * (`present(publication, collection)`, in the publication's language).
 */
export function renderPublicationPage(
  state: State,
  publication: Publication,
  presentation: Presentation,
  context: PageContext
): string {
  const downloads = downloadList(context.downloads, presentation.labels.downloads.text)
  const cite = citeFileList(context.citeFiles, presentation.labels.citeAs, presentation.lang)
  const article = h(
    'article.publication',
    {
      dataCitation: presentation.citation.text,
      dataCopied: interfaceWords(presentation.lang).term('citationCopied'),
      dataCopy: interfaceWords(presentation.lang).term('copyCitation'),
      dataCanonical: absoluteUrl(state, pagePath(publication.id)) ?? undefined
    },
    [
      publicationHeader(presentation, downloads ? [downloads, cite] : [cite]),
      publication.intro.length > 0 ? h('div.intro', blocksToHast(publication.intro)) : null,
      questionToc(publication, presentation),
      publication.kind === 'interview' || publication.qa.length > 0 ? questionList(publication, presentation) : null,
      publication.body.length > 0 ? h('div.body', blocksToHast(publication.body, 2)) : null,
      ...footnotesSection(publication),
      truncationNotice(presentation),
      trailer(publication, presentation),
      provenanceSection(presentation)
    ]
  )
  return renderPage(state, {
    path: pagePath(publication.id),
    title: plainText(publication.title),
    description: presentation.description.text,
    // The page is in its publication's language (and direction), whatever the collection's.
    lang: publication.lang,
    type: 'article',
    wide: true,
    main: [article, prevNext(presentation, context)],
    jsonLd: articleJsonLd(state, publication, presentation),
    meta: context.citation.meta
  })
}

/** About the author and editorial notes, set off from the text. */
function trailer(publication: Publication, {labels, lang}: Presentation): Element | null {
  if (publication.about.length === 0 && publication.notes.length === 0) return null
  return h('footer.trailer', [
    publication.about.length > 0
      ? h('section.about', {ariaLabelledBy: 'about'}, [
          h('h2#about', langProps(labels.about, lang), labels.about.text),
          ...blocksToHast(publication.about)
        ])
      : null,
    publication.notes.length > 0
      ? h('section.notes', {ariaLabelledBy: 'notes'}, [
          h('h2#notes', langProps(labels.notes, lang), labels.notes.text),
          ...blocksToHast(publication.notes)
        ])
      : null
  ])
}

function prevNext({labels, lang}: Presentation, {previous, next}: PageContext): Element {
  // A neighbour's title is in its own language and direction.
  const title = (head: PublicationHead) => h('span.t', {lang: head.lang, dir: directionOf(head.lang)}, head.title)
  return h('nav.prev-next', {ariaLabel: `${labels.previous.text} / ${labels.next.text}`}, [
    previous
      ? h('a.prev', {href: pagePath(previous.id), rel: 'prev'}, [
          h('span.dir', langProps(labels.previous, lang), labels.previous.text),
          title(previous)
        ])
      : h('span'),
    h('a.home', {href: 'index.html', ...langProps(labels.allPublications, lang)}, labels.allPublications.text),
    next
      ? h('a.next', {href: pagePath(next.id), rel: 'next'}, [
          h('span.dir', langProps(labels.next, lang), labels.next.text),
          title(next)
        ])
      : h('span')
  ])
}
