/**
 * The PDF prints core's presentation model: bylines, facts, key point labels and quotation marks,
 * notices and provenance come from `present` (the publication's language in its own PDF, the
 * collection's in the briefing's part).
 */
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {type Corpus, headOf, keyPointsShown, type Publication, present, resolveBuildDate} from '@dossier/core'
import {beforeAll, describe, expect, it} from 'vitest'
import {type BriefingPart, renderPublication} from '../src/index.js'
import {readAssets, readCorpus, readLinks, readNavigation, squash, tool} from './support.js'

let corpus: Corpus
const assets = readAssets()
const dir = mkdtempSync(join(tmpdir(), 'dossier-pdf-presentation-'))

beforeAll(() => {
  corpus = readCorpus()
})

/** `publication` rendered alone: the text of its PDF and its part. */
async function alone(publication: Publication): Promise<{text: string; part: BriefingPart; file: string}> {
  const heads = corpus.publications.map(headOf)
  const {files, part} = await renderPublication({
    publication,
    collection: corpus.collection,
    buildDate: resolveBuildDate(corpus.publications, undefined),
    paper: 'a4',
    assets,
    report: () => {},
    previous: null,
    next: heads[1] ?? null,
    attachments: []
  })
  const file = join(dir, files[0]!.path)
  writeFileSync(file, (files[0] as {contents: Uint8Array}).contents)
  expect(tool('qpdf', ['--check', file])).toMatch(/No syntax or stream encoding errors found/)
  return {text: squash(tool('pdftotext', [file, '-'])), part: part as BriefingPart, file}
}

describe('the PDF from the presentation model', () => {
  it("prints the publication's byline, facts and key points as present() gives them", async () => {
    const publication = corpus.publications[0]!
    const presentation = present(publication, corpus.collection)
    const {text, part} = await alone(publication)
    expect(presentation.byline.line).not.toBeNull()
    expect(text).toContain(squash(presentation.byline.line!.text))
    expect(text).toContain(squash(presentation.facts.length.text))
    expect(text).toContain(squash(presentation.facts.outletLine!.text))
    expect(text).toContain(squash(presentation.provenance.entries[0]!.text.text))
    expect(text).toContain(squash(presentation.keyPoints.points[0]!.quoted!.text))
    // The part holds the same words for the briefing (the collection is in the publication's language).
    expect(part.keyPoints.points[0]!.prefix.text).toBe(presentation.keyPoints.points[0]!.prefix.text)
    expect(part.row.map((cell) => cell.text)).toEqual([
      publication.title.text,
      presentation.facts.dateOrUndated.text,
      presentation.facts.outlet!.name,
      presentation.byline.line!.text,
      String(publication.qa.length),
      presentation.facts.reading.text
    ])
    expect(part.detail.text).toBe(
      `${presentation.facts.dateOrUndated.text} · ${presentation.byline.line!.text} · ${presentation.facts.questions!.text}`
    )
    // JSON as it is stored.
    expect(JSON.parse(JSON.stringify(part))).toEqual(part)
  })

  it("reads in the publication's language in its own PDF and in the collection's in the briefing's part", async () => {
    const publication = {...corpus.publications[0]!, lang: 'ru'}
    const {text, part} = await alone(publication)
    expect(text).toContain(squash('ИНТЕРВЬЮ'))
    expect(text).toContain(squash('Первая фраза ответа: «'))
    expect(text).toContain(squash('интервью взял(а)'))
    expect(text).toContain(squash('Источник и происхождение'))
    expect(text).not.toContain(squash('Opening sentence of the answer'))
    // The briefing is in the collection's language (English): its part too, the quotation in its marks.
    expect(corpus.collection.lang).toBe('en')
    expect(part.keyPoints.points[0]!.prefix).toEqual({text: 'Opening sentence of the answer: '})
    expect(part.keyPoints.points[0]!.lead!.text).toMatch(/^“.*”$/)
    expect(part.keyPoints.points[0]!.lead!.lang).toBe('ru')
    expect(part.row[3]!.text).toContain(' interviewed by ')
  })

  it('gives a long transcript the first key points and one line, linked to the first question left out', async () => {
    const seed = corpus.publications[0]!
    const count = keyPointsShown + 3
    const qa = Array.from({length: count}, (_, index) => ({...seed.qa[0]!, id: `q${index + 1}`, number: index + 1}))
    const publication = {...seed, qa}
    const {text, file} = await alone(publication)
    expect(text).toContain(squash(`${keyPointsShown}. ${seed.qa[0]!.question.text}`))
    expect(text).toContain(squash('3 more questions, in the full text'))
    // One opening sentence per key point, not per question; the full text still has every question.
    const opening = text.split(squash('Opening sentence of the answer:')).length - 1
    expect(opening).toBe(keyPointsShown)
    expect(text).toContain(squash(`${count}. ${seed.qa[0]!.question.text}`))
    const more = readLinks(file).filter((link) => link.contents === '3 more questions, in the full text')
    expect(more).toEqual([expect.objectContaining({action: '/GoTo', destination: `${seed.id}-q${keyPointsShown + 1}`})])
    expect(readNavigation(file).destinations).toContain(`${seed.id}-q${keyPointsShown + 1}`)
  })

  it("says at a truncated text's head that it is incomplete, and where it ends that it ends there", async () => {
    const publication = corpus.publications.find((candidate) => candidate.truncated)!
    const {text} = await alone(publication)
    expect(text).toContain(squash('Incomplete: the source stops mid-sentence, so the end of this text is missing.'))
    expect(text).toContain(
      squash(
        'The text ends here because the source is incomplete. It stops mid-sentence; nothing after this point was available.'
      )
    )
  })
})
