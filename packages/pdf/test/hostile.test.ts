import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {buildCorpus, type Message} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {bodyText, renderToDir, tool} from './support.js'

/** A source written to break things: markup, control characters, a soft hyphen, `&`, missing glyphs. */
const hostile = [
  'Talks & tea: <script>alert("x")</script> “quoted”',
  '',
  'An interview with Jane Doe by John Roe, published in Example & Sons, March 2021.',
  '',
  '1. What about <b>tags</b> & control\u0007 chars and a soft\u00ADhyphen in well-known co-operation?',
  '',
  'The answer uses ∀ logic, arrows ⇶, 漢字 and cuneiform 𒀀𒀁. Then a-b-c hyphens after the soft one.',
  '',
  '2. Is a second question possible?',
  '',
  'Yes: “curly” quotes — dashes… and <script>alert(1)</script> stay text.',
  ''
].join('\n')

const corpus = buildCorpus({
  sources: [{path: 'hostile.txt', bytes: new TextEncoder().encode(hostile), meta: null}],
  collection: {path: 'collection.yaml', text: 'title: "Tom & Jerry <Briefing>"\nlang: en\n'}
})

describe('render with hostile text', () => {
  it('produces valid, tagged PDFs that keep the text as text', async () => {
    expect(corpus.publications).toHaveLength(1)
    const reports: Array<string | Message> = []
    const {dir, files} = await renderToDir(corpus, 'a4', reports)
    for (const file of files)
      expect(tool('qpdf', ['--check', join(dir, file.path)])).toContain('No syntax or stream encoding errors found')
    const publication = corpus.publications[0]!
    const text = bodyText(join(dir, `${publication.id}.pdf`)).replace(/\s+/g, ' ')
    expect(text).toContain('<script>alert(“x”)</script>')
    expect(text).toContain('a-b-c hyphens') // the soft hyphen was stripped, so later hyphens survive
    expect(text).toContain('softhyphen')
    expect(text).not.toContain('\u0007')
    expect(text).toContain('∀ logic, arrows ⇶, 漢字 and cuneiform \uFFFD\uFFFD') // DejaVu, then the Han font
    expect(tool('pdffonts', [join(dir, 'briefing.pdf')])).toContain('DejaVuSans')
    // Cuneiform is in no embedded font: one warning for the source, with its file and line, drawn as U+FFFD.
    expect(reports).toEqual([
      {
        code: 'pdf/missing-glyph',
        severity: 'warning',
        file: 'hostile.txt',
        line: 5,
        message: 'the PDF has no embedded font for "𒀀" (U+12000), "𒀁" (U+12001); shown as \uFFFD (an emoji by its name)'
      }
    ])
  }, 60_000)

  it('escapes the XMP packet and keeps the info dictionary literal', async () => {
    const {dir} = await renderToDir(corpus, 'a4')
    const file = join(dir, 'briefing.pdf')
    expect(tool('pdfinfo', [file])).toContain('Title:           Tom & Jerry <Briefing>: Briefing')
    const bytes = readFileSync(file).toString('utf8')
    const xmp = bytes.slice(bytes.indexOf('<x:xmpmeta'), bytes.indexOf('</x:xmpmeta>'))
    expect(xmp).toContain('Tom &amp; Jerry &lt;Briefing&gt;: Briefing')
    expect(xmp).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/)
  }, 60_000)
})
