/**
 * Key points: for every publication, each question with the opening sentence of its answer. The
 * sentence is extractive (the source's own words), labelled as such, and links to the full answer.
 */
import type {Publication} from '@dossier/core'
import {dateOf, leadSentence, whoOf} from './describe.js'
import {drawSegments, heightOf, paragraph, plainOf, segmentsOf, textParagraph, type Segment} from './flow.js'
import {addOutlineItem, destinationOf, linkTo} from './outline.js'
import {ensureSpace, margins, space, styles, type State} from './state.js'

const label = 'Opening sentence of the answer: '

/** Add the key points section for the given publications. */
export function renderKeyPoints(state: State, publications: Publication[]): void {
  const {doc} = state
  state.runningHeader = state.words.term('keyPoints')
  doc.addPage()
  state.pageOf.set('key-points', doc.bufferedPageRange().count - 1)
  doc.addNamedDestination('key-points', 'XYZ', margins.left, margins.top, null)
  addOutlineItem(doc.outline, state.words.term('keyPoints'))
  const section = doc.struct('Sect')
  state.root.add(section)
  textParagraph(state, section, 'H1', state.words.term('keyPoints'), styles.h1)
  doc.y += 6
  textParagraph(
    state,
    section,
    'P',
    'Each question with the first sentence of its answer, quoted as published. Select a sentence to read the whole answer.',
    styles.meta
  )
  for (const publication of publications) {
    space(state, 16)
    ensureSpace(state, 90)
    textParagraph(state, section, 'H2', publication.title.text, styles.h2, {keepWithNext: 60})
    textParagraph(state, section, 'P', `${dateOf(publication.date)} · ${whoOf(publication)}`, styles.meta)
    doc.y += 4
    if (publication.qa.length === 0) {
      const lead = leadSentence({answer: publication.body} as Parameters<typeof leadSentence>[0], publication.lang)
      if (lead) renderPoint(state, section, [], lead, destinationOf(publication.id))
      continue
    }
    for (const qa of publication.qa) {
      const question: Segment[] = [
        {text: `${qa.number}. `, face: 'sansSemibold'},
        ...segmentsOf(qa.question.children, 'sansSemibold')
      ]
      renderPoint(state, section, question, leadSentence(qa, publication.lang), destinationOf(publication.id, qa.id))
    }
  }
  section.end()
}

/** One question and its linked lead sentence, kept on one page. */
function renderPoint(
  state: State,
  section: PDFKit.PDFStructureElement,
  question: Segment[],
  lead: string,
  destination: string
): void {
  const {doc} = state
  const questionStyle = {...styles.question, size: 10}
  const indent = 14
  const leadSegments: Segment[] = [
    {text: label, face: 'sansSemibold'},
    {text: `“${lead}”`, face: 'serif'}
  ]
  const questionHeight = question.length ? heightOf(state, plainOf(question), questionStyle, state.width) : 0
  const leadHeight = heightOf(state, plainOf(leadSegments), styles.lead, state.width - indent)
  space(state, 8)
  ensureSpace(state, questionHeight + leadHeight + 4)
  if (question.length) paragraph(state, section, 'P', question, questionStyle, {keepTogether: true})
  if (!lead) return
  doc.y += 2
  const p = doc.struct('P')
  section.add(p)
  const link = doc.struct('Link')
  p.add(link)
  const top = doc.y
  link.add(() =>
    drawSegments(state, leadSegments, styles.lead, {x: margins.left + indent, width: state.width - indent})
  )
  linkTo(
    state,
    {x: margins.left + indent, y: top, width: state.width - indent, height: doc.y - top},
    destination,
    state.words.term('readFullAnswer'),
    link
  )
  link.end()
  p.end()
}
