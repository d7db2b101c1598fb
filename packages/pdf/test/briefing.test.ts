/**
 * The briefing above `collection.briefingFullTexts`: every publication's contents line, row, key
 * points and provenance, no full text, and each key point linked into the publication's own PDF at
 * the question's named destination (a GoToR action, ISO 32000-1 §12.6.4.3).
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {buildCorpus, type Message} from '@dossier/core'
import {beforeAll, describe, expect, it} from 'vitest'
import {bodyText, briefingOf, readLinks, readNavigation, renderToDir, squash, tool} from './support.js'

const towns = ['Ferries', 'Bridges', 'Quays']
const people = ['Maria Lopez', 'Ahmed Khan', 'Olga Petrova']

/** Three interviews of two questions, each answer two paragraphs of two sentences; the third has cuneiform. */
function sourceOf(n: number): string {
  const rare = n === 3 ? ' (the tablet 𒀀 says so)' : ''
  const rarer = n === 3 ? ' The second tablet 𒀁 agrees.' : ''
  return [
    `${towns[n - 1]} of the river towns, part ${n}`,
    '',
    `An interview with ${people[n - 1]} by John Roe, published in Example News, March 2021.`,
    '',
    `1. What changed in the river towns after bridge number ${n} opened?`,
    '',
    `The ferries stopped running within a year of the opening in town ${n}${rare}. Nobody had planned for the ferrymen, who had worked the crossing for three generations.`,
    '',
    `A second paragraph of answer ${n} says the markets moved to the bridgehead. The old quays became car parks.${rarer}`,
    '',
    `2. Did anyone try to keep a ferry going in town ${n}?`,
    '',
    `A cooperative ran one boat for tourists for two summers in town ${n}. It closed when the insurance doubled and the council would not help.`,
    ''
  ].join('\n')
}

/** Text as the PDF shows it: cuneiform is in no embedded font, so it is drawn as U+FFFD. */
const shown = (text: string) => squash(text.replace(/[\u{12000}\u{12001}]/gu, '\uFFFD'))

function corpusWith(fullTexts: number, extra = '') {
  return buildCorpus({
    sources: [1, 2, 3].map((n) => ({path: `river-${n}.txt`, bytes: new TextEncoder().encode(sourceOf(n)), meta: null})),
    collection: {
      path: 'collection.yaml',
      text: `title: River towns\nlang: en\nbriefingFullTexts: ${fullTexts}\n${extra}`
    }
  })
}

const corpus = corpusWith(2)
let dir: string
let briefing: string
let text: string
const reports: Array<string | Message> = []

beforeAll(async () => {
  expect(corpus.publications.map((p) => p.qa.length)).toEqual([2, 2, 2])
  ;({dir} = await renderToDir(corpus, 'a4', reports))
  briefing = join(dir, 'briefing.pdf')
  text = squash(bodyText(briefing))
}, 120_000)

