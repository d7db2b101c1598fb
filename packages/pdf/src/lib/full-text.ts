/**
 * The full text of one publication: a heading block (kind, title, byline, date and outlets, length,
 * from core's presentation in the publication's language), the intro, each question set apart from
 * its answer (sans-serif, accent colour, a rule at the left), then bio and notes, and a visible
 * notice where the source is truncated.
 */
import type {LangText, Presentation, Publication, QA, TurnSpeakers} from '@dossier/core'
import {blockKindOf, directionOf, interfaceWords, pageAddress} from '@dossier/core'
import {type BlockContext, renderBlock} from './blocks.js'
import {
  artifact,
  heightAtMost,
  heightOf,
  horizontalRule,
  lineHeight,
  type NoteLinks,
  paragraph,
  plainOf,
  segmentsOf,
  textParagraph,
  type Segment
} from './flow.js'
import {addOutlineItem, destinationOf, markDestination} from './outline.js'
import {joined, type Phrase, phraseOf, phraseOptions, sentences} from './phrase.js'
import {accent, ensureSpace, margins, maxY, rule, space, styles, type State} from './state.js'

/**
 * Add one publication, starting on a new page; `presentation` is `present(publication, collection)`
 * (the publication's own language, in its own PDF and in the briefing alike).
 */
export function renderFullText(state: State, publication: Publication, presentation: Presentation): void {
  const {doc} = state
  state.runningHeader = publication.title.text
  // The title's line from the ledger, until a block or question gives a nearer one.
  const titleLine = publication.lines.indexOf('title') + 1
  state.source = {file: publication.source.path, line: titleLine || null}
  doc.addPage()
  markDestination(state, destinationOf(publication.id), margins.top)
  const outline = addOutlineItem(doc.outline, publication.title.text)
  const article = doc.struct('Art')
  state.root.add(article)
  renderHeading(state, article, publication, presentation)
  // Sub-headings go in the outline under the publication (or its question); note markers link to the notes.
  const notes: NoteLinks = {
    noteDestination: (id) => destinationOf(publication.id, id),
    markerDestination: (id) => destinationOf(publication.id, id)
  }
  const headings = {prefix: publication.id, count: 0}
  const top: BlockContext = {rank: 1, outline, notes, headings}
  for (const block of publication.intro) {
    renderBlock(state, article, block, styles.intro, {}, top)
    doc.y += 5
  }
  const speakers = new Map(presentation.speakers.map((turn) => [turn.id, turn]))
  for (const qa of publication.qa)
    renderQuestion(state, article, publication, qa, speakers.get(qa.id) ?? null, outline, {
      rank: 2,
      outline: null,
      notes,
      headings
    })
  if (publication.body.length) space(state, 8)
  for (const block of publication.body) {
    renderBlock(state, article, block, styles.body, {}, top)
    doc.y += 5
  }
  renderNotes(state, article, publication, notes)
  const phrase = (text: LangText) => phraseOf(text, state.words.lang)
  const truncated = presentation.notices.find((notice) => notice.kind === 'truncated')
  if (truncated)
    renderNotice(
      state,
      article,
      phrase(sentences(truncated.detail ? [truncated.text, truncated.detail] : [truncated.text]))
    )
  renderTrailer(state, article, phrase(presentation.labels.about), publication.about)
  renderTrailer(state, article, phrase(presentation.labels.notes), publication.notes)
  article.end()
  state.source = null
}

