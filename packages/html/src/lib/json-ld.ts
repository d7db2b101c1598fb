/** schema.org metadata for search engines and citation tools. https://schema.org/Article */
import type {Presentation, Publication} from '@dossier/core'
import {plainText} from './format.js'
import {absoluteUrl, pagePath, type State} from './state.js'

/** An Article (or an interview, which schema.org also models as an Article) as JSON-LD. */
export function articleJsonLd(
  state: State,
  publication: Publication,
  {credits, facts}: Presentation
): Record<string, unknown> {
  const url = absoluteUrl(state, pagePath(publication.id))
  const person = (name: string) => ({'@type': 'Person', name})
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: plainText(publication.title),
    ...(publication.subtitle ? {alternativeHeadline: plainText(publication.subtitle)} : {}),
    ...(facts.date ? {datePublished: facts.date.value} : {}),
    inLanguage: publication.lang,
    // Core's author rule: interviewees and authors are the authors, interviewers contributors.
    author: credits.creators.map((p) => person(p.name)),
    ...(credits.contributors.length > 0 ? {contributor: credits.contributors.map((p) => person(p.name))} : {}),
    publisher: {'@type': 'Organization', name: facts.outlet?.name ?? state.collection.publisher},
    isPartOf: {'@type': 'Collection', name: state.collection.title},
    wordCount: publication.stats.words,
    ...(url ? {url, mainEntityOfPage: url} : {}),
    ...(facts.url ? {isBasedOn: facts.url} : {})
  }
}
