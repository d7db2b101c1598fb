/** One page per publication: header, intro, questions (or body), notes, provenance, prev/next. */
import type {Publication} from '@dossier/core'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {blocksToHast} from '../content.js'
import {citationOf, describeConversation, formatDate, plainText} from '../format.js'
import {articleJsonLd} from '../json-ld.js'
import {renderPage} from '../layout.js'
import {downloadList} from '../parts/downloads.js'
import {publicationHeader} from '../parts/facts.js'
import {provenanceSection} from '../parts/provenance.js'
import {questionList, questionToc, truncationNotice} from '../parts/qa.js'
import {absoluteUrl, pagePath, type State} from '../state.js'

/** Build the HTML document of one publication. */
export function renderPublicationPage(state: State, index: number): string {
  const publication = state.publications[index]
  if (!publication) throw new Error(`renderPublicationPage: no publication at index ${index}`)
  const downloads = downloadList(state.downloads.filter((download) => download.owner === publication.id), 'Downloads of this publication')
  const article = h('article.publication', {
    lang: publication.lang,
    dataCitation: citationOf(publication),
    dataCanonical: absoluteUrl(state, pagePath(publication.id)) ?? undefined
  }, [
    publicationHeader(publication, downloads ? [downloads] : []),
    publication.intro.length > 0 ? h('div.intro', blocksToHast(publication.intro)) : null,
    questionToc(publication),
    publication.kind === 'interview' || publication.qa.length > 0 ? questionList(publication) : null,
    publication.body.length > 0 ? h('div.body', blocksToHast(publication.body, 2)) : null,
    truncationNotice(publication),
    trailer(publication),
    provenanceSection(publication)
  ])
  return renderPage(state, {
    path: pagePath(publication.id),
    title: plainText(publication.title),
    description: describe(publication),
    lang: state.collection.lang,
    type: 'article',
    wide: true,
    main: [article, prevNext(state, index)],
    jsonLd: articleJsonLd(state, publication)
  })
}

/** A page description: the dek, else who talked to whom and when. */
export function describe(publication: Publication): string {
  if (publication.subtitle) return plainText(publication.subtitle)
  const parts = [publication.kind === 'interview' ? 'Interview' : 'Article', describeConversation(publication), formatDate(publication.date)]
  return parts.filter(Boolean).join(' · ')
}

/** About the author and editorial notes, set off from the text. */
function trailer(publication: Publication): Element | null {
  if (publication.about.length === 0 && publication.notes.length === 0) return null
  return h('footer.trailer', [
    publication.about.length > 0 ? h('section.about', {ariaLabelledBy: 'about'}, [h('h2#about', 'About the author'), ...blocksToHast(publication.about)]) : null,
    publication.notes.length > 0 ? h('section.notes', {ariaLabelledBy: 'notes'}, [h('h2#notes', 'Editorial notes'), ...blocksToHast(publication.notes)]) : null
  ])
}

function prevNext(state: State, index: number): Element {
  const previous = state.publications[index - 1]
  const next = state.publications[index + 1]
  return h('nav.prev-next', {ariaLabel: 'Previous and next publication'}, [
    previous ? h('a.prev', {href: pagePath(previous.id), rel: 'prev'}, [h('span.dir', 'Previous'), h('span.t', plainText(previous.title))]) : h('span'),
    h('a.home', {href: 'index.html'}, 'All publications'),
    next ? h('a.next', {href: pagePath(next.id), rel: 'next'}, [h('span.dir', 'Next'), h('span.t', plainText(next.title))]) : h('span')
  ])
}
