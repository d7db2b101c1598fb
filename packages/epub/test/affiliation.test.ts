/**
 * Who asked, and for whom (issue 22), in the EPUB: each question's label prints what the asker's
 * label said in brackets ("Luis Moreno (El País): "), and a press conference's byline credits the
 * reporters with questions, not as interviewers ("…, with questions from Anna Weber (Reuters) and
 * Luis Moreno (El País)"), each minister under one form of the name, on the title page too. Fixture:
 * core's press conference where two ministers answer (in the speaker set EPUBCheck and Ace check);
 * the byline and questions are compared with a reviewed golden file, read, never written here.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {bytesOf, speakerBooks} from './books.js'
import {unzipEpub} from './unzip.js'

describe('render where reporters ask for their outlets', async () => {
  const {corpus, files} = await speakerBooks()
  const id = corpus.publications.find((p) => p.source.path === 'press-conference-two-answer-one-question.txt')!.id
  const book = await unzipEpub(bytesOf(files.find((file) => file.path === `${id}.epub`)!))
  const doc = (href: string) => book.spine.find((candidate) => candidate.href === href)!.xhtml

  it('labels each question and credits the press as reviewed in golden/affiliation.xhtml', () => {
    const text = doc('text.xhtml')
    const byline = /<p class="byline">.*?<\/p>/.exec(text)?.[0] ?? ''
    const questions = text.match(/<h2 [^>]*class="question".*?<\/h2>/g) ?? []
    const golden = readFileSync(new URL('./golden/affiliation.xhtml', import.meta.url), 'utf8')
    expect(`${[byline, ...questions].join('\n')}\n`).toBe(golden)
  })

  it('says the same on the title page, and never that the reporters interviewed', () => {
    expect(doc('titlepage.xhtml')).toContain(
      'Minister Okafor and Minister Lindqvist, with questions from Anna Weber (Reuters) and Luis Moreno (El Pa&#xED;s)'
    )
    for (const {xhtml} of book.spine) expect(xhtml).not.toContain('interviewed by')
  })

  it('lists the reporters as contributors with the MARC relator ctb, not ivr (block-kinds pins ivr for a real interviewer)', () => {
    const roles = [
      ...book.opf.matchAll(
        /<dc:(creator|contributor) id="([^"]+)">([^<]+)<\/dc:\1>\s*<meta refines="#\2" property="role" scheme="marc:relators">(\w+)<\/meta>/g
      )
    ].map((m) => [m[1], m[3], m[4]])
    expect(roles).toEqual([
      ['creator', 'Minister Okafor', 'ive'],
      ['creator', 'Minister Lindqvist', 'ive'],
      ['contributor', 'Anna Weber', 'ctb'],
      ['contributor', 'Luis Moreno', 'ctb']
    ])
  })
})
