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
import {createHash, type Hash} from 'node:crypto'
import type {
  BriefingPlan,
  CollectionJob,
  LangText,
  Message,
  OutputEntry,
  PublicationHead,
  PublicationSummary,
  Words
} from '@dossier/core'
import {briefingPlanOf, interfaceWords, present, presentCollection} from '@dossier/core'
import {addProvenance, beginAppendix, endAppendix} from './appendix.js'
import {addRow, beginAtAGlance, endAtAGlance, type RowLink} from './at-a-glance.js'
import {fillContents, reserveContents, type ContentsEntry} from './contents.js'
import {renderCover} from './cover.js'
import {assetsFor, loadFonts} from './fonts.js'
import {renderFullText} from './full-text.js'
import {addKeyPoints, beginKeyPoints, endKeyPoints} from './key-points.js'
import {finishDocument, startDocument} from './layout-state.js'
import {type MissingReport, missingMessages, type SourceRef} from './missing-glyphs.js'
import {destinationOf} from './outline.js'
import type {BriefingPart} from './part.js'
import {type Phrase, phraseOf} from './phrase.js'
import {familiesIn, type Family} from './scripts.js'

/** A publication's row at a glance: its cells, where they come from, and what its title links to. */
interface GlanceRow {
  id: string
  title: string
  cells: Phrase[]
  source: SourceRef
  /** Its page on the site (`KeyPoints.web`), or null. */
  web: string | null
}

/** What the briefing knows of the whole collection after one pass over the parts. */
interface Survey {
  /** Every publication's summary, in order, for `presentCollection` and `briefingPlanOf` (small: a head and counts). */
  summaries: PublicationSummary[]
  people: Set<string>
  outlets: Set<string>
  families: Set<Family>
  /** Each source file's own missing-glyph message, to repeat word for word. */
  missing: Map<string, MissingReport>
  /** Every publication's row at a glance, in order (a few hundred bytes each, so the parts are read once). */
  rows: GlanceRow[]
  /**
   * SHA-256 of what the briefing shows of every publication when it is not featured: its row, link,
   * head and counts but its word count (only `briefingPlanOf` reads it, and the plan is an input of
   * its own), names, fonts and missing glyphs. The memo's input, with the featured parts whole.
   */
  digest: Hash
}

/**
 * Assemble `briefing.pdf` from `job.parts()` (read once, never all held at once: a row of each is kept) and, up to
 * `job.collection.briefingFullTexts` publications, their full texts (`job.publication`, one at a
 * time). What it holds is core's `briefingPlanOf`: every publication's row at a glance, and the key
 * points, contents line, bookmark and provenance of the featured publications only — all of them up
 * to `briefingKeyPoints`, else that many, the newest — so its pages are bounded whatever the
 * collection's size but for one table row per publication. Without the full texts the file is kept
 * between builds (`job.memo`) under a digest of exactly what it shows: a change to a publication that
 * is not featured and leaves its row as it was (a corrected answer) reuses the last briefing's
 * bytes. Yields the file; missing glyphs go to `job.report` (kept with the bytes).
 */
export async function* renderCollection(job: CollectionJob): AsyncIterable<OutputEntry> {
  const parts = job.parts as () => AsyncIterable<{head: PublicationHead; part: BriefingPart}>
  const survey = await surveyOf(job, parts)
  const plan = briefingPlanOf(job.collection, survey.summaries)
  // The featured parts, read once each (at most `briefingKeyPoints`, or every one with the full texts).
  const featured: BriefingPart[] = []
  for (const index of plan.featured) featured.push((await job.part(index)) as BriefingPart)
  if (plan.fullTexts) {
    const {chunks, messages} = await layOut(job, survey, plan, featured)
    for (const message of messages) job.report(message)
    yield {path: 'briefing.pdf', chunks: fromArray(chunks)}
    return
  }
  for (const part of featured) survey.digest.update(JSON.stringify(part)).update('\0')
  const inputs = {briefing: survey.digest.digest('hex'), featured: plan.featured}
  let made: Promise<LaidOut> | undefined
  const make = () => {
    made ??= layOut(job, survey, plan, featured)
    return made
  }
  const bytes = await job.memo('briefing.pdf', inputs, async () => new Uint8Array(Buffer.concat((await make()).chunks)))
  const stored = await job.memo('briefing-messages', inputs, async () =>
    new TextEncoder().encode(JSON.stringify((await make()).messages))
  )
  for (const message of JSON.parse(new TextDecoder().decode(stored)) as Message[]) job.report(message)
  yield {path: 'briefing.pdf', chunks: fromArray([bytes])}
}

/** A laid-out briefing: its bytes in pdfkit's chunks and its missing-glyph messages. */
interface LaidOut {
  chunks: Uint8Array[]
  messages: Message[]
}

/** Lay the briefing out as `plan` says, `featured` being the parts of `plan.featured`. */
async function layOut(
  job: CollectionJob,
  survey: Survey,
  plan: BriefingPlan,
  featured: BriefingPart[]
): Promise<LaidOut> {
  const {collection} = job
  const fullTexts = plan.fullTexts
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
  for (const row of survey.rows)
    addRow(state, glance, {cells: row.cells, source: row.source, link: rowLink(row, isFeatured.has(row.id))})
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
  return {chunks, messages: missingMessages(state.missing, (file) => survey.missing.get(file) ?? null)}
}

/** Counts, keywords, fonts and missing glyphs of the whole collection, from one pass over the parts. */
async function surveyOf(job: CollectionJob, parts: () => AsyncIterable<{part: BriefingPart}>): Promise<Survey> {
  const survey: Survey = {
    summaries: [],
    people: new Set(),
    outlets: new Set(),
    families: familiesIn(JSON.stringify(job.collection)),
    missing: new Map(),
    rows: [],
    digest: createHash('sha256')
  }
  for await (const {part} of parts()) {
    const {words: _words, ...summary} = part.summary
    const {id, title, source, people, outlet, families, missing, row} = part
    const shown = {id, title, source, summary, people, outlet, families, missing, row, web: part.keyPoints.web}
    survey.digest.update(JSON.stringify(shown)).update('\0')
    survey.summaries.push(part.summary)
    survey.rows.push({id, title, cells: row, source, web: part.keyPoints.web})
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
function rowLink(row: GlanceRow, featured: boolean): RowLink {
  const destination = destinationOf(row.id)
  if (featured) return {destination, description: row.title}
  if (row.web) return {url: row.web, description: row.title}
  return {file: `${row.id}.pdf`, destination, description: row.title}
}

async function* fromArray(chunks: Uint8Array[]): AsyncIterable<Uint8Array> {
  yield* chunks
}
