/**
 * One-line texts made of the other sections, for metadata and copying. The description is the
 * subtitle, else the kind, byline and date joined with " · " (the site's page description and feed
 * summary). The citation is the site's "Cite" text, without the address the page appends: the
 * creators' names joined in English, the title in “…” with a full stop inside, the main outlet and
 * the date in English ("Andrew Korybko. “Title.” The Diplomatic Insight, July 2017."; without outlet
 * or date it ends with the title's “Title.”).
 */
import type {Publication} from '../model/publication.js'
import {formatDate, joinNames} from '../text/format.js'
import {questionsFromPress} from './byline.js'
import {editionDateOf} from './collection.js'
import {english, textIn} from './words.js'
import type {Byline, Facts, LangText, PresentedCredits, TitleBlock} from './types.js'

/** The description: the subtitle, else "kind · byline · date"; in one language when its parts are, else the interface's. */
export function descriptionOf(titleBlock: TitleBlock, byline: Byline, facts: Facts, interfaceLang: string): LangText {
  if (titleBlock.subtitle) return textIn(titleBlock.subtitle.text, titleBlock.subtitle.lang)
  const parts = [titleBlock.kicker, byline.line, facts.date?.text ?? null].filter(
    (part): part is LangText => part !== null
  )
  const lang = parts.every((part) => part.lang === parts[0]!.lang) ? parts[0]!.lang : interfaceLang
  return textIn(parts.map((part) => part.text).join(' · '), lang)
}

/**
 * The citation, in English whatever the publication's language (see the file comment): creators,
 * "interviewed by" the contributors (interviews only; "with questions from" them at a press
 * conference, `questionsFromPress`), the title, the main outlet and original date, the original's
 * address, and, with `edition` (the collection's title and the build date), the edition it is read
 * in. The site appends the question's number and permalink when a reader copies it.
 */
export function citationOf(
  publication: Pick<Publication, 'title' | 'date' | 'url' | 'kind' | 'qa' | 'people'>,
  credits: PresentedCredits,
  facts: Pick<Facts, 'outlet'>,
  edition: {collectionTitle: string; buildDate: string} | null = null
): LangText {
  const names = credits.creators.map((person) => person.name)
  // Contributors are the interviewers of an interview; an article's are not cited here.
  const askers = publication.kind === 'interview' ? credits.contributors.map((person) => person.name) : []
  const who =
    names.length > 0 && askers.length > 0
      ? `${joinNames(names)}, ${questionsFromPress(publication) ? 'with questions from' : 'interviewed by'} ${joinNames(askers)}.`
      : names.length > 0
        ? `${joinNames(names)}.`
        : null
  const where = [facts.outlet?.name, formatDate(publication.date)].filter(Boolean).join(', ')
  const parts = [
    who,
    `“${publication.title.text}.”`,
    where ? `${where}.` : null,
    publication.url ? `${publication.url}.` : null,
    edition ? `In ${edition.collectionTitle}, edition of ${editionDateOf(edition.buildDate, 'en').text}.` : null
  ]
  return english(
    parts
      .filter((part): part is string => Boolean(part))
      .join(' ')
      // A full stop ends the citation, unless the title's “….” already does; never two.
      .replace(/([^.”])$/, '$1.')
      .replace(/\.\.(\s|$)/g, '.$1')
  )
}
