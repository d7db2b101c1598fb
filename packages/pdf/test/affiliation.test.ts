/**
 * Who asked, and for whom (issue 22), in the PDF: the run-in label that opens each question prints
 * what the asker's label said in brackets ("2. Luis Moreno (El País): …"), and a press conference's
 * byline credits the reporters with questions, not as interviewers, each minister under one form of
 * the name; reporters labelled only by a role word are credited by their outlets. Read back from
 * the structure tree (`pdfinfo -struct-text`, each element's text on one line, compared with a
 * reviewed golden file, read, never written here). Fixtures: core's press conference where two
 * ministers answer, and a foreign ministry's briefing with "Reporter (Reuters):" labels.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildCorpus, type SourceInput} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {articleBlocks, renderToDir, tool} from './support.js'

const fixture = (name: string): SourceInput => ({
  path: `${name}.txt`,
  bytes: new Uint8Array(
    readFileSync(fileURLToPath(new URL(`../../core/test/fixtures/${name}/input.txt`, import.meta.url)))
  ),
  meta: null
})

/** The byline and the questions of a structure tree's article, one line each: the element's type and its text, its runs joined. */
function creditsAndQuestions(file: string): string[] {
  const elements = articleBlocks(file)
  // The byline is the paragraph after the title (H1); the questions are the H2s.
  const title = elements.findIndex((element) => element.type === 'H1')
  return [elements[title + 1]!, ...elements.filter((element) => element.type === 'H2')].map(
    (element) => `${element.type} ${element.text}`
  )
}

describe('render (pdf) where reporters ask for their outlets', async () => {
  const corpus = buildCorpus({
    sources: [fixture('press-conference-two-answer-one-question'), fixture('press-conference-reporter-labels')],
    collection: null
  })
  const {dir} = await renderToDir(corpus, 'a4')
  const pdfOf = (source: string) =>
    join(dir, `${corpus.publications.find((p) => p.source.path === `${source}.txt`)!.id}.pdf`)

  it('credits the press and labels each question with the outlet, as reviewed in golden/affiliation.struct.txt', () => {
    const golden = readFileSync(new URL('./golden/affiliation.struct.txt', import.meta.url), 'utf8')
    const lines = [
      ...creditsAndQuestions(pdfOf('press-conference-two-answer-one-question')),
      ...creditsAndQuestions(pdfOf('press-conference-reporter-labels'))
    ]
    expect(`${lines.join('\n')}\n`).toBe(golden)
  })

  it('prints no dash for an outlet nobody named, on the cover or in the Keywords entry', () => {
    const file = pdfOf('press-conference-two-answer-one-question')
    const cover = tool('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-'])
    expect(cover).toContain('12 March 2025')
    expect(cover).not.toMatch(/·\s*—/u)
    const keywords = /^Keywords:\s*(.*)$/mu.exec(tool('pdfinfo', [file]))?.[1] ?? ''
    expect(keywords).toContain('Minister Okafor')
    expect(keywords).not.toContain('—')
  })
})
