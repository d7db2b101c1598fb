/**
 * `present`: one publication's presentation (see `types.ts`), in its own language. Pure and
 * deterministic: the same publication, collection and options give the same JSON.
 */
import type {Collection, Publication} from '../model/publication.js'
import {directionOf} from '../text/scripts.js'
import {kindTermOf, presentByline, presentCredits} from './byline.js'
import {editionDateOf, summaryOf} from './collection.js'
import {citationOf, descriptionOf} from './describe.js'
import {presentFacts} from './facts.js'
import {presentKeyPoints} from './key-points.js'
import {presentLabels} from './labels.js'
import {presentNotices} from './notices.js'
import {presentProvenance} from './provenance.js'
import {presentSpeakers} from './speakers.js'
import type {Words} from '../i18n/index.js'
import {pageAddress} from './address.js'
import {colonOf, term, textIn, wordsOf} from './words.js'
import type {PresentOptions, Presentation, TitleBlock} from './types.js'

/**
 * Everything every format shows around a publication's content: title block, byline, facts,
 * credits, provenance, notices, key points and headings, in the publication's language or
 * `options.lang` (English where its table lacks a word, and each `LangText` says which); titles,
 * questions and quoted sentences are always in the publication's. `options.buildDate` adds the
 * edition line; without it `edition` is null.
 */
/** "Online" and the page's address when the collection has a base URL (`pageAddress`), else null. */
function onlineOf(publication: Publication, collection: Collection, words: Words): Presentation['online'] {
  const address = pageAddress(collection, publication.id)
  if (!address) return null
  const label = term(words, 'online')
  return {label, address, labelled: textIn(`${label.text}${colonOf(label.lang)}${address}`, label.lang)}
}

export function present(publication: Publication, collection: Collection, options: PresentOptions = {}): Presentation {
  const lang = publication.lang
  const words = wordsOf(options.lang ?? lang)
  const titleBlock: TitleBlock = {
    kicker: term(words, kindTermOf(publication)),
    title: {...textIn(publication.title.text, lang), inline: publication.title},
    subtitle: publication.subtitle ? {...textIn(publication.subtitle.text, lang), inline: publication.subtitle} : null
  }
  const byline = presentByline(publication, words)
  const facts = presentFacts(publication, words)
  const credits = presentCredits(publication, collection, words)
  return {
    id: publication.id,
    lang,
    dir: directionOf(lang),
    titleBlock,
    byline,
    facts,
    credits,
    provenance: presentProvenance(publication, words),
    notices: presentNotices(publication, words),
    keyPoints: presentKeyPoints(publication, words),
    speakers: presentSpeakers(publication),
    labels: presentLabels(publication, words),
    description: descriptionOf(titleBlock, byline, facts, words.lang),
    citation: citationOf(
      publication,
      credits,
      facts,
      options.buildDate ? {collectionTitle: collection.title, buildDate: options.buildDate} : null
    ),
    edition: options.buildDate
      ? term(words, 'fromEdition', {
          title: collection.title,
          date: editionDateOf(options.buildDate, words.langOf('fromEdition')).text
        })
      : null,
    summary: summaryOf(publication),
    online: onlineOf(publication, collection, words)
  }
}
