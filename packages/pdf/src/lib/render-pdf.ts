/**
 * One publication's own PDF, `<publication id>.pdf`: cover, key points, full text, sources. Pure: fonts
 * come in `job.assets`, the date from `job.buildDate`. Script fonts are only touched for publications
 * (and collections) with text in their script, so a Latin-only build never reads them. Beside the
 * file, the publication's `BriefingPart` (part.ts): what the briefing needs of it.
 */
import type {
  Collection,
  LangText,
  Message,
  Presentation,
  Publication,
  PublicationJob,
  PublicationResult
} from '@dossier/core'
import {interfaceWords, present} from '@dossier/core'
import {renderAppendix} from './appendix.js'
import {renderCover} from './cover.js'
import {familiesOrder, type Fonts, fontsFor} from './fonts.js'
import {renderFullText} from './full-text.js'
import {renderKeyPoints} from './key-points.js'
import {finishDocument, startDocument} from './layout-state.js'
import {type MissingReport, missingMessages, missingReportOf} from './missing-glyphs.js'
import {type BriefingPart, keyPointsOf, partOf, provenanceOf} from './part.js'
import {joined, phraseOf} from './phrase.js'
import {familiesIn} from './scripts.js'

/**
 * Render one publication to `<id>.pdf` and its briefing part. The PDF's words come from core's
 * presentation in the publication's language (`present(publication, collection)`), the part's in the
 * collection's (`{lang: collection.lang}`: the briefing is a collection document). Missing glyphs are
 * reported through `job.report` as `pdf/missing-glyph` messages naming the source file and line.
 */
export async function renderPublication(job: PublicationJob): Promise<PublicationResult> {
  const {publication, collection} = job
  const families = familiesIn(JSON.stringify(publication))
  const fonts = fontsFor(job.assets, new Set([...familiesIn(JSON.stringify(collection)), ...families]))
  const own = present(publication, collection, {buildDate: job.buildDate})
  const sameLang = collection.lang === publication.lang
  const page = sameLang ? own : present(publication, collection, {lang: collection.lang})
  const part: BriefingPart = partOf(publication, collection, page, familiesOrder(families), null)
  const {bytes, missing, messages} = await renderSingle(
    collection,
    publication,
    own,
    sameLang ? part : null,
    job,
    fonts
  )
  for (const message of messages) job.report(message)
  part.missing = missing
  return {files: [{path: `${publication.id}.pdf`, contents: bytes}], part}
}

/**
 * One publication alone: cover, key points, full text, sources; its bytes and missing glyphs. Laid
 * out without awaiting anything until the document ends, so shared fonts are never used by two
 * documents at once (see `fontsFor`). `part`, when the collection is in the publication's language,
 * holds the very key points and provenance lines this document shows.
 */
async function renderSingle(
  collection: Collection,
  publication: Publication,
  presentation: Presentation,
  part: BriefingPart | null,
  job: Pick<PublicationJob, 'buildDate' | 'paper'>,
  fonts: Fonts
): Promise<{bytes: Uint8Array; missing: MissingReport | null; messages: Message[]}> {
  const {byline, facts} = presentation
  const state = startDocument(
    collection,
    {
      title: publication.title.text,
      // Core's author rule: the Author entry names the creators (interviewees, authors), never interviewers.
      author: presentation.credits.attribution.join(', '),
      subject: publication.subtitle?.text ?? publication.intro[0]?.text ?? collection.description,
      keywords: [
        ...new Set([...publication.people.map((person) => person.name), ...(facts.outlet ? [facts.outlet.name] : [])])
      ].join(', '),
      lang: publication.lang,
      paper: job.paper,
      date: job.buildDate
    },
    fonts,
    interfaceWords(publication.lang)
  )
  const phrase = (text: LangText) => phraseOf(text, publication.lang)
  renderCover(state, {
    kicker: phrase(presentation.titleBlock.kicker),
    title: publication.title.text,
    subtitle: publication.subtitle?.text ?? null,
    facts: [
      ...(byline.line ? [phrase(byline.line)] : []),
      // The date, and the outlet where one is known (no dash standing for nothing).
      facts.outlet ? joined([phrase(facts.dateOrUndated), {text: facts.outlet.name}]) : phrase(facts.dateOrUndated),
      phrase(facts.length)
    ],
    description: '',
    footer: [presentation.edition?.text ?? collection.title, collection.rights]
  })
  // The key points and provenance lines the briefing gets from the part, in the publication's language.
  const titleLine = publication.lines.indexOf('title') + 1
  const source = {file: publication.source.path, line: titleLine || null}
  const keyPoints = part?.keyPoints ?? keyPointsOf(publication, presentation, publication.lang, source)
  const provenance = part?.provenance ?? provenanceOf(publication, presentation, publication.lang, source.line)
  const introduction = phraseOf(presentation.keyPoints.introduction, publication.lang)
  if (publication.qa.length) renderKeyPoints(state, [keyPoints], {introduction, remote: false})
  renderFullText(state, publication, presentation)
  renderAppendix(state, [{source, lines: provenance}])
  const chunks = await finishDocument(state)
  return {
    bytes: new Uint8Array(Buffer.concat(chunks)),
    missing: missingReportOf(state.missing, publication.source.path),
    messages: missingMessages(state.missing)
  }
}
