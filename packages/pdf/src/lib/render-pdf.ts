/**
 * One publication's own PDF, `<publication id>.pdf`: cover, key points, full text, sources. Pure: fonts
 * come in `job.assets`, the date from `job.buildDate`. Script fonts are only touched for publications
 * (and collections) with text in their script, so a Latin-only build never reads them. Beside the
 * file, the publication's `BriefingPart` (part.ts): what the briefing needs of it.
 */
import type {Collection, Message, Publication, PublicationJob, PublicationResult} from '@dossier/core'
import {creditsOf, interfaceWords} from '@dossier/core'
import {renderAppendix} from './appendix.js'
import {renderCover} from './cover.js'
import {dateOf, editionDate, outletOf, plural, whoOf} from './describe.js'
import {familiesOrder, type Fonts, fontsFor} from './fonts.js'
import {renderFullText} from './full-text.js'
import {renderKeyPoints} from './key-points.js'
import {finishDocument, startDocument} from './layout-state.js'
import {type MissingReport, missingMessages, missingReportOf} from './missing-glyphs.js'
import {type BriefingPart, partOf} from './part.js'
import {familiesIn} from './scripts.js'

/**
 * Render one publication to `<id>.pdf` and its briefing part. Missing glyphs are reported through
 * `job.report` as `pdf/missing-glyph` messages naming the source file and line.
 */
export async function renderPublication(job: PublicationJob): Promise<PublicationResult> {
  const {publication, collection} = job
  const own = familiesIn(JSON.stringify(publication))
  const fonts = fontsFor(job.assets, new Set([...familiesIn(JSON.stringify(collection)), ...own]))
  const part: BriefingPart = partOf(publication, familiesOrder(own), null)
  const {bytes, missing, messages} = await renderSingle(collection, publication, part, job, fonts)
  for (const message of messages) job.report(message)
  part.missing = missing
  return {files: [{path: `${publication.id}.pdf`, contents: bytes}], part}
}

/**
 * One publication alone: cover, key points, full text, sources; its bytes and missing glyphs. Laid
 * out without awaiting anything until the document ends, so shared fonts are never used by two
 * documents at once (see `fontsFor`).
 */
async function renderSingle(
  collection: Collection,
  publication: Publication,
  part: BriefingPart,
  job: Pick<PublicationJob, 'buildDate' | 'paper'>,
  fonts: Fonts
): Promise<{bytes: Uint8Array; missing: MissingReport | null; messages: Message[]}> {
  const state = startDocument(
    collection,
    {
      title: publication.title.text,
      // Core's author rule: the Author entry names the creators (interviewees, authors), never interviewers.
      author:
        creditsOf(publication)
          .creators.map((person) => person.name)
          .join(', ') || collection.publisher,
      subject: publication.subtitle?.text ?? publication.intro[0]?.text ?? collection.description,
      keywords: [...new Set(publication.people.map((person) => person.name)), outletOf(publication)].join(', '),
      lang: publication.lang,
      paper: job.paper,
      date: job.buildDate
    },
    fonts,
    interfaceWords(publication.lang)
  )
  renderCover(state, {
    kicker: state.words.term(publication.kind === 'interview' ? 'interview' : 'article'),
    title: publication.title.text,
    subtitle: publication.subtitle?.text ?? null,
    facts: [
      whoOf(publication),
      `${dateOf(publication.date)} · ${outletOf(publication)}`,
      `${plural(publication.qa.length, 'question')} · about ${publication.stats.readingMinutes} min reading`
    ],
    description: '',
    footer: [`From ${collection.title}, edition of ${editionDate(job.buildDate)}`, collection.rights]
  })
  // The same key points and provenance lines the briefing gets from the part.
  if (publication.qa.length) renderKeyPoints(state, [part.keyPoints])
  renderFullText(state, publication)
  renderAppendix(state, [{source: part.source, lines: part.provenance}])
  const chunks = await finishDocument(state)
  return {
    bytes: new Uint8Array(Buffer.concat(chunks)),
    missing: missingReportOf(state.missing, publication.source.path),
    messages: missingMessages(state.missing)
  }
}
