/**
 * Who asked, and for whom (issue 22), on the site: a question's label prints what the asker's label
 * said in brackets after the linked name ("Luis Moreno (El País): "), and a press conference's
 * byline credits the reporters with questions ("…, with questions from Anna Weber (Reuters) and
 * Luis Moreno (El País)"), each minister under one form of the name. Fixture: core's press
 * conference where two ministers answer; the byline and the questions are compared with a reviewed
 * golden file, read, never written here. The reporter's page names the outlet beside the role.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {buildCorpus} from '@dossier/core'
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

describe('the site where reporters ask for their outlets', async () => {
  const site = await buildSite(corpus)
  const id = corpus.publications[0]!.id
  const page = text(site.files.find((file) => file.path === `${id}.html`))

  it('labels each question and credits the press as reviewed in golden/affiliation.html', () => {
    const byline = /<p class="byline">.*?<\/p>/.exec(page)?.[0] ?? ''
    const questions = page.match(/<h2 class="question".*?<\/h2>/g) ?? []
    const golden = readFileSync(new URL('./golden/affiliation.html', import.meta.url), 'utf8')
    expect(`${[byline, ...questions].join('\n')}\n`).toBe(golden)
    expect(page).not.toContain('interviewed by')
  })

  it('says the same in the page description', () => {
    expect(page).toContain(
      '<meta name="description" content="Press conference · Minister Okafor and Minister Lindqvist, with questions from Anna Weber (Reuters) and Luis Moreno (El País) · 12 March 2025">'
    )
  })

  it('names the outlet on the reporter’s page', () => {
    const person = text(site.files.find((file) => file.path === 'people/luis-moreno.html'))
    expect(person).toContain('<span>Interviewer</span>, <span>El País</span>')
  })
})
