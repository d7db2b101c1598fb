/**
 * A page per person (`people/<slug>.html`): everything they said in the collection, publication by
 * publication (by date), with their roles and affiliations as each source states them and every
 * answer (and question) of theirs linked to its anchor on the publication's page, with its opening
 * sentence. And the index of people (`people/index.html`). Core's `indexPeople` decides who is who
 * and whose each turn is; this only serializes it, in the collection's language.
 */
import {commaOf, type IndexedPerson, type PersonPublication, type PersonTurn, type Words} from '@dossier/core'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {
  countsText,
  dateOf,
  ownProps,
  publicationHeading,
  renderEntityPage,
  renderIndexPage,
  termProps
} from '../parts/appearance.js'
import {pagePath, personPath, type State} from '../state.js'

/** "2 publications · 16 answers" (answers only when they gave some). */
function countsOf(person: IndexedPerson): (words: Words) => {text: string; lang: string} {
  const answers = person.publications.flatMap((entry) => entry.turns).filter((turn) => turn.side === 'answer').length
  return (words) =>
    countsText(words, [
      ['publicationCount', person.publications.length],
      ...(answers > 0 ? [['answerCount', answers] as const] : [])
    ])
}

/** Build the page of one person of core's people index. */
export function renderPersonPage(state: State, person: IndexedPerson): string {
  return renderEntityPage(state, {
    path: personPath(person.slug),
    index: 'people',
    entity: person,
    counts: countsOf(person),
    sections: (words, lang) => person.publications.map((entry) => appearance(words, lang, entry))
  })
}

/** Build the index of people: every person of the collection with their counts, in core's order. */
export function renderPeopleIndex(state: State, people: IndexedPerson[]): string {
  return renderIndexPage(
    state,
    'people',
    'personCount',
    people.map((person) => ({...person, counts: countsOf(person)}))
  )
}

/** One publication of theirs: its title, date, their roles and affiliations, then their answers and questions. */
function appearance(words: Words, lang: string, entry: PersonPublication): Element {
  const {publication} = entry
  const roles = entry.roles.map((role) => h('span', termProps(words, role, lang), words.term(role)))
  const meta = [
    ...dateOf(publication, lang),
    ...roles,
    ...entry.affiliations.map((affiliation) => h('span', ownProps(publication.lang, lang), affiliation))
  ]
  const dated = publication.date ? 1 : 0
  return h('section.appearance', {ariaLabelledBy: `p-${publication.id}`}, [
    publicationHeading(publication, lang),
    // "4 October 2021 · Interviewee, University of Warsaw": the date and role apart, affiliations after a comma.
    h(
      'p.meta',
      meta.flatMap((item, index) =>
        index === 0 ? [item] : [index < dated + roles.length ? ' · ' : commaOf(lang), item]
      )
    ),
    ...turnList(words, lang, 'answers', entry, 'answer'),
    ...turnList(words, lang, 'questionsAsked', entry, 'question')
  ])
}

/** A heading and the turns of one side under it, each linked to its question's anchor; nothing when there are none. */
function turnList(
  words: Words,
  lang: string,
  heading: 'answers' | 'questionsAsked',
  {publication, turns}: PersonPublication,
  side: PersonTurn['side']
): Element[] {
  const shown = turns.filter((turn) => turn.side === side)
  if (shown.length === 0) return []
  const own = ownProps(publication.lang, lang)
  return [
    h('h3', termProps(words, heading, lang), words.term(heading)),
    h(
      'ol.turns',
      shown.map((turn) =>
        h('li', {value: turn.number}, [
          h('a.turn-question', {href: `../${pagePath(publication.id)}#${turn.id}`, ...own}, turn.question),
          side === 'answer' && turn.excerpt ? h('blockquote.excerpt', own, [h('p', turn.excerpt)]) : null
        ])
      )
    )
  ]
}
