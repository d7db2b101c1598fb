/**
 * The briefing, `briefing.pdf`, assembled from the publications' parts (part.ts): cover, contents, at a
 * glance (a row for every publication), key points and sources, and the full texts while core's
 * `briefingHoldsFullTexts` says so (up to `collection.briefingFullTexts` publications and
 * `briefingFullTextWords` words), each loaded on its own. Above that, the briefing stays
 * a briefing: each key point links into the publication's own PDF, `<id>.pdf` beside it, at the
 * question's named destination, and the cover and key points say where the full texts are. Above
 * `collection.briefingKeyPoints` publications it quotes the key points of that many, the newest
 * (core's `briefingPlanOf`), and says so; every other row at a glance links to its own PDF.
 */
import type {CollectionJob, LangText, OutputEntry, PublicationHead, PublicationSummary, Words} from '@dossier/core'
import {briefingPlanOf, interfaceWords, present, presentCollection} from '@dossier/core'
import {addProvenance, beginAppendix, endAppendix} from './appendix.js'
import {addRow, beginAtAGlance, endAtAGlance, type RowLink} from './at-a-glance.js'
import {fillContents, reserveContents, type ContentsEntry} from './contents.js'
import {renderCover} from './cover.js'
import {assetsFor, loadFonts} from './fonts.js'
import {renderFullText} from './full-text.js'
import {addKeyPoints, beginKeyPoints, endKeyPoints} from './key-points.js'
import {finishDocument, startDocument} from './layout-state.js'
import {type MissingReport, missingMessages} from './missing-glyphs.js'
import {destinationOf} from './outline.js'
import type {BriefingPart} from './part.js'
import {phraseOf} from './phrase.js'
import {familiesIn, type Family} from './scripts.js'

/** What the briefing knows of the whole collection after one pass over the parts. */
interface Survey {
  /** Every publication's summary, in order, for `presentCollection` and `briefingPlanOf` (small: a head and counts). */
  summaries: PublicationSummary[]
  people: Set<string>
  outlets: Set<string>
  families: Set<Family>
  /** Each source file's own missing-glyph message, to repeat word for word. */
  missing: Map<string, MissingReport>
}

/**
 * Assemble `briefing.pdf` from `job.parts()` (read twice, never all held at once) and, up to
 * `job.collection.briefingFullTexts` publications, their full texts (`job.publication`, one at a
 * time). What it holds is core's `briefingPlanOf`: every publication's row at a glance, and the key
 * points, contents line, bookmark and provenance of the featured publications only — all of them up
 * to `briefingKeyPoints`, else that many, the newest — so its pages are bounded whatever the
 * collection's size but for one table row per publication. Yields the file as a stream of pdfkit's
 * chunks. Missing glyphs go to `job.report`.
 */
