/**
 * Questions and answers. Each question is an h2 whose id is core's QA id (`q3`), so `#q3` means
 * the same question on the site, in the EPUB and in the PDF.
 */
import {
  interfaceWords,
  type Presentation,
  type Publication,
  type QA,
  type QuestionTrace,
  questionTraces,
  type SourceInfo,
  type SpeakerLabel
} from '@dossier/core'
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {blocksToHast, inlineContent} from '../content.js'
import {plainText} from '../format.js'
import {langProps, phrase, termText} from '../lang-text.js'
import {english} from '../layout.js'
import {personPath} from '../state.js'
import {noticeAside} from './facts.js'

/** The table of contents of the questions; a collapsible panel (open without JS). */
export function questionToc(publication: Publication, {labels, lang}: Presentation): Element | null {
  if (publication.qa.length === 0) return null
  return h('nav.toc', {ariaLabelledBy: 'toc-title'}, [
    h('details', {open: true}, [
      h('summary', [h('h2#toc-title', langProps(labels.questionsWithCount, lang), labels.questionsWithCount.text)]),
      h(
        'ol',
        publication.qa.map((qa) => h('li', [h('a', {href: `#${qa.id}`}, plainText(qa.question))]))
      )
    ])
  ])
}

/** All questions and answers of an interview. */
export function questionList(publication: Publication, presentation: Presentation): Element {
  const traces = questionTraces(publication)
  return h(
    'div.qa-list',
    publication.qa.map((qa, index) =>
      question(qa, presentation, traceOf(traces[index]!, publication.source, presentation.lang))
    )
  )
}

/**
 * Where a question came from, closed until asked for: its source lines by role (removed lines
 * struck through, with their reasons) and the source file's SHA-256, so a sentence on screen can
 * be found, byte for byte, in the archived source.
 */
function traceOf(trace: QuestionTrace, source: SourceInfo, lang: string): Element {
  const words = interfaceWords(lang)
  // Each term in the language it is given in (English where the table lacks it).
  const said = (key: Parameters<typeof words.term>[0], values?: Record<string, string | number>) =>
    phrase(termText(words, key, values), lang)
  const where = (from: number, to: number) =>
    from === to ? said('lineSingle', {line: from}) : said('lineRange', {from, to})
  const roleWord = {question: 'lineQuestion', answer: 'lineAnswer', removed: 'lineRemoved'} as const
  return h('details.trace', [
    h('summary', [said('sourceLines', {from: trace.from, to: trace.to})]),
    h(
      'ol.trace-lines',
      trace.spans.map((span) =>
        h(`li.trace-${span.role}`, [
          where(span.from, span.to),
          ': ',
          span.role in roleWord ? said(roleWord[span.role as keyof typeof roleWord]) : span.role,
          ...(span.removed
            ? [
                ' ',
                h('del', {dir: 'auto'}, span.removed.text),
                ' ',
                h('span.reason', {lang: english(lang)}, `(${span.removed.reason})`)
              ]
            : [])
        ])
      )
    ),
    h('p.digest', [said('sourceDigest', {file: source.path}), ': ', h('code', source.sha256)])
  ])
}

function question(qa: QA, {labels, lang, speakers}: Presentation, trace: Element): Element {
  // The labels as core presents them: the name and the colon of the text's language ("Marc Fesneau : ").
  const turn = speakers.find((candidate) => candidate.id === qa.id)
  const words = interfaceWords(lang)
  return h('section.qa', {ariaLabelledBy: qa.id}, [
    h('h2.question', {id: qa.id}, [
      h('span.qnum', `${qa.number}.`),
      ' ',
      ...(turn?.asker ? [h('span.speaker', speakerContent(turn.asker, turn.asker.runIn))] : []),
      ...inlineContent(qa.question)
    ]),
    h('p.qa-tools', [
      // Accessible names start with the visible text (WCAG 2.5.3, label in name).
      h('a.permalink', {href: `#${qa.id}`}, [
        `#${qa.id}`,
        h('span.visually-hidden', [phrase(termText(words, 'linkToQuestion', {number: qa.number}), lang)])
      ]),
      h('button.cite', {type: 'button', dataAnchor: qa.id, dataNumber: qa.number, hidden: true}, [
        phrase(labels.cite, lang),
        h('span.visually-hidden', ` ${qa.number}`)
      ])
    ]),
    // Each speaker's turn of the answer under its own label (several in a panel).
    h(
      'div.answer',
      (turn?.turns ?? [{speaker: null, start: 0, end: qa.answer.length}]).flatMap(({speaker, start, end}) => [
        ...(speaker ? [h('p.speaker', speakerContent(speaker, speaker.text))] : []),
        ...blocksToHast(qa.answer.slice(start, end))
      ])
    ),
    trace
  ])
}

/** A speaker label as `shown` (its text or run-in form), the name linking the person's page when core names one. */
function speakerContent(label: SpeakerLabel, shown: string): ElementContent[] {
  if (!label.slug) return [{type: 'text', value: shown}]
  return [h('a', {href: personPath(label.slug)}, label.name), {type: 'text', value: shown.slice(label.name.length)}]
}

/** Visible notice that the source stops mid-text (`Notice` of kind `truncated`), or null. */
export function truncationNotice({notices}: Presentation): Element | null {
  const notice = notices.find((candidate) => candidate.kind === 'truncated')
  return notice ? noticeAside(notice) : null
}
