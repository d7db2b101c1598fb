/**
 * Who asked and who answered (issue 22), in the PDF: the asker's label opens the question (inside
 * its H2) and the answerer's the answer's first paragraph (inside its P), and each key point names
 * who answered. Read back from the structure tree (`pdfinfo -struct-text`, a golden file) and from
 * the text layer (`pdftotext`), for core's press conferences with two answerers, in French (a
 * no-break space before the colon) and in Persian (right to left), and a panel whose answer opens
 * with a list (the label is then a paragraph of its own).
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildCorpus, type SourceInput} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {renderToDir, squash, tool} from './support.js'

const fixture = (name: string, ext = 'txt'): SourceInput => ({
  path: `${name}.${ext}`,
  bytes: new Uint8Array(
    readFileSync(fileURLToPath(new URL(`../../core/test/fixtures/${name}/input.${ext}`, import.meta.url)))
  ),
  meta: null
})

/** Text as pdftotext gives it, without its white space and the direction marks it adds around right-to-left lines. */
const bare = (text: string) => squash(text.normalize('NFC').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ''))

/** The key points section and the article of a structure tree as pdfinfo prints it, without object numbers. */
function structureOf(file: string): string {
  const lines = tool('pdfinfo', ['-struct-text', file])
    .split('\n')
    .filter((line) => !/^\s*Object \d+ \d+$/.test(line))
  const tops = lines.flatMap((line, index) => (/^ {2}\S/.test(line) ? [index] : []))
  const keyPoints = tops.find((index) => lines[index + 2]?.includes('"Key points"'))!
  const article = tops.find((index) => lines[index] === '  Art')!
  const after = tops.find((index) => index > article) ?? lines.length
  return `${lines.slice(keyPoints, after).join('\n')}\n`
}

describe('render (pdf) with speaker labels', async () => {
  const corpus = buildCorpus({
    sources: [
      fixture('press-conference-two-answerers'),
      fixture('press-conference-french-colon'),
      fixture('press-conference-persian-speakers'),
      fixture('answerer-label-before-a-list', 'md')
    ],
    collection: null
  })
  const {dir, files} = await renderToDir(corpus, 'a4')
  const pdfOf = (source: string) => join(dir, `${corpus.publications.find((p) => p.source.path === source)!.id}.pdf`)
  const text = (file: string) => bare(tool('pdftotext', ['-enc', 'UTF-8', file, '-']))

  it('passes qpdf --check', () => {
    for (const file of files.filter((f) => f.path.endsWith('.pdf')))
      expect(tool('qpdf', ['--check', join(dir, file.path)])).toMatch(/No syntax or stream encoding errors found/)
  })

  it('tags each label inside the question or paragraph it opens, as reviewed in golden/speakers.struct.txt', async () => {
    const structure = structureOf(pdfOf('press-conference-two-answerers.txt'))
    await expect(structure).toMatchFileSnapshot('./golden/speakers.struct.txt')
    expect(structure).toContain(
      '    H2 (block)\n      "1. Anna Weber (Reuters): Minister Okafor, when will the new rail line to the port open?"'
    )
    expect(structure).toContain(
      '    P (block)\n      "Minister Okafor: "\n      "The first trains will run in September.'
    )
    expect(structure).toContain('"Opening sentence of the answer (Minister Lindqvist): “Wholesale prices')
  })

  it('sets the answerer’s label as a paragraph of its own before an answer that opens with a list', () => {
    const structure = structureOf(pdfOf('answerer-label-before-a-list.md'))
    expect(structure).toContain(
      '"1. Jan Visser: What are the three priorities?"\n    P (block)\n      "Eva Lind:"\n    L (block)'
    )
    // A justified paragraph is marked item by item: the label's run, then the answer's, in one P.
    expect(structure).toContain('P (block)\n      "Eva Lind: "\n      "By 2030, if the funds come."')
  })

  it('keeps the labels in the text layer, each answer with its own answerer', () => {
    const english = text(pdfOf('press-conference-two-answerers.txt'))
    for (const line of [
      '2. Luis Moreno (El País): Minister Lindqvist, will electricity prices fall this winter?',
      'Minister Lindqvist: Wholesale prices have fallen by a third since January.',
      '3. Anna Weber (Reuters): Will the rail line carry passengers as well?',
      'Minister Okafor: Yes. Four passenger trains a day in each direction, from the first week.'
    ])
      expect(english).toContain(bare(line))
    const briefing = text(join(dir, 'briefing.pdf'))
    expect(briefing).toContain(bare('Opening sentence of the answer (Minister Okafor): “Yes. Four passenger trains'))
  })

  it('writes the French colon after a no-break space, and the labels of a right-to-left text in its order', () => {
    const french = tool('pdftotext', ['-enc', 'UTF-8', pdfOf('press-conference-french-colon.txt'), '-'])
    expect(bare(french)).toContain(bare('2. Julien Roux (Ouest-France) : Allez-vous revenir sur la hausse'))
    expect(bare(french)).toContain(bare('Marc Fesneau : La hausse est suspendue pour les agriculteurs.'))
    expect(bare(french)).toContain(bare('Première phrase de la réponse (Marc Fesneau) : « Les premiers versements'))
    // Never a line that starts with the colon: the space before it does not break.
    expect(french).not.toMatch(/^:/m)
    const persian = text(pdfOf('press-conference-persian-speakers.txt'))
    expect(persian).toContain(bare('مریم احمدی (ایرنا): آیا دور تازهٔ گفت‌وگوها با اتحادیهٔ اروپا برگزار می‌شود؟'))
    expect(persian).toContain(bare('ناصر کنعانی: بله، دور بعدی گفت‌وگوها ماه آینده در ژنو برگزار خواهد شد.'))
    // pdftotext gives the neutral marks between the label and the quotation ("): «") in their drawn order.
    expect(persian).toMatch(
      new RegExp(`${bare('نخستین جملهٔ پاسخ (ناصر کنعانی)').replace(/[()]/g, '\\$&')}.{1,3}${bare('وزیر هفتهٔ آینده')}`)
    )
  })
})