export async function* renderCollection(job: CollectionJob): AsyncIterable<OutputEntry> {
  const parts = job.parts as () => AsyncIterable<{head: PublicationHead; part: BriefingPart}>
  const survey = await surveyOf(job, parts)
  const {collection} = job
  const plan = briefingPlanOf(collection, survey.summaries)
  const fullTexts = plan.fullTexts
  // The featured parts, read once each (at most `briefingKeyPoints`, or every one with the full texts).
  const featured: BriefingPart[] = []
  for (const index of plan.featured) featured.push((await job.part(index)) as BriefingPart)
  const isFeatured = new Set(featured.map((part) => part.id))
  const presented = presentCollection(collection, survey.summaries, {buildDate: job.buildDate})
  const words = interfaceWords(collection.lang)
  const own = (key: 'fullTextsApart' | 'fullTextsApartShort' | 'keyPointsIntroduction') =>
    phraseOf({text: words.term(key), lang: words.langOf(key), dir: presented.dir}, collection.lang)
  const note = (text: LangText | null) => (text ? phraseOf(text, collection.lang) : undefined)
  const state = startDocument(
    collection,
    {
      title: `${collection.title}: Briefing`,
      author: collection.publisher,
      subject: collection.description || `Briefing on ${presented.publications.text}`,
      keywords: [...survey.people, ...survey.outlets].join(', '),
      lang: collection.lang,
      paper: job.paper,
      date: job.buildDate
    },
    // Its own fonts, not shared: the briefing awaits its parts between sections.
    loadFonts(assetsFor(job.assets, survey.families)),
    words
  )
  const phrase = (text: Parameters<typeof phraseOf>[0]) => phraseOf(text, collection.lang)
  renderCover(state, {
    kicker: phrase(presented.kicker),
    title: collection.title,
    subtitle: null,
    facts: [
      ...(presented.edition ? [phrase(presented.edition)] : []),
      phrase(presented.counts),
      ...(fullTexts ? [] : [own('fullTextsApartShort')])
    ],
    description: collection.description,
    footer: [collection.publisher, collection.rights]
  })
  const contents = reserveContents(state, contentsEntries(words, featured))
  const glance = beginAtAGlance(state)
  for await (const {part} of parts())
    addRow(state, glance, {cells: part.row, source: part.source, link: rowLink(part, isFeatured.has(part.id))})
  endAtAGlance(state, glance)
  const keyPoints = beginKeyPoints(state, {
    introduction: own('keyPointsIntroduction'),
    remote: !fullTexts,
    notice: own('fullTextsApart'),
    selection: note(plan.keyPointsNote)
  })
  for (const part of featured) addKeyPoints(state, keyPoints, part.keyPoints)
  endKeyPoints(state, keyPoints)
  if (fullTexts)
    for (const head of job.heads) {
      const publication = await job.publication(head.id)
      renderFullText(state, publication, present(publication, collection))
    }
  const appendix = beginAppendix(state, note(plan.provenanceNote))
  for (const part of featured) addProvenance(state, appendix, {source: part.source, lines: part.provenance})
  endAppendix(state, appendix)
  fillContents(state, contents)
  const chunks = await finishDocument(state)
  for (const message of missingMessages(state.missing, (file) => survey.missing.get(file) ?? null)) job.report(message)
  yield {path: 'briefing.pdf', chunks: fromArray(chunks)}
}

/** Counts, keywords, fonts and missing glyphs of the whole collection, from one pass over the parts. */
async function surveyOf(job: CollectionJob, parts: () => AsyncIterable<{part: BriefingPart}>): Promise<Survey> {
  const survey: Survey = {
    summaries: [],
    people: new Set(),
    outlets: new Set(),
    families: familiesIn(JSON.stringify(job.collection)),
    missing: new Map()
  }
  for await (const {part} of parts()) {
    survey.summaries.push(part.summary)
    for (const name of part.people) survey.people.add(name)
    survey.outlets.add(part.outlet)
    for (const family of part.families) survey.families.add(family)
    if (part.missing) survey.missing.set(part.source.file, part.missing)
  }
  return survey
}

/**
 * The contents: at a glance, key points with a line for each featured publication (its destination
 * is its key points, or its full text when the briefing holds them), then the provenance.
 */
function contentsEntries(words: Words, featured: BriefingPart[]): ContentsEntry[] {
  return [
    {title: words.term('atAGlance'), destination: 'at-a-glance', detail: null},
    {title: words.term('keyPoints'), destination: 'key-points', detail: null},
    ...featured.map((part) => ({
      title: part.title,
      destination: destinationOf(part.id),
      detail: part.detail,
      source: part.source
    })),
    {title: words.term('provenance'), destination: 'sources', detail: null}
  ]
}

/**
 * Where a row's title links: a featured publication's key points (or full text) in this document;
 * any other's page on the site when the collection has a base URL (it resolves wherever the
 * briefing travels), else the start of its own PDF beside the briefing.
 */
function rowLink(part: BriefingPart, featured: boolean): RowLink {
  const destination = destinationOf(part.id)
  if (featured) return {destination, description: part.title}
  if (part.keyPoints.web) return {url: part.keyPoints.web, description: part.title}
  return {file: `${part.id}.pdf`, destination, description: part.title}
}

async function* fromArray(chunks: Uint8Array[]): AsyncIterable<Uint8Array> {
  yield* chunks
}