function renderHeading(
  state: State,
  article: PDFKit.PDFStructureElement,
  publication: Publication,
  presentation: Presentation
): void {
  const {doc} = state
  const {titleBlock, byline, facts, notices} = presentation
  const phrase = (text: LangText) => phraseOf(text, state.words.lang)
  const kicker = phrase(titleBlock.kicker)
  textParagraph(state, article, 'P', kicker.text.toUpperCase(), {...styles.label, color: accent}, phraseOptions(kicker))
  doc.y += 4
  paragraph(state, article, 'H1', segmentsOf(publication.title.children, 'sansBold'), styles.h1)
  if (publication.subtitle) {
    doc.y += 3
    paragraph(state, article, 'P', segmentsOf(publication.subtitle.children, 'sans'), {
      ...styles.h3,
      face: 'sans',
      color: '#333333'
    })
  }
  doc.y += 8
  const lines: Phrase[] = [
    ...(byline.line ? [phrase(byline.line)] : []),
    joined([facts.dateOrUndated, ...(facts.outletLine ? [facts.outletLine] : [])].map(phrase)),
    phrase(facts.length)
  ]
  for (const line of lines) textParagraph(state, article, 'P', line.text, styles.meta, phraseOptions(line))
  // With a base URL, the page this text is published on: "Online: https://…/<id>.html".
  if (presentation.online) {
    const {label, address} = presentation.online
    const online = phrase(presentation.online.labelled)
    paragraph(
      state,
      article,
      'P',
      [
        {text: online.text.slice(0, online.text.length - address.length), face: 'sans'},
        {text: address, face: 'sans', link: {url: address}}
      ],
      styles.meta,
      phraseOptions(phrase(label))
    )
  }
  // The presentation's truncation notice says "the text ends here": at the head, the table's `incomplete`.
  if (notices.some((notice) => notice.kind === 'truncated')) {
    const words = interfaceWords(presentation.lang)
    const lang = words.langOf('incomplete')
    doc.y += 6
    renderNotice(state, article, phrase({text: words.term('incomplete'), lang, dir: directionOf(lang)}))
  }
  doc.y += 10
  horizontalRule(state, rule)
  doc.y += 14
}

/**
 * A question (H2) kept with the start of its answer, its destination and outline entry, then the
 * answer. Where the source labelled the turn (`speakers`), the asker's label opens the question and
 * each answerer's the first paragraph of their turn of the answer (several in a panel), each inside
 * that element (PDF/UA: the label is text of the paragraph it introduces, as the site prints it, not
 * an artifact beside it).
 */
function renderQuestion(
  state: State,
  article: PDFKit.PDFStructureElement,
  publication: Publication,
  qa: QA,
  speakers: TurnSpeakers | null,
  outline: PDFKit.PDFOutline,
  context: BlockContext
): void {
  const {doc} = state
  if (state.source) state.source = {...state.source, line: qa.line}
  space(state, 12)
  const asker = speakers?.asker ?? null
  const answerer = speakers?.answerer ?? null
  // With a base URL, the number links to the question's permalink on the site.
  const permalink = pageAddress(state.collection, publication.id, qa.id)
  const question: Segment[] = [
    {text: `${qa.number}. `, face: 'sansSemibold', ...(permalink ? {link: {url: permalink}} : {})},
    ...(asker ? [{text: asker.runIn, face: 'sans' as const}] : []),
    ...segmentsOf(qa.question.children, 'sansSemibold')
  ]
  // Keep the question with its answer's first two lines. Measuring lays both out once more (a tenth
  // of a long PDF's layout), so they are measured only when a bound on that height does not fit.
  const questionText = plainOf(question)
  const answerLines = 2 * lineHeight(state, styles.body)
  if (doc.y + heightAtMost(state, questionText, styles.question, state.width) + 6 + answerLines > maxY(state)) {
    const questionHeight = heightOf(state, questionText, styles.question, state.width)
    // Only the answer's first two lines count: measure its start, not a paragraph that may fill pages.
    const first = `${answerer?.runIn ?? ''}${qa.answer[0]?.text ?? ''}`.slice(0, 400).replace(/[\uD800-\uDBFF]$/, '')
    ensureSpace(state, questionHeight + 6 + Math.min(heightOf(state, first, styles.body, state.width), answerLines))
  }
  const top = doc.y
  markDestination(state, destinationOf(publication.id, qa.id), top)
  const item = addOutlineItem(outline, `${qa.number}. ${qa.question.text}`)
  const placed = paragraph(state, article, 'H2', question, styles.question, {keepTogether: true})
  // The rule stands in the margin on the side the lines start from: the right in Arabic, Persian, Urdu.
  const ruleX = directionOf(publication.lang) === 'rtl' ? margins.left + state.width + 9.8 : margins.left - 12
  artifact(
    state,
    () => {
      doc
        .save()
        .rect(ruleX, placed.top + 1, 2.2, placed.bottom - placed.top - styles.question.lineGap - 1)
        .fill(accent)
        .restore()
    },
    'Layout'
  )
  doc.y += 6
  // One context for the whole answer, so its sub-headings nest in the outline under one another.
  const answerContext: BlockContext = {...context, outline: item, open: []}
  // Each speaker's turn of the answer under its own label (several in a panel).
  for (const {speaker, start, end} of speakers?.turns ?? [{speaker: null, start: 0, end: qa.answer.length}]) {
    const blocks = qa.answer.slice(start, end)
    // The label runs in before a first paragraph; before a list, table or quote it is a paragraph of its own.
    const runsIn = blocks[0] !== undefined && blockKindOf(blocks[0]) === 'paragraph'
    if (speaker && !runsIn) {
      textParagraph(state, article, 'P', speaker.text, {...styles.body, face: 'sansSemibold'}, {keepWithNext: 30})
      doc.y += 3
    }
    for (const [index, block] of blocks.entries()) {
      const label: Segment[] | null =
        speaker && runsIn && index === 0 ? [{text: speaker.runIn, face: 'sansSemibold'}] : null
      renderBlock(state, article, block, styles.body, label ? {runIn: label} : {}, answerContext)
      doc.y += 5
    }
  }
}

