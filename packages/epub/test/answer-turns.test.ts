/**
 * Who answered each turn (issue 22), in the EPUB: where two or more people answer one question in
 * turn, each speaker's paragraphs stand under their own label (`<p class="speaker">`), as the first
 * answerer's do, in the publication's own book and in the collection's. Fixture: core's press
 * conference where two ministers answer one question (in the speaker set EPUBCheck and Ace check);
 * the answers are compared with a reviewed golden file, read, never written here.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {bytesOf, speakerBooks} from './books.js'
import {unzipEpub} from './unzip.js'

const answersOf = (xhtml: string) => xhtml.match(/<div class="answer">[\s\S]*?<\/div>/g) ?? []

describe('render where two people answer one question', async () => {
  const {corpus, files} = await speakerBooks()
  const id = corpus.publications.find((p) => p.source.path === 'press-conference-two-answer-one-question.txt')!.id
  const book = await unzipEpub(bytesOf(files.find((file) => file.path === `${id}.epub`)!))
  const text = book.spine.find((doc) => doc.href === 'text.xhtml')!.xhtml

  it('labels each speaker’s turn of an answer, as reviewed in golden/answer-turns.answers.xhtml', () => {
    const golden = readFileSync(new URL('./golden/answer-turns.answers.xhtml', import.meta.url), 'utf8')
    expect(`${answersOf(text).join('\n')}\n`).toBe(golden)
  })

  it('labels the turns the same way in the collection’s book, as reviewed in the same golden file', async () => {
    const own = new Set(corpus.publications.map((publication) => `${publication.id}.epub`))
    const collection = files.find((file) => file.path.endsWith('.epub') && !own.has(file.path))!
    const whole = await unzipEpub(bytesOf(collection))
    const answers = whole.spine.flatMap((doc) => answersOf(doc.xhtml))
    const golden = readFileSync(new URL('./golden/answer-turns.answers.xhtml', import.meta.url), 'utf8')
    expect(answers.join('\n')).toContain(golden.trim())
  })
})