describe('renderCollection above briefingFullTexts', () => {
  it('leaves every answer paragraph out', () => {
    expect(tool('qpdf', ['--check', briefing])).toContain('No syntax or stream encoding errors found')
    for (const publication of corpus.publications)
      for (const qa of publication.qa)
        for (const block of qa.answer) expect(text, block.text).not.toContain(shown(block.text))
    // The publications' own PDFs have them.
    const own = squash(bodyText(join(dir, `${corpus.publications[0]!.id}.pdf`)))
    expect(own).toContain(squash(corpus.publications[0]!.qa[0]!.answer[1]!.text))
  })

  it('still lists every publication with its key points and provenance, and says where the full texts are', () => {
    const {outline} = readNavigation(briefing)
    for (const publication of corpus.publications) {
      expect(text).toContain(squash(publication.title.text))
      expect(text).toContain(squash(`${publication.id}.pdf`))
      expect(text).toContain(publication.source.sha256)
      for (const qa of publication.qa) {
        expect(text).toContain(squash(qa.question.text))
        // The opening sentence of the answer, quoted.
        expect(text).toContain(shown(qa.answer[0]!.text.split('. ')[0]!))
      }
      // Under "Key points" in the outline, one entry per publication.
      expect(outline).toContainEqual(expect.objectContaining({title: publication.title.text, depth: 1}))
    }
    expect(text).toContain(squash('The full texts are not in this briefing'))
    expect(squash(tool('pdftotext', ['-f', '1', '-l', '1', briefing, '-']))).toContain(
      squash('Full texts: one PDF per publication, beside this briefing')
    )
  })

  it("links each key point to its question's named destination in the publication's own PDF", () => {
    const links = readLinks(briefing)
    const local = new Set(readNavigation(briefing).destinations)
    const remote = links.filter((link) => link.action === '/GoToR')
    // Every question's opening sentence, and each publication's file name.
    const questions = corpus.publications.reduce((sum, p) => sum + p.qa.length, 0)
    expect(remote).toHaveLength(questions + corpus.publications.length)
    for (const publication of corpus.publications) {
      const file = `${publication.id}.pdf`
      const defined = new Set(readNavigation(join(dir, file)).destinations)
      const mine = remote.filter((link) => link.file === file)
      expect(mine.map((link) => link.destination).sort()).toEqual(
        [publication.id, ...publication.qa.map((qa) => `${publication.id}-${qa.id}`)].sort()
      )
      for (const link of mine) {
        expect(link.unicodeFile).toBe(file)
        expect(link.structParent).toBe(true)
        expect(link.contents).not.toBe('')
        expect(defined.has(link.destination), `${file}#${link.destination}`).toBe(true)
      }
    }
    // The rest stay in the briefing (contents), at destinations it defines.
    for (const link of links.filter((link) => link.action !== '/GoToR')) {
      expect(link.action).toBe('/GoTo')
      expect(local.has(link.destination), link.destination).toBe(true)
    }
  })

  it('with a base URL, links each key point to its permalink on the site, which resolves when the briefing travels alone', async () => {
    const web = corpusWith(2, 'baseUrl: https://example.org/river/\n')
    const {dir: webDir} = await renderToDir(web, 'a4', [])
    const links = readLinks(join(webDir, 'briefing.pdf'))
    for (const publication of web.publications) {
      const page = `https://example.org/river/${publication.id}.html`
      const uris = links.filter((link) => link.action === '/URI').map((link) => link.uri)
      // Each question's opening sentence goes to the question on the site; the file line names the page too.
      for (const qa of publication.qa) expect(uris).toContain(`${page}#${qa.id}`)
      expect(uris).toContain(page)
      // The file name still opens the sibling PDF, for a reader who has it.
      const sibling = links.filter((link) => link.action === '/GoToR' && link.file === `${publication.id}.pdf`)
      expect(sibling.map((link) => link.destination)).toEqual([publication.id])
      // Its own PDF says where it is online, and each question's number links to its permalink.
      const own = join(webDir, `${publication.id}.pdf`)
      expect(squash(bodyText(own))).toContain(squash(`Online: ${page}`))
      const ownUris = readLinks(own)
        .filter((link) => link.action === '/URI')
        .map((link) => link.uri)
      expect(ownUris).toContain(page)
      for (const qa of publication.qa) expect(ownUris).toContain(`${page}#${qa.id}`)
    }
    expect(links.filter((link) => link.action === '/URI').every((link) => link.structParent && link.contents)).toBe(
      true
    )
  }, 120_000)

  it("reports a missing glyph once: the briefing repeats the publication's own message", () => {
    expect(reports).toEqual([
      {
        code: 'pdf/missing-glyph',
        severity: 'warning',
        file: 'river-3.txt',
        line: 5,
        message: 'the PDF has no embedded font for "𒀀" (U+12000), "𒀁" (U+12001); shown as \uFFFD (an emoji by its name)'
      }
    ])
  })

  it('never loads a whole publication, and gives the bytes of the whole render', async () => {
    expect((await briefingOf(corpus)).bytes.equals(readFileSync(briefing))).toBe(true)
  }, 60_000)
})

describe('renderCollection at briefingFullTexts', () => {
  it("keeps the full texts, links inside the briefing, and leaves the publications' PDFs unchanged", async () => {
    const at = corpusWith(3)
    const {dir: atDir} = await renderToDir(at, 'a4')
    const file = join(atDir, 'briefing.pdf')
    const full = squash(bodyText(file))
    for (const publication of at.publications)
      for (const qa of publication.qa) for (const block of qa.answer) expect(full).toContain(shown(block.text))
    expect(full).not.toContain(squash('The full texts are not in this briefing'))
    expect(readLinks(file).every((link) => link.action === '/GoTo')).toBe(true)
    for (const publication of at.publications) {
      const path = `${publication.id}.pdf`
      expect(readFileSync(join(atDir, path)).equals(readFileSync(join(dir, path))), path).toBe(true)
    }
  }, 60_000)
})
