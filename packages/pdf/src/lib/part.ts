/**
 * What the briefing needs of one publication, computed when that publication is rendered alone and
 * kept as JSON beside its PDF (the `part` of core's `PublicationResult`): the contents line, the "at a
 * glance" row, the key points, the provenance lines, the script fonts it needs and the glyphs its own
 * PDF could not draw. The briefing is assembled from these without loading the full texts, which it
 * only does up to `collection.briefingFullTexts` publications.
 */
import {
  type Collection,
  colonOf,
  interfaceWords,
  type Presentation,
  type Publication,
  type PublicationSummary
} from '@dossier/core'
import {rowOf} from './at-a-glance.js'
import {segmentsOf, type Segment} from './flow.js'
import type {MissingReport, SourceRef} from './missing-glyphs.js'
import {destinationOf} from './outline.js'
import {joined, type Phrase, phraseOf, plainPhrase} from './phrase.js'
import type {Family} from './scripts.js'

/** One key point: a question (empty for a text without questions) and its answer's opening sentence. */
export interface KeyPoint {
  /** The question with its number, as styled segments; `[]` for a text without questions. */
  question: Segment[]
  /**
   * What precedes the sentence (`KeyPoint.prefix`): "Opening sentence of the answer: ", with the
   * answerer's name in parentheses when the source labelled the turn.
   */
  prefix: Phrase
  /** The answer's first sentence in quotation marks (`KeyPoint.quoted` of core's presentation), or null. */
  lead: Phrase | null
  /** Named destination of the full answer, in this document or in the publication's own PDF. */
  destination: string
  /** The question's permalink on the site when the collection has a base URL (`Presentation.online`), else null. */
  web: string | null
  /** Source line of the question, for missing-glyph messages. */
  line: number | null
}

/** A publication's block of the key points section. */
export interface KeyPoints {
  id: string
  title: string
  /** "date · byline" under the title. */
  meta: Phrase
  /** The link description of each sentence ("Read the full answer"). */
  readFullAnswer: string
  source: SourceRef
  points: KeyPoint[]
  /** The questions past core's `keyPointsShown`: the line that counts them, linked to the first. */
  more: {text: Phrase; destination: string; web: string | null} | null
  /** The publication's page on the site (`Presentation.online`), or null without a base URL. */
  web: string | null
}

/** One line of the provenance appendix; its kind decides style and spacing (see appendix.ts). */
export interface ProvenanceLine {
  kind: 'h2' | 'meta' | 'h3' | 'small'
  text: Phrase
  /** A web address the fact links to (an outlet's, the original's), over the words `linked` of `text`. */
  link?: {linked: string; url: string}
  /** Source line the text comes from (a removed line's number), else the title's. */
  line: number | null
}

/** The briefing's part of one publication (JSON; see the module comment). */
export interface BriefingPart {
  id: string
  title: string
  /** Source file and the title's line. */
  source: SourceRef
  /** Head, counts and credited names, for `presentCollection` (the cover's counts). */
  summary: PublicationSummary
  /** Names of everyone credited, in the model's order (the briefing's Keywords). */
  people: string[]
  /** The main outlet's name (`facts.outlet`), `—` for none (the briefing's Keywords). */
  outlet: string
  /** Second line of the contents entry: date, byline, questions. */
  detail: Phrase
  /** Cells of the "at a glance" row. */
  row: Phrase[]
  keyPoints: KeyPoints
  provenance: ProvenanceLine[]
  /** Script font families the publication's text needs (the briefing embeds their union). */
  families: Family[]
  /** What the publication's own PDF reported missing, so the briefing reports the very same message. */
  missing: MissingReport | null
}

/**
 * The part of `publication`, given its presentation in the collection's language (`present(publication,
 * collection, {lang: collection.lang})`: the briefing is a collection document), the families it needs
 * and its own PDF's missing-glyph report.
 */
