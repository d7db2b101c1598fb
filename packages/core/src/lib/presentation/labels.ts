/**
 * Headings a format prints around the text. The bio's heading names its person when the bio names
 * exactly one person of the publication ("About Andrew Korybko"); otherwise an article's bio is
 * "About the author" and an interview's "About" (an interview's bio may be about either side).
 */
import type {Words} from '../i18n/index.js'
import type {Publication} from '../model/publication.js'
import {term, textIn} from './words.js'
import type {Labels, LangText} from './types.js'

/** The heading of the bio (`publication.about`), by the rule in the file comment. */
export function aboutHeading(publication: Pick<Publication, 'kind' | 'people' | 'about'>, words: Words): LangText {
  const bio = publication.about.map((block) => block.text).join('\n')
  const named = [...new Set(publication.people.map((person) => person.name))].filter((name) => bio.includes(name))
  if (named.length === 1) return term(words, 'aboutName', {name: named[0]!})
  return term(words, publication.kind === 'article' ? 'aboutTheAuthor' : 'about')
}

/** The headings of one publication in `words`' language. */
export function presentLabels(publication: Publication, words: Words): Labels {
  const questions = term(words, 'questions')
  return {
    contents: term(words, 'contents'),
    questions,
    questionsWithCount: textIn(`${questions.text} (${publication.qa.length})`, questions.lang),
    notes: term(words, 'notes'),
    original: term(words, 'original'),
    length: term(words, 'length'),
    about: aboutHeading(publication, words),
    provenance: term(words, 'provenance'),
    rights: term(words, 'rights'),
    sourceFile: term(words, 'sourceFile'),
    keyPoints: term(words, 'keyPoints'),
    downloads: term(words, 'downloads'),
    previous: term(words, 'previous'),
    next: term(words, 'next'),
    allPublications: term(words, 'allPublications'),
    cite: term(words, 'cite'),
    citeAs: term(words, 'citeAs')
  }
}
