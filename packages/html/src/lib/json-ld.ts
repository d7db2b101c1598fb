/** schema.org metadata for search engines and citation tools. https://schema.org/Article */
import {creditsOf, type Publication} from '@dossier/core'
import {originalOutlet, plainText} from './format.js'
import {absoluteUrl, pagePath, type State} from './state.js'

/** An Article (or an interview, which schema.org also models as an Article) as JSON-LD. */
export function articleJsonLd(state: State, publication: Publication): Record<string, unknown> {
  const outlet = originalOutlet(publication)
  const url = absoluteUrl(state, pagePath(publication.id))
  const person = (name: string) => ({'@type': 'Person', name})
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: plainText(publication.title),
    ...(publication.subtitle ? {alternativeHeadline: plainText(publication.subtitle)} : {}),
    ...(publication.date ? {datePublished: publication.date.value} : {}),
    inLanguage: publication.lang,
    // Core's author rule: interviewees and authors are the authors, interviewers contributors.
    author: creditsOf(publication).creators.map((p) => person(p.name)),
    ...(creditsOf(publication).contributors.length > 0
      ? {contributor: creditsOf(publication).contributors.map((p) => person(p.name))}
      : {}),
    publisher: {'@type': 'Organization', name: outlet?.name ?? state.collection.publisher},
    isPartOf: {'@type': 'Collection', name: state.collection.title},
    wordCount: publication.stats.words,
    ...(url ? {url, mainEntityOfPage: url} : {}),
    ...(publication.url ? {isBasedOn: publication.url} : {})
  }
}