export function partOf(
  publication: Publication,
  collection: Collection,
  presentation: Presentation,
  families: Family[],
  missing: MissingReport | null
): BriefingPart {
  const titleLine = publication.lines.indexOf('title') + 1
  const source: SourceRef = {file: publication.source.path, line: titleLine || null}
  const {facts, byline} = presentation
  const detail = [
    facts.dateOrUndated,
    ...(byline.line ? [byline.line] : []),
    ...(facts.questions ? [facts.questions] : [])
  ]
  return {
    id: publication.id,
    title: publication.title.text,
    source,
    summary: presentation.summary,
    people: publication.people.map((person) => person.name),
    outlet: facts.outlet?.name ?? '—',
    detail: joined(detail.map((text) => phraseOf(text, collection.lang))),
    row: rowOf(publication, presentation, collection.lang),
    keyPoints: keyPointsOf(publication, presentation, collection.lang, source),
    provenance: provenanceOf(publication, presentation, collection.lang, source.line),
    families,
    missing
  }
}

/**
 * The key points of a publication (`presentation.keyPoints`): each question with its answer's quoted
 * opening sentence, or the text's opening sentence; `documentLang` is the language of the PDF they go in.
 */
export function keyPointsOf(
  publication: Publication,
  presentation: Presentation,
  documentLang: string,
  source: SourceRef
): KeyPoints {
  const {keyPoints, facts, byline} = presentation
  const points: KeyPoint[] = []
  const byId = new Map(publication.qa.map((qa) => [qa.id, qa]))
  for (const point of keyPoints.points) {
    const qa = point.id === null ? undefined : byId.get(point.id)
    points.push({
      question: qa
        ? [{text: `${qa.number}. `, face: 'sansSemibold'}, ...segmentsOf(qa.question.children, 'sansSemibold')]
        : [],
      prefix: phraseOf(point.prefix, documentLang),
      lead: point.quoted ? phraseOf(point.quoted, documentLang) : null,
      destination: destinationOf(publication.id, qa?.id),
      web: presentation.online ? `${presentation.online.address}${qa ? `#${qa.id}` : ''}` : null,
      line: qa ? qa.line : source.line
    })
  }
  return {
    id: publication.id,
    title: publication.title.text,
    meta: joined([facts.dateOrUndated, ...(byline.line ? [byline.line] : [])].map((t) => phraseOf(t, documentLang))),
    readFullAnswer: keyPoints.readFullAnswer.text,
    source,
    points,
    more: keyPoints.more
      ? {
          text: phraseOf(keyPoints.more.text, documentLang),
          destination: destinationOf(publication.id, keyPoints.more.id),
          web: presentation.online ? `${presentation.online.address}#${keyPoints.more.id}` : null
        }
      : null,
    web: presentation.online?.address ?? null
  }
}

/**
 * The provenance lines of a publication (`presentation.provenance`): its title, how each fact was found
 * (outlets, address, date, people), the source file and checksum, what the normalizer removed (the
 * line with its reason and rule, or that nothing was) and its warnings, when there are any.
 */
export function provenanceOf(
  publication: Publication,
  presentation: Presentation,
  documentLang: string,
  titleLine: number | null
): ProvenanceLine[] {
  const {provenance} = presentation
  const lines: ProvenanceLine[] = []
  const add = (kind: ProvenanceLine['kind'], text: Phrase, line = titleLine) => lines.push({kind, text, line})
  const phrase = (text: Parameters<typeof phraseOf>[0]) => phraseOf(text, documentLang)
  add('h2', plainPhrase(publication.title.text))
  for (const entry of provenance.entries) {
    add('meta', phrase(entry.text))
    if (entry.url && /^https?:/i.test(entry.url)) lines.at(-1)!.link = {linked: entry.value, url: entry.url}
  }
  const {source, removed, warnings} = provenance
  // The label and "Line" from core's terms; the line keeps one language, the report's (English).
  const colon = colonOf(source.text.lang)
  add('meta', phrase({...source.text, text: `${presentation.labels.sourceFile.text}${colon}${source.text.text}`}))
  add('meta', phrase({...source.text, text: `SHA-256: ${source.sha256}`}))
  add('h3', phrase(removed.heading))
  // As the site: the sentence when nothing was removed, else every line with its reason and rule.
  if (removed.count === 0) add('meta', phrase(removed.summary))
  for (const line of removed.lines)
    add(
      'small',
      phrase({
        ...removed.summary,
        text: `${interfaceWords(presentation.lang).term('removedLine')} ${line.line} — ${line.reason} (${line.rule}): “${line.text.trim()}”`
      }),
      line.line
    )
  if (warnings.items.length > 0) {
    add('h3', phrase(warnings.heading))
    for (const item of warnings.items) add('small', phrase(item.text))
  }
  return lines
}
