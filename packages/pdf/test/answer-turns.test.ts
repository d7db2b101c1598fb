/**
 * Who answered each turn (issue 22), in the PDF: where two or more people answer one question in
 * turn, each speaker's label opens the first paragraph of their turn (inside its P, as the first
 * answerer's does), and the key point names who said the quoted sentence, with no label inside the
 * quotation. Read back from the structure tree (`pdfinfo -struct-text`, each element's text on one
 * line, compared with a reviewed golden file, read, never written here) and the text layer.
 * Fixture: core's press conference where two ministers answer one question.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildCorpus} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {articleBlocks, renderToDir, squash, tool} from './support.js'

const name = 'press-conference-two-answer-one-question'
const input = fileURLToPath(new URL(`../../core/test/fixtures/${name}/input.txt`, import.meta.url))

/**
 * The block elements of a structure tree's article from its first question on, one line each: the
 * element's type and its text, its runs joined (where lines break is the layout's, not the test's).
 */
function questionsOf(file: string): string {
  const elements = articleBlocks(file)
  const first = elements.findIndex((element) => element.type === 'H2')
  return `${elements
    .slice(first)
    .map((element) => `${element.type} ${element.text}`)
    .join('\n')}\n`
}

describe('render (pdf) where two people answer one question', async () => {
  const corpus = buildCorpus({
    sources: [{path: `${name}.txt`, bytes: new Uint8Array(readFileSync(input)), meta: null}],
    collection: null
  })
  const {dir} = await renderToDir(corpus, 'a4')
  const pdf = join(dir, `${corpus.publications[0]!.id}.pdf`)

  it('opens each speaker’s turn of an answer with their label, as reviewed in golden/answer-turns.struct.txt', () => {
    const golden = readFileSync(new URL('./golden/answer-turns.struct.txt', import.meta.url), 'utf8')
    expect(questionsOf(pdf)).toBe(golden)
  })

  it('names who said the quoted sentence in the key point, without a label in the quotation', () => {
    const briefing = squash(tool('pdftotext', ['-enc', 'UTF-8', join(dir, 'briefing.pdf'), '-']))
    for (const point of [
      'Opening sentence of the answer (Minister Okafor): “The toll stays for two years. It pays for the maintenance contract.”',
      'Opening sentence of the answer (Minister Okafor): “There is a lane on each side.”',
      'Opening sentence of the answer (Minister Lindqvist): “At the end of the month.”'
    ])
      expect(briefing).toContain(squash(point))
  })
})
