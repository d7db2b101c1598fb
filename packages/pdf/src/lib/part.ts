/**
 * What the briefing needs of one publication, computed when that publication is rendered alone and
 * kept as JSON beside its PDF (the `part` of core's `PublicationResult`): the contents line, the "at a
 * glance" row, the key points, the provenance lines, the script fonts it needs and the glyphs its own
 * PDF could not draw. The briefing is assembled from these without loading the full texts, which it
 * only does up to `collection.briefingFullTexts` publications.
 */
import type {Publication} from '@dossier/core'
import {rowOf} from './at-a-glance.js'
import {dateOf, leadSentence, outletOf, plural, whoOf} from './describe.js'
import {segmentsOf, type Segment} from './flow.js'
import type {MissingReport, SourceRef} from './missing-glyphs.js'
import {destinationOf} from './outline.js'
import type {Family} from './scripts.js'

/** One key point: a question (empty for a text without questions) and its answer's opening sentence. */
export interface KeyPoint {
  /** The question with its number, as styled segments; `[]` for a text without questions. */
  question: Segment[]
  /** The answer's first sentence, quoted (see `leadSentence`); may be empty. */
  lead: string
  /** Named destination of the full answer, in this document or in the publication's own PDF. */
  destination: string
  /** Source line of the question, for missing-glyph messages. */
  line: number | null
}

/** A publication's block of the key points section. */
export interface KeyPoints {
  id: string
  title: string
  /** "date · who" under the title. */
  meta: string
  source: SourceRef
  points: KeyPoint[]
}

/** One line of the provenance appendix; its kind decides style and spacing (see appendix.ts). */
export interface ProvenanceLine {
  kind: 'h2' | 'meta' | 'h3' | 'small'
  text: string
  /** Source line the text comes from (a removed line's number), else the title's. */
  line: number | null
}

/** The briefing's part of one publication (JSON; see the module comment). */
export interface BriefingPart {
  id: string
  title: string
  /** Source file and the title's line. */
  source: SourceRef
  /** Names of everyone credited, in the model's order (the briefing's Keywords). */
  people: string[]
  /** The original outlet's name (`outletOf`). */
  outlet: string
  questions: number
  /** Second line of the contents entry: date, who, questions. */
  detail: string
  /** Cells of the "at a glance" row. */
  row: string[]
  keyPoints: KeyPoints
  provenance: ProvenanceLine[]
  /** Script font families the publication's text needs (the briefing embeds their union). */
  families: Family[]
  /** What the publication's own PDF reported missing, so the briefing reports the very same message. */
  missing: MissingReport | null
}

/** The part of `publication`, given the families it needs and its own PDF's missing-glyph report. */
export function partOf(publication: Publication, families: Family[], missing: MissingReport | null): BriefingPart {
  const titleLine = publication.lines.indexOf('title') + 1
  const source: SourceRef = {file: publication.source.path, line: titleLine || null}
  return {
    id: publication.id,
    title: publication.title.text,
    source,
    people: publication.people.map((person) => person.name),
    outlet: outletOf(publication),
    questions: publication.qa.length,
    detail: `${dateOf(publication.date)} · ${whoOf(publication)} · ${plural(publication.qa.length, 'question')}`,
    row: rowOf(publication),
    keyPoints: keyPointsOf(publication, source),
    provenance: provenanceOf(publication, source.line),
    families,
    missing
  }
}

/** The key points of a publication: each question with its answer's lead, or the text's lead sentence. */
export function keyPointsOf(publication: Publication, source: SourceRef): KeyPoints {
  const points: KeyPoint[] = []
  if (publication.qa.length === 0) {
    const lead = leadSentence({answer: publication.body} as Parameters<typeof leadSentence>[0], publication.lang)
    if (lead) points.push({question: [], lead, destination: destinationOf(publication.id), line: source.line})
  }
  for (const qa of publication.qa)
    points.push({
      question: [{text: `${qa.number}. `, face: 'sansSemibold'}, ...segmentsOf(qa.question.children, 'sansSemibold')],
      lead: leadSentence(qa, publication.lang),
      destination: destinationOf(publication.id, qa.id),
      line: qa.line
    })
  return {
    id: publication.id,
    title: publication.title.text,
    meta: `${dateOf(publication.date)} · ${whoOf(publication)}`,
    source,
    points
  }
}

/**
 * The provenance lines of a publication: outlets, URL, date, source file and checksum, each line the
 * normalizer removed with its reason, and the warnings.
 */
export function provenanceOf(publication: Publication, titleLine: number | null): ProvenanceLine[] {
  const lines: ProvenanceLine[] = []
  const add = (kind: ProvenanceLine['kind'], text: string, line = titleLine) => lines.push({kind, text, line})
  add('h2', publication.title.text)
  const outlets = [...publication.outlets].sort((a, b) => (a.role === b.role ? 0 : a.role === 'original' ? -1 : 1))
  for (const outlet of outlets) {
    const role = outlet.role === 'original' ? 'Original outlet' : 'Republished by'
    const parts = [outlet.name, outlet.detail, outlet.url].filter(Boolean).join(' · ')
    add(
      'meta',
      `${role}: ${parts} (${outlet.source === 'editor' ? 'set by the editor' : `inferred from “${outlet.evidence}”`})`
    )
  }
  if (publication.url) add('meta', `URL: ${publication.url}`)
  const {date, source} = publication
  add(
    'meta',
    `Date: ${dateOf(date)}${date ? ` (${date.source === 'editor' ? 'set by the editor' : `read from “${date.evidence}”`})` : ''}`
  )
  add(
    'meta',
    `Source file: ${source.path} (${source.format}, ${plural(source.bytes, 'byte')})${source.meta ? `, metadata from ${source.meta}` : ''}`
  )
  add('meta', `SHA-256: ${source.sha256}`)
  add('h3', `Removed by the normalizer (${plural(publication.removed.length, 'line')})`)
  if (publication.removed.length === 0) add('meta', 'Nothing was removed.')
  for (const removed of publication.removed)
    add('small', `Line ${removed.line} — ${removed.reason} (${removed.rule}): “${removed.text.trim()}”`, removed.line)
  add('h3', `Warnings (${publication.warnings.length})`)
  if (publication.warnings.length === 0) add('meta', 'No warnings.')
  for (const warning of publication.warnings) {
    const where = warning.line === null ? warning.file : `${warning.file}, line ${warning.line}`
    add('small', `${where} — ${warning.message} (${warning.code})`)
  }
  return lines
}