/**
 * The numbered notes after the text: a `Note` element per note (PDF/UA 7.9) holding its paragraphs,
 * a named destination the markers link to, and a back-link to each marker.
 */
function renderNotes(
  state: State,
  article: PDFKit.PDFStructureElement,
  publication: Publication,
  notes: NoteLinks
): void {
  if (publication.footnotes.length === 0) return
  const {doc} = state
  const style = {...styles.body, size: 9.5, lineGap: 3}
  space(state, 16)
  textParagraph(state, article, 'H2', state.words.term('notes'), styles.h3, {keepWithNext: 40})
  doc.y += 4
  // The link back to the marker, from core's terms ("[back]", "[retour]").
  const backWord = state.words.term('noteBack')
  for (const note of publication.footnotes) {
    const element = doc.struct('Note', {id: notes.noteDestination(note.id)} as Record<string, string>)
    article.add(element)
    markDestination(state, notes.noteDestination(note.id), doc.y)
    note.content.forEach((block, index) => {
      const tree = block.tree
      const children = tree.type === 'paragraph' ? tree.children : [{type: 'text' as const, value: block.text}]
      const label: Segment[] = index === 0 ? [{text: `${note.number}. `, face: 'sansSemibold'}] : []
      const back: Segment[] =
        index === note.content.length - 1
          ? note.refs.map((ref, n) => ({
              text: n === 0 ? ` [${backWord}]` : ` [${backWord} ${n + 1}]`,
              face: 'sans' as const,
              link: {
                destination: notes.markerDestination(ref),
                description: state.words.term('noteBackLabel', {number: note.number})
              }
            }))
          : []
      paragraph(state, element, 'P', [...label, ...segmentsOf(children, style.face, notes), ...back], style, {
        indent: 12
      })
      doc.y += 3
    })
    element.end()
  }
}

/** A boxed notice (truncation), tagged as a paragraph, the box an artifact. */
export function renderNotice(state: State, parent: PDFKit.PDFStructureElement, notice: Phrase): void {
  const {doc} = state
  const style = {...styles.meta, face: 'sansSemibold' as const, color: '#7a3b00'}
  const height = heightOf(state, notice.text, style, state.width - 20, notice.dir) + 12
  space(state, 6)
  ensureSpace(state, height + 4)
  const top = doc.y
  artifact(
    state,
    () => {
      doc.save().rect(margins.left, top, state.width, height).fill('#fbf0e1').restore()
      const stripeX = notice.dir === 'rtl' ? margins.left + state.width - 3 : margins.left
      doc.save().rect(stripeX, top, 3, height).fill('#c8701e').restore()
    },
    'Layout'
  )
  doc.y = top + 6
  // The padding on the bar's side: the right for a right-to-left notice (its text ran into the bar).
  const padding = notice.dir === 'rtl' ? {indentRight: 12} : {indent: 12}
  textParagraph(state, parent, 'P', notice.text, style, {...padding, keepTogether: true, ...phraseOptions(notice)})
  doc.y = top + height + 6
}

function renderTrailer(
  state: State,
  article: PDFKit.PDFStructureElement,
  title: Phrase,
  blocks: Publication['about']
): void {
  if (blocks.length === 0) return
  const {doc} = state
  space(state, 16)
  textParagraph(state, article, 'H2', title.text, styles.h3, {keepWithNext: 40, ...phraseOptions(title)})
  doc.y += 4
  for (const block of blocks) {
    renderBlock(state, article, block, {...styles.body, size: 9.5, lineGap: 3})
    doc.y += 4
  }
}
