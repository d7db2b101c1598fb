/**
 * One publication of the site: its page `<id>.html`, the texts its search results quote
 * (`search/<id>.js`), its citation files (`cite/<id>.json`, `.bib`, `.ris`), copies of its own
 * downloads (the EPUB, PDF and JSON the other formats made for it) under `downloads/`, the Noto
 * subsets its page's scripts need (`fonts/<id>.css` and `fonts/<id>-*.woff2`, see site-fonts.ts), and
 * its part for the collection files.
 */
import {createHash} from 'node:crypto'
import {citationRecordOf, ownerOf, peopleOf, present, type PublicationJob, type PublicationResult} from '@dossier/core'
import {citeFiles, citeOutputs} from './cite-files.js'
import {downloadCopies, planPublicationDownloads} from './downloads.js'
import {feedFactsOf} from './feed.js'
import {plainText} from './format.js'
import {renderCard} from './pages/home.js'
import {renderPublicationPage} from './pages/publication.js'
import type {HtmlPart} from './part.js'
import {searchDocumentsOf, searchHeadOf} from './search-index.js'
import {publicationFonts} from './site-fonts.js'
import {renderSearchTexts, searchTextPath} from './search-texts.js'
import {absoluteUrl, pagePath, type State} from './state.js'

/**
 * Render one publication. Reads only the job: the publication, its neighbours' heads (previous/next
 * links), its own attachments (`<folder>/<id>.<extension>`; any other is ignored), the collection
 * and the build date. Every word around the content is its presentation's (core's `present`). The
 * part is an `HtmlPart`, plain JSON.
 */
export async function renderPublication(job: PublicationJob): Promise<PublicationResult> {
  const {publication} = job
  const state: State = {collection: job.collection, buildDate: job.buildDate}
  const own = job.attachments.filter((attachment) => ownerOf(attachment.path) === publication.id)
  const downloads = planPublicationDownloads(own, publication.id)
  const presentation = present(publication, job.collection, {buildDate: job.buildDate})
  // Core's citation record: the edition is the build's day, the permalink the page's absolute address (with a base URL).
  const citation = citationRecordOf(publication, job.collection, {
    buildDate: job.buildDate,
    permalink: absoluteUrl(state, pagePath(publication.id))
  })
  const renderPage = () =>
    renderPublicationPage(state, publication, presentation, {
      previous: job.previous,
      next: job.next,
      downloads,
      citation,
      citeFiles: citeFiles(publication.id)
    })
  let page = renderPage()
  // Cut to the characters the page shows; a page that needs script faces is made again, linking them.
  const fonts = await publicationFonts(publication.id, [page], job.assets)
  if (fonts.stylesheet) {
    state.fonts = fonts.stylesheet
    page = renderPage()
  }
  // The home card reads in the collection's language: the same presentation when the languages agree.
  const inCollection =
    job.collection.lang === publication.lang
      ? presentation
      : present(publication, job.collection, {lang: job.collection.lang, buildDate: job.buildDate})
  const search = searchDocumentsOf(publication)
  const texts = renderSearchTexts(publication.id, search)
  const part: HtmlPart = {
    title: plainText(publication.title),
    card: renderCard(state, publication, inCollection, downloads),
    search: search.map(searchHeadOf),
    searchTexts: createHash('sha256').update(texts).digest('hex'),
    feed: feedFactsOf(presentation),
    summary: presentation.summary,
    people: peopleOf(publication)
  }
  return {
    files: [
      {path: pagePath(publication.id), contents: page},
      {path: searchTextPath(publication.id), contents: texts},
      ...citeOutputs(publication.id, citation),
      ...fonts.files,
      ...downloadCopies(downloads)
    ],
    part
  }
}
