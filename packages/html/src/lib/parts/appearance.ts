/**
 * What the people and outlets pages share: the page head (kicker linking the index, the name,
 * counts, other spellings), each publication's heading and date, the reasons names were merged,
 * and the index lists. Every word is core's (`interfaceWords` in the collection's language; the
 * merge reasons are the index's, in English); names, titles and excerpts keep their own language.
 */
import {type AppearanceSource, commaOf, dateText, directionOf, interfaceWords, type Words} from '@dossier/core'
import type {Element, ElementContent, Properties} from 'hast'
import {h} from 'hastscript'
import {langProps, termText} from '../lang-text.js'
import {renderPage} from '../layout.js'
import {indexPath, pagePath, type State} from '../state.js'

/** `lang`/`dir` for a term shown in a page in `lang` (an English fallback is marked). */
export function termProps(words: Words, key: TextKey, lang: string): Properties {
  return langProps(termText(words, key), lang)
}

type TextKey = Parameters<Words['term']>[0]

/** `lang`/`dir` for text written in `textLang` inside a page in `lang`. */
export function ownProps(textLang: string, lang: string): Properties {
  return langProps({text: '', lang: textLang, dir: directionOf(textLang)}, lang)
}

/** Counted terms joined with " · " ("2 publications · 16 answers"), English when one of them is. */
export function countsText(
  words: Words,
  counts: ReadonlyArray<readonly [CountKey, number]>
): {text: string; lang: string} {
  return {
    text: counts.map(([key, n]) => words.count(key, n)).join(' · '),
    lang: counts.every(([key]) => words.langOf(key) === words.langOf('people')) ? words.langOf('people') : 'en'
  }
}

type CountKey = Parameters<Words['count']>[0]

/** What a person or outlet page opens with: the kicker linking back to its index, the name, a counts line, other spellings. */
function entityHeader(
  words: Words,
  lang: string,
  entity: {name: string; lang: string; variants: string[]},
  index: 'people' | 'outlets',
  counts: {text: string; lang: string}
): Element {
  const others = entity.variants.filter((variant) => variant !== entity.name)
  return h('header.pub-head', [
    h('p.kicker', [h('a', {href: 'index.html', ...termProps(words, index, lang)}, words.term(index))]),
    h('h1', ownProps(entity.lang, lang), entity.name),
    h('p.byline', ownProps(counts.lang, lang), counts.text),
    others.length > 0
      ? h('dl.facts', [
          h('div', [
            h('dt', termProps(words, 'alsoWritten', lang), words.term('alsoWritten')),
            h(
              'dd',
              others.flatMap((variant, index) => [
                ...(index > 0 ? [commaOf(lang)] : []),
                h('span', ownProps(entity.lang, lang), variant)
              ])
            )
          ])
        ])
      : null
  ])
}

/** A publication's heading on a person or outlet page (`h2` linking its page, in its language) and the date line's start. */
export function publicationHeading(publication: AppearanceSource, lang: string): Element {
  return h('h2', {id: `p-${publication.id}`}, [
    h('a', {href: `../${pagePath(publication.id)}`, ...ownProps(publication.lang, lang)}, publication.title)
  ])
}

/** The publication's date in the page's language, as `<time>`, or nothing for an undated one. */
export function dateOf(publication: AppearanceSource, lang: string): ElementContent[] {
  if (!publication.date) return []
  const text = dateText(publication.date, lang)
  return [h('time', {dateTime: publication.date, ...langProps(text, lang)}, text.text)]
}

/** Why the appearances are one person or outlet (the index's English reasons), or null when nothing was merged. */
function reasonsSection(words: Words, lang: string, reasons: string[]): Element | null {
  if (reasons.length === 0) return null
  return h('section.matching', {ariaLabelledBy: 'matching'}, [
    h('h2#matching', termProps(words, 'nameMatching', lang), words.term('nameMatching')),
    h(
      'ul',
      ownProps('en', lang),
      reasons.map((reason) => h('li', reason))
    )
  ])
}

/** An index page's list: each entry's name linking its page, with a counts line. */
function indexList(
  lang: string,
  entries: Array<{slug: string; name: string; lang: string; counts: {text: string; lang: string}}>
): Element {
  return h(
    'ul.entity-list',
    entries.map((entry) =>
      h('li', [
        h('a', {href: `${entry.slug}.html`, ...ownProps(entry.lang, lang)}, entry.name),
        ' ',
        h('span.meta', ownProps(entry.counts.lang, lang), entry.counts.text)
      ])
    )
  )
}

/** What a person's or an outlet's page shows (`renderEntityPage`), its words made in the collection's language. */
export interface EntityPage {
  path: string
  index: 'people' | 'outlets'
  entity: {name: string; lang: string; variants: string[]; reasons: string[]}
  counts: (words: Words) => {text: string; lang: string}
  /** One section per publication, in the index's order. */
  sections: (words: Words, lang: string) => Element[]
}

/** Build a person's or an outlet's page: its head, a section per publication, why its names were merged. */
export function renderEntityPage(state: State, page: EntityPage): string {
  const {lang} = state.collection
  const words = interfaceWords(lang)
  const counts = page.counts(words)
  return renderPage(state, {
    path: page.path,
    title: page.entity.name,
    description: `${page.entity.name} · ${counts.text}`,
    lang,
    type: 'website',
    main: [
      h('article.entity', [
        entityHeader(words, lang, page.entity, page.index, counts),
        ...page.sections(words, lang),
        reasonsSection(words, lang, page.entity.reasons)
      ])
    ]
  })
}

/** Build the index page of people or outlets: its title, how many, and each entry with its counts. */
export function renderIndexPage(
  state: State,
  index: 'people' | 'outlets',
  count: CountKey,
  entries: Array<{slug: string; name: string; lang: string; counts: (words: Words) => {text: string; lang: string}}>
): string {
  const {lang} = state.collection
  const words = interfaceWords(lang)
  const total = countsText(words, [[count, entries.length]])
  return renderPage(state, {
    path: indexPath(index),
    title: words.term(index),
    description: total.text,
    lang,
    type: 'website',
    main: [
      h('header.pub-head', [
        h('h1', termProps(words, index, lang), words.term(index)),
        h('p.byline', ownProps(total.lang, lang), total.text)
      ]),
      indexList(
        lang,
        entries.map((entry) => ({...entry, counts: entry.counts(words)}))
      )
    ]
  })
}
