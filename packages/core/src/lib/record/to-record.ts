/**
 * The dataset's view of a publication: plain strings, stable field order, nothing renderer-
 * specific. Field names follow the model; the JSON Schema in `schemas.ts` documents each one.
 */
import {answerTurns} from '../model/answer-turns.js'
import {questionsFromPress, recordRoleOf} from '../presentation/byline.js'
import type {Block, Publication, QA} from '../model/publication.js'
import {directionOf} from '../text/scripts.js'
import {speakerName} from '../text/speaker-name.js'
import {toStructuredBlocks} from './to-blocks.js'

/** A publication as the dataset publishes it. */
export type PublicationRecord = ReturnType<typeof toRecord>

/** The plain paragraphs of a part: every block's text, except thematic breaks, which have none (they are in `blocks`). */
export const texts = (blocks: Block[]) => prose(blocks).map((block) => block.text)
/** The blocks that hold text: all but thematic breaks. */
export const prose = (blocks: Block[]) => blocks.filter((block) => block.tree.type !== 'thematicBreak')

/**
 * Who spoke each turn of an answer and how many of its plain paragraphs (`answer`) the turn holds,
 * in order: one turn, or several where people answer one question in turn (a panel).
 */
export const turnsOf = (qa: QA) =>
  answerTurns(qa).map((turn) => ({
    speaker: speakerName(turn.speaker),
    affiliation: turn.affiliation,
    paragraphs: prose(turn.blocks).length
  }))

/** What the first answerer's label says in brackets (`AnswerTurn.affiliation` of the first turn), or null. */
export const answererAffiliationOf = (qa: QA) => answerTurns(qa)[0]!.affiliation

/** Convert one publication to its JSON record. */
export function toRecord(publication: Publication) {
  const press = questionsFromPress(publication)
  return {
    id: publication.id,
    kind: publication.kind,
    title: publication.title.text,
    subtitle: publication.subtitle?.text ?? null,
    date: publication.date
      ? {
          value: publication.date.value,
          precision: publication.date.precision,
          source: publication.date.source,
          evidence: publication.date.evidence
        }
      : null,
    lang: publication.lang,
    blockLanguages: blockLanguages(publication),
    url: publication.url,
    people: publication.people.map((p) => ({
      name: p.name,
      role: recordRoleOf(p, press),
      affiliation: p.affiliation,
      source: p.source,
      evidence: p.evidence
    })),
    outlets: publication.outlets.map((o) => ({
      name: o.name,
      role: o.role,
      ...(o.detail ? {detail: o.detail} : {}),
      url: o.url,
      source: o.source,
      evidence: o.evidence
    })),
    intro: texts(publication.intro),
    qa: publication.qa.map((q) => ({
      id: q.id,
      number: q.number,
      sourceNumber: q.sourceNumber,
      asker: speakerName(q.asker),
      askerAffiliation: q.askerAffiliation,
      question: q.question.text,
      answerer: speakerName(q.answerer),
      answererAffiliation: answererAffiliationOf(q),
      answer: texts(q.answer),
      turns: turnsOf(q),
      blocks: toStructuredBlocks(q.answer)
    })),
    body: texts(publication.body),
    about: texts(publication.about),
    notes: texts(publication.notes),
    footnotes: (publication.footnotes ?? []).map((note) => ({
      id: note.id,
      number: note.number,
      label: note.label,
      text: texts(note.content),
      blocks: toStructuredBlocks(note.content),
      refs: note.refs
    })),
    blocks: {
      intro: toStructuredBlocks(publication.intro),
      body: toStructuredBlocks(publication.body),
      about: toStructuredBlocks(publication.about),
      notes: toStructuredBlocks(publication.notes)
    },
    truncated: publication.truncated,
    removed: publication.removed.map((r) => ({line: r.line, text: r.text, reason: r.reason, rule: r.rule})),
    warnings: publication.warnings.map((w) => ({code: w.code, message: w.message, line: w.line})),
    source: {
      path: publication.source.path,
      sha256: publication.source.sha256,
      bytes: publication.source.bytes,
      format: publication.source.format,
      meta: publication.source.meta
    },
    stats: {words: publication.stats.words, readingMinutes: publication.stats.readingMinutes}
  }
}

type Part = 'intro' | 'answer' | 'body' | 'about' | 'notes'

/** Where a paragraph's language or direction differs from its publication's, and what it is. */
function blockLanguages(publication: Publication) {
  const out: Array<{part: Part; question: number | null; index: number; lang: string; dir: 'ltr' | 'rtl'}> = []
  const add = (part: Part, question: number | null, blocks: Block[]) =>
    prose(blocks).forEach((block, index) => {
      if (block.lang || block.dir)
        out.push({
          part,
          question,
          index,
          lang: block.lang ?? publication.lang,
          dir: block.dir ?? directionOf(block.lang ?? publication.lang)
        })
    })
  add('intro', null, publication.intro)
  for (const qa of publication.qa) add('answer', qa.number, qa.answer)
  add('body', null, publication.body)
  add('about', null, publication.about)
  add('notes', null, publication.notes)
  return out
}
