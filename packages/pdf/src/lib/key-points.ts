/**
 * Key points: for every publication, each question with the opening sentence of its answer. The
 * sentence is extractive (the source's own words), labelled as such, and links to the full answer:
 * in this document, or — when the briefing leaves the full texts out — at the question's named
 * destination in the publication's own PDF beside it (a remote go-to, see `linkToFile`).
 */
import {drawSegments, heightOf, paragraph, plainOf, textParagraph, type Segment} from './flow.js'
import {addOutlineItem, destinationOf, linkTo, linkToFile, linkToUrl, markDestination} from './outline.js'
import type {KeyPoint, KeyPoints} from './part.js'
import {type Phrase, phraseOptions} from './phrase.js'
import {ensureSpace, margins, space, styles, type State} from './state.js'

/** Where the answers are: in this document, or each publication's in `<id>.pdf` beside it. */
export interface KeyPointsOptions {
  /** Under the heading: what a key point is (core's `keyPointsIntroduction`, in the document's words). */
  introduction: Phrase
  /** The full texts are in the publications' own PDFs, not in this document. */
  remote: boolean
  /** A sentence under the section's introduction saying where the full texts are (with `remote`). */
  notice?: Phrase
  /**
   * Under the notice, when the section quotes some publications only: which ones and where the
   * others' key points are (core's `BriefingPlan.keyPointsNote`).
   */
  selection?: Phrase | undefined
}

/** The open key points section, between `beginKeyPoints` and `endKeyPoints`. */
export interface KeyPointsSection {
  section: PDFKit.PDFStructureElement
  outline: PDFKit.PDFOutline
  options: KeyPointsOptions
}

/** Add the key points section for the given publications, in order. */
export function renderKeyPoints(state: State, publications: KeyPoints[], options: KeyPointsOptions): void {
  const section = beginKeyPoints(state, options)
  for (const publication of publications) addKeyPoints(state, section, publication)
  endKeyPoints(state, section)
}

/** Start the key points section: its page, heading and introduction. */
export function beginKeyPoints(state: State, options: KeyPointsOptions): KeyPointsSection {
  const {doc} = state
  state.runningHeader = state.words.term('keyPoints')
  doc.addPage()
  state.pageOf.set('key-points', doc.bufferedPageRange().count - 1)
  doc.addNamedDestination('key-points', 'XYZ', margins.left, margins.top, null)
  const outline = addOutlineItem(doc.outline, state.words.term('keyPoints'))
  const section = doc.struct('Sect')
  state.root.add(section)
  textParagraph(state, section, 'H1', state.words.term('keyPoints'), styles.h1)
  doc.y += 6
  textParagraph(state, section, 'P', options.introduction.text, styles.meta, phraseOptions(options.introduction))
  if (options.remote && options.notice) {
    doc.y += 4
    textParagraph(
      state,
      section,
      'P',
      options.notice.text,
      {...styles.meta, face: 'sansSemibold'},
      phraseOptions(options.notice)
    )
  }
  if (options.selection) {
    doc.y += 4
    textParagraph(state, section, 'P', options.selection.text, styles.meta, phraseOptions(options.selection))
  }
  return {section, outline, options}
}

/** Add one publication's key points to the open section. */
export function addKeyPoints(state: State, open: KeyPointsSection, publication: KeyPoints): void {
  const {doc} = state
  const {section, options} = open
  state.source = publication.source
  space(state, 16)
  ensureSpace(state, 90)
  // Without the full text here, the publication's own destination is its key points (the contents link there).
  if (options.remote) {
    markDestination(state, destinationOf(publication.id), doc.y)
    addOutlineItem(open.outline, publication.title)
  }
  textParagraph(state, section, 'H2', publication.title, styles.h2, {keepWithNext: 60})
  textParagraph(state, section, 'P', publication.meta.text, styles.meta, phraseOptions(publication.meta))
  if (options.remote) renderFileLink(state, section, publication)
  doc.y += 4
  for (const point of publication.points) {
    state.source = {file: publication.source.file, line: point.line}
    renderPoint(state, section, publication, point, options.remote ? `${publication.id}.pdf` : null)
  }
  if (publication.more) renderMore(state, section, publication, options.remote ? `${publication.id}.pdf` : null)
  state.source = null
}

