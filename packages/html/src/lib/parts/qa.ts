/**
 * Questions and answers. Each question is an h2 whose id is core's QA id (`q3`), so `#q3` means
 * the same question on the site, in the EPUB and in the PDF.
 */
import {interfaceWords, type Publication, type QA} from '@dossier/core'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {blocksToHast, inlineContent} from '../content.js'
import {plainText} from '../format.js'
import {english} from '../layout.js'

/** The table of contents of the questions; a collapsible panel (open without JS). */
export function questionToc(publication: Publication): Element | null {
  if (publication.qa.length === 0) return null
  return h('nav.toc', {ariaLabelledBy: 'toc-title'}, [
    h('details', {open: true}, [
      h('summary', [
        h('h2#toc-title', `${interfaceWords(publication.lang).term('questions')} (${publication.qa.length})`)
      ]),
      h(
        'ol',
        publication.qa.map((qa) => h('li', [h('a', {href: `#${qa.id}`}, plainText(qa.question))]))
      )
    ])
  ])
}

/** All questions and answers of an interview. */
export function questionList(publication: Publication): Element {
  return h(
    'div.qa-list',
    publication.qa.map((qa) => question(qa, publication.lang))
  )
}

function question(qa: QA, lang: string): Element {
  return h('section.qa', {ariaLabelledBy: qa.id}, [
    h('h2.question', {id: qa.id}, [
      h('span.qnum', `${qa.number}.`),
      ' ',
      ...(qa.asker ? [h('span.speaker', `${qa.asker}: `)] : []),
      ...inlineContent(qa.question)
    ]),
    h('p.qa-tools', [
      // Accessible names start with the visible text (WCAG 2.5.3, label in name).
      h('a.permalink', {href: `#${qa.id}`}, [
        `#${qa.id}`,
        h('span.visually-hidden', {lang: english(lang)}, `, link to question ${qa.number}`)
      ]),
      h('button.cite', {type: 'button', dataAnchor: qa.id, hidden: true}, [
        interfaceWords(lang).term('cite'),
        h('span.visually-hidden', ` ${qa.number}`)
      ])
    ]),
    h('div.answer', [...(qa.answerer ? [h('p.speaker', `${qa.answerer}:`)] : []), ...blocksToHast(qa.answer)])
  ])
}

/** Visible notice that the source stops mid-text. */
export function truncationNotice(publication: Publication): Element | null {
  if (!publication.truncated) return null
  const warning = publication.warnings.find((message) => message.code === 'source/truncated')
  const words = interfaceWords(publication.lang)
  return h('aside.notice.truncated', {role: 'note', ariaLabel: words.term('truncated')}, [
    h('p', {lang: words.langOf('truncated')}, [
      h('strong', words.term('truncated')),
      ' ',
      words.term('truncatedDetail')
    ]),
    warning ? h('p.detail', {lang: 'en'}, `Normalizer: ${warning.message}.`) : null
  ])
}
