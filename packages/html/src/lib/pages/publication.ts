/** One page per publication: header, intro, questions (or body), notes, provenance, prev/next. */
import {directionOf, interfaceWords, type Publication, type PublicationHead} from '@dossier/core'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {blocksToHast, footnotesSection} from '../content.js'
import type {Download} from '../downloads.js'
import {citationOf, describeConversation, formatDate, plainText} from '../format.js'
import {articleJsonLd} from '../json-ld.js'
import {renderPage} from '../layout.js'
import {downloadList} from '../parts/downloads.js'
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
}

/** Build the HTML document of one publication. */
export function renderPublicationPage(state: State, publication: Publication, context: PageContext): string {
  const downloads = downloadList(context.downloads, interfaceWords(publication.lang).term('downloads'))
  const article = h(
    'article.publication',
    {
      dataCitation: citationOf(publication),
      dataCanonical: absoluteUrl(state, pagePath(publication.id)) ?? undefined
    },
    [
      publicationHeader(publication, downloads ? [downloads] : []),
      publication.intro.length > 0 ? h('div.intro', blocksToHast(publication.intro)) : null,
      questionToc(publication),
      publication.kind === 'interview' || publication.qa.length > 0 ? questionList(publication) : null,
      publication.body.length > 0 ? h('div.body', blocksToHast(publication.body, 2)) : null,
      ...footnotesSection(publication),
      truncationNotice(publication),
      trailer(publication),
      provenanceSection(publication)
    ]
  )
  return renderPage(state, {
    path: pagePath(publication.id),
    title: plainText(publication.title),
    description: describe(publication),
    // The page is in its publication's language (and direction), whatever the collection's.
    lang: publication.lang,
    type: 'article',
    wide: true,
    main: [article, prevNext(publication, context)],
    jsonLd: articleJsonLd(state, publication)
  })
}

/** A page description: the dek, else who talked to whom and when. */
export function describe(publication: Publication): string {
  if (publication.subtitle) return plainText(publication.subtitle)
  const words = interfaceWords(publication.lang)
  const parts = [
    words.term(publication.kind === 'interview' ? 'interview' : 'article'),
    describeConversation(publication, words),
    formatDate(publication.date)
  ]
  return parts.filter(Boolean).join(' · ')
}

/** About the author and editorial notes, set off from the text. */
function trailer(publication: Publication): Element | null {
  if (publication.about.length === 0 && publication.notes.length === 0) return null
  const words = interfaceWords(publication.lang)
  return h('footer.trailer', [
    publication.about.length > 0
      ? h('section.about', {ariaLabelledBy: 'about'}, [
          h('h2#about', words.term('aboutTheAuthor')),
          ...blocksToHast(publication.about)
        ])
      : null,
    publication.notes.length > 0
      ? h('section.notes', {ariaLabelledBy: 'notes'}, [
          h('h2#notes', words.term('notes')),
          ...blocksToHast(publication.notes)
        ])
      : null
  ])
}

function prevNext(publication: Publication, {previous, next}: PageContext): Element {
  const words = interfaceWords(publication.lang)
  // A neighbour's title is in its own language and direction.
  const title = (head: PublicationHead) => h('span.t', {lang: head.lang, dir: directionOf(head.lang)}, head.title)
  return h('nav.prev-next', {ariaLabel: `${words.term('previous')} / ${words.term('next')}`}, [
    previous
      ? h('a.prev', {href: pagePath(previous.id), rel: 'prev'}, [
          h('span.dir', words.term('previous')),
          title(previous)
        ])
      : h('span'),
    h('a.home', {href: 'index.html'}, words.term('allPublications')),
    next
      ? h('a.next', {href: pagePath(next.id), rel: 'next'}, [h('span.dir', words.term('next')), title(next)])
      : h('span')
  ])
}