/** Close the key points section. */
export function endKeyPoints(_state: State, open: KeyPointsSection): void {
  open.section.end()
}

/**
 * "`<id>.pdf`", linked to the start of the publication in its own PDF, and with a base URL its
 * page on the site after it ("<id>.pdf · https://…/<id>.html"): the file when it came along, the
 * page when the briefing travels alone.
 */
function renderFileLink(state: State, section: PDFKit.PDFStructureElement, publication: KeyPoints): void {
  const file = `${publication.id}.pdf`
  const segments: Segment[] = [
    {
      text: file,
      face: 'sans',
      link: {file, destination: destinationOf(publication.id), description: publication.title}
    },
    ...(publication.web
      ? [
          {text: ' · ', face: 'sans' as const},
          {text: publication.web, face: 'sans' as const, link: {url: publication.web}}
        ]
      : [])
  ]
  paragraph(state, section, 'P', segments, {...styles.meta, color: styles.question.color})
}

/**
 * One question and its linked lead sentence ("Opening sentence of the answer: “…”", with who
 * answered when the source labelled the turn: "Opening sentence of the answer (Minister Okafor): “…”"),
 * kept on one page; `file` is the PDF the answer is in, if not this one.
 */
function renderPoint(
  state: State,
  section: PDFKit.PDFStructureElement,
  publication: KeyPoints,
  point: KeyPoint,
  file: string | null
): void {
  const {doc} = state
  const {question, prefix, lead, destination} = point
  const questionStyle = {...styles.question, size: 10}
  const indent = 14
  const leadSegments: Segment[] = [
    {text: prefix.text, face: 'sansSemibold'},
    {text: lead?.text ?? '', face: 'serif'}
  ]
  // The paragraph reads in the label's language and direction; the quotation is a phrase inside it.
  const leadOptions = phraseOptions(prefix)
  const questionHeight = question.length ? heightOf(state, plainOf(question), questionStyle, state.width) : 0
  const leadHeight = heightOf(state, plainOf(leadSegments), styles.lead, state.width - indent, leadOptions.dir)
  space(state, 8)
  ensureSpace(state, questionHeight + leadHeight + 4)
  if (question.length) paragraph(state, section, 'P', question, questionStyle, {keepTogether: true})
  if (!lead) return
  doc.y += 2
  const p = doc.struct('P', leadOptions.lang ? {lang: leadOptions.lang} : {})
  section.add(p)
  const link = doc.struct('Link')
  p.add(link)
  const top = doc.y
  link.add(() =>
    drawSegments(state, leadSegments, styles.lead, {
      x: margins.left + indent,
      width: state.width - indent,
      ...leadOptions
    })
  )
  const rect = {x: margins.left + indent, y: top, width: state.width - indent, height: doc.y - top}
  const description = publication.readFullAnswer
  // In another file: the site's permalink where there is one (it resolves wherever the briefing
  // travels; a PDF cannot test whether its sibling came along), else the sibling PDF.
  if (file && point.web) linkToUrl(state, rect, point.web, description, link)
  else if (file) linkToFile(state, rect, file, destination, description, link)
  else linkTo(state, rect, destination, description, link)
  link.end()
  p.end()
}

/** "1,940 more questions, in the full text", linked to the first of them (in this document or in `file`). */
function renderMore(
  state: State,
  section: PDFKit.PDFStructureElement,
  publication: KeyPoints,
  file: string | null
): void {
  const more = publication.more!
  const {doc} = state
  space(state, 10)
  const p = doc.struct('P', more.text.lang ? {lang: more.text.lang} : {})
  section.add(p)
  const link = doc.struct('Link')
  p.add(link)
  const top = doc.y
  const style = {...styles.meta, face: 'sansSemibold' as const, color: styles.question.color}
  link.add(() =>
    drawSegments(state, [{text: more.text.text, face: style.face}], style, {
      x: margins.left,
      width: state.width,
      ...phraseOptions(more.text)
    })
  )
  const rect = {x: margins.left, y: top, width: state.width, height: doc.y - top}
  if (file && more.web) linkToUrl(state, rect, more.web, more.text.text, link)
  else if (file) linkToFile(state, rect, file, more.destination, more.text.text, link)
  else linkTo(state, rect, more.destination, more.text.text, link)
  link.end()
  p.end()
}
