/**
 * A page per person (`people/<slug>.html`): everything they said in the collection, publication by
 * publication (by date), with their roles and affiliations as each source states them and every
 * answer (and question) of theirs linked to its anchor on the publication's page, with its opening
 * sentence. And the index of people (`people/index.html`). Core's `indexPeople` decides who is who
 * and whose each turn is; this only serializes it, in the collection's language.
 */
import {
  commaOf,
  type IndexedPerson,
  interfaceWords,
  type Words,
  type PersonPublication,
  type PersonTurn
} from '@dossier/core'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {renderPage} from '../layout.js'
import {
  countsText,
  dateOf,
  entityHeader,
  indexList,
  ownProps,
  publicationHeading,
  reasonsSection,
  termProps
} from '../parts/appearance.js'
import {pagePath, peopleIndexPath, personPath, type State} from '../state.js'

/** "2 publications · 16 answers" (answers only when they gave some). */
function countsOf(words: Words, person: IndexedPerson): {text: string; lang: string} {
  const answers = person.publications.flatMap((entry) => entry.turns).filter((turn) => turn.side === 'answer').length
  return countsText(words, [
    ['publicationCount', person.publications.length],
    ...(answers > 0 ? [['answerCount', answers] as const] : [])
  ])
}

/** Build the page of one person of core's people index. */
export function renderPersonPage(state: State, person: IndexedPerson): string {
  const {lang} = state.collection
  const words = interfaceWords(lang)
  const counts = countsOf(words, person)
  return renderPage(state, {
    path: personPath(person.slug),
    title: person.name,
    description: `${person.name} · ${counts.text}`,
    lang,
    type: 'website',
    main: [
      h('article.entity', [
        entityHeader(words, lang, person, 'people', counts),
        ...person.publications.map((entry) => appearance(words, lang, entry)),
        reasonsSection(words, lang, person.reasons)
      ])
    ]
  })
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
  const answers = entry.turns.filter((turn) => turn.side === 'answer')
  const questions = entry.turns.filter((turn) => turn.side === 'question')
  return h('section.appearance', {ariaLabelledBy: `p-${publication.id}`}, [
    publicationHeading(publication, lang),
    h(
      'p.meta',
      meta.flatMap((item, index) => (index === 0 ? [item] : [index <= roles.length ? ' · ' : commaOf(lang), item]))
    ),
    ...turnList(words, lang, 'answers', entry, answers),
    ...turnList(words, lang, 'questionsAsked', entry, questions)
  ])
}

/** A heading and the turns under it, each linked to its question's anchor; nothing when there are none. */
function turnList(
  words: Words,
  lang: string,
  heading: 'answers' | 'questionsAsked',
  {publication}: PersonPublication,
  turns: PersonTurn[]
): Element[] {
  if (turns.length === 0) return []
  const own = ownProps(publication.lang, lang)
  return [
    h('h3', termProps(words, heading, lang), words.term(heading)),
    h(
      'ol.turns',
      turns.map((turn) =>
        h('li', {value: turn.number}, [
          h('a.turn-question', {href: `../${pagePath(publication.id)}#${turn.id}`, ...own}, turn.question),
          turn.side === 'answer' && turn.excerpt ? h('blockquote.excerpt', own, [h('p', turn.excerpt)]) : null
        ])
      )
    )
  ]
}

/** Build the index of people: every person of the collection with their counts, in core's order. */
export function renderPeopleIndex(state: State, people: IndexedPerson[]): string {
  const {lang} = state.collection
  const words = interfaceWords(lang)
  const count = countsText(words, [['personCount', people.length]])
  return renderPage(state, {
    path: peopleIndexPath,
    title: words.term('people'),
    description: count.text,
    lang,
    type: 'website',
    main: [
      h('header.pub-head', [
        h('h1', termProps(words, 'people', lang), words.term('people')),
        h('p.byline', ownProps(count.lang, lang), count.text)
      ]),
      indexList(
        lang,
        people.map((person) => ({...person, counts: countsOf(words, person)}))
      )
    ]
  })
}
