/**
 * Who answered each turn (issue 22), on the site: where two or more people answer one question in
 * turn, each speaker's paragraphs are labelled with their own name (core's label, linking their
 * page), as the first answerer's are, and a later turn is listed on its speaker's page. Fixture:
 * core's press conference where two ministers answer one question; the answers are compared with
 * a reviewed golden file, read, never written here.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {buildCorpus} from '@dossier/core'
import {fromHtml} from 'hast-util-from-html'
import {select, selectAll} from 'hast-util-select'
import {toString} from 'hast-util-to-string'
import {describe, expect, it} from 'vitest'
import {buildSite, text} from './helpers.js'

const name = 'press-conference-two-answer-one-question'
const corpus = buildCorpus({
  sources: [
    {
      path: `${name}.txt`,
      bytes: readFileSync(fileURLToPath(new URL(`../../core/test/fixtures/${name}/input.txt`, import.meta.url))),
      meta: null
    }
  ],
  collection: null
})

describe('the site where two people answer one question', async () => {
  const site = await buildSite(corpus)
  const page = text(site.files.find((file) => file.path === `${corpus.publications[0]!.id}.html`))

  it('labels each speaker’s turn of an answer, as reviewed in golden/answer-turns.answers.html', () => {
    const answers = page.match(/<div class="answer">[\s\S]*?<\/div>/g) ?? []
    const golden = readFileSync(new URL('./golden/answer-turns.answers.html', import.meta.url), 'utf8')
    expect(`${answers.join('\n')}\n`).toBe(golden)
    // No label is left inside the words of an answer.
    expect(answers.join('').replace(/<p class="speaker">.*?<\/p>/g, '')).not.toMatch(/Minister/)
  })

  it('lists a later turn of an answer on its speaker’s page', () => {
    const person = fromHtml(text(site.files.find((file) => file.path === 'people/minister-lindqvist.html')))
    const turns = selectAll('.turns li', person).map((item) => [
      select('a', item)?.properties['href'],
      toString(select('.excerpt', item)!)
    ])
    expect(turns[0]).toEqual([
      `../${corpus.publications[0]!.id}.html#q1`,
      'We will ask for residents to be exempt from the first month.'
    ])
    expect(turns).toHaveLength(4)
  })
})
