/**
 * The short facts under a title: kind, date, outlets, address and length, in the publication's
 * language. The outlet a one-line summary names is the original, else the first named; outlets
 * are described as "Name (detail)" whatever their role. The length line counts questions whenever
 * the text has them (an interview always), then words and reading time.
 */
import type {Words} from '../i18n/index.js'
import type {Outlet, OutletRole, Publication} from '../model/publication.js'
import {kindTermOf} from './byline.js'
import {dateText} from './dates.js'
import {nameSlug} from './people/names.js'
import {commaOf, count, langOfAll, list, semicolonOf, term, textIn} from './words.js'
import type {DateFact, Facts, OutletFact, OutletGroup} from './types.js'

/** An outlet with its one-line description. */
export function presentOutlet(outlet: Outlet): OutletFact {
  return {
    name: outlet.name,
    role: outlet.role,
    detail: outlet.detail,
    url: outlet.url,
    text: outlet.detail ? `${outlet.name} (${outlet.detail})` : outlet.name,
    slug: nameSlug(outlet.name)
  }
}

/** A model date with its words in `lang`. */
export function presentDate(date: NonNullable<Publication['date']>, lang: string): DateFact {
  return {value: date.value, precision: date.precision, text: dateText(date.value, lang)}
}

const outletLabels: Record<OutletRole, 'firstPublishedIn' | 'republishedBy'> = {
  original: 'firstPublishedIn',
  republisher: 'republishedBy'
}

/** The facts of one publication in `words`' language (its own, or a collection page's). */
export function presentFacts(publication: Publication, words: Words): Facts {
  const date = publication.date ? presentDate(publication.date, words.lang) : null
  const outlets = publication.outlets.map(presentOutlet)
  const primary = outlets.find((outlet) => outlet.role === 'original') ?? outlets[0] ?? null
  const outletGroups: OutletGroup[] = (['original', 'republisher'] as const).flatMap((role) => {
    const members = outlets.filter((outlet) => outlet.role === role)
    if (members.length === 0) return []
    return [
      {
        role,
        label: term(words, outletLabels[role]),
        outlets: members,
        names: list(
          words,
          members.map((outlet) => outlet.text)
        ),
        separators: words.listSeparators(members.length)
      }
    ]
  })
  // Punctuation between the parts follows the language the parts' words are in.
  const outletLang = langOfAll(words, [...outletGroups.map((group) => outletLabels[group.role]), 'and'])
  const outletLine =
    outletGroups.length > 0
      ? textIn(
          outletGroups.map((group) => `${group.label.text} ${group.names.text}`).join(semicolonOf(outletLang)),
          outletLang
        )
      : null
  const hasQuestions = publication.kind === 'interview' || publication.qa.length > 0
  const questions = hasQuestions ? count(words, 'questionCount', publication.qa.length) : null
  const wordCount = count(words, 'wordCount', publication.stats.words)
  const reading = count(words, 'readingMinutes', publication.stats.readingMinutes)
  const parts = [questions, wordCount, reading].filter((part) => part !== null)
  const lengthLang = langOfAll(words, [
    ...(questions ? (['questionCount'] as const) : []),
    'wordCount',
    'readingMinutes'
  ])
  const length = textIn(parts.map((part) => part.text).join(commaOf(lengthLang)), lengthLang)
  return {
    kind: term(words, kindTermOf(publication)),
    date,
    dateOrUndated: date ? date.text : term(words, 'undated'),
    outlet: primary,
    outletGroups,
    outletLine,
    url: publication.url,
    questions,
    words: wordCount,
    reading,
    length
  }
}
