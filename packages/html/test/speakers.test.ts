/**
 * Who asked and who answered (issue 22), on the site: the labels come from core's presentation,
 * so the colon is the publication's language's ("Marc Fesneau : " with a no-break space in French,
 * as the EPUB and the PDF print it). Core's press conferences with two answerers, in French and in
 * Persian; the English page's questions and answers are a golden file.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {buildCorpus, type SourceInput} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {buildSite, text} from './helpers.js'

const fixture = (name: string): SourceInput => ({
  path: `${name}.txt`,
  bytes: readFileSync(fileURLToPath(new URL(`../../core/test/fixtures/${name}/input.txt`, import.meta.url))),
  meta: null
})
const corpus = buildCorpus({
  sources: [
    fixture('press-conference-two-answerers'),
    fixture('press-conference-french-colon'),
    fixture('press-conference-persian-speakers')
  ],
  collection: null
})

describe('the site with speaker labels', async () => {
  const site = await buildSite(corpus)
  const pageOf = (source: string) => {
    const id = corpus.publications.find((p) => p.source.path === source)!.id
    return text(site.files.find((file) => file.path === `${id}.html`))
  }
  const english = pageOf('press-conference-two-answerers.txt')

  it('writes the questions and answers with their speakers as reviewed in golden/speakers.qa.html', async () => {
    const list = /<div class="qa-list">[\s\S]*?<\/section><\/div>/.exec(english)![0]
    await expect(`${list}\n`).toMatchFileSnapshot('./golden/speakers.qa.html')
    expect(list).toContain(
      '<span class="speaker"><a href="people/anna-weber.html">Anna Weber</a> (Reuters): </span>Minister Okafor, when will'
    )
    // The label as printed links the person it names, under the fullest name the labels print.
    expect(list).toMatch(
      /<div class="answer"><p class="speaker"><a href="people\/minister-lindqvist.html">Minister Lindqvist<\/a>:<\/p><p>Wholesale prices/
    )
  })

  it('puts the French no-break space before the colon, and keeps the Persian labels', () => {
    const french = pageOf('press-conference-french-colon.txt')
      .replaceAll('&#xA0;', '\u00A0')
      .replaceAll('&nbsp;', '\u00A0')
    // Each name links its person's page; the colon and space stay outside the link.
    expect(french).toContain(
      '<span class="speaker"><a href="people/julien-roux.html">Julien Roux</a> (Ouest-France)\u00A0: </span>'
    )
    expect(french).toContain('<p class="speaker"><a href="people/marc-fesneau.html">Marc Fesneau</a>\u00A0:</p>')
    const persian = pageOf('press-conference-persian-speakers.txt')
    expect(persian).toMatch(
      /<span class="speaker"><a href="people\/name--[0-9a-f]{12}\.html">مریم احمدی<\/a> \(ایرنا\): <\/span>/
    )
    expect(persian).toMatch(/<p class="speaker"><a href="people\/name--[0-9a-f]{12}\.html">ناصر کنعانی<\/a>:<\/p>/)
  })
})
