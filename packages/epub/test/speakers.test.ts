/**
 * Who asked and who answered (issue 22), in the EPUB: the asker's label opens the question and the
 * answerer's label stands before the answer (`<p class="speaker">`), as on the site, with the colon
 * of the publication's language. Core's press conferences with two answerers, in French (a
 * no-break space before the colon) and in Persian; their books are in the sets EPUBCheck and Ace
 * check (`books.ts`). The English text's questions and answers are a golden file.
 */
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {bytesOf, speakerBooks} from './books.js'
import {unzipEpub} from './unzip.js'

/** XHTML with its hexadecimal character references decoded. */
const decoded = (xhtml: string) =>
  xhtml.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))

describe('render with speaker labels', async () => {
  const {corpus, files} = await speakerBooks()
  /** The text document of the book of the publication read from `source`. */
  const textOf = async (source: string) => {
    const id = corpus.publications.find((p) => p.source.path === source)!.id
    const book = await unzipEpub(bytesOf(files.find((file) => file.path === `${id}.epub`)!))
    return book.spine.find((doc) => doc.href === 'text.xhtml')!.xhtml
  }
  const english = await textOf('press-conference-two-answerers.txt')

  it('writes the questions and answers with their speakers as reviewed in golden/speakers.qa.xhtml', async () => {
    const turns = english.slice(
      english.indexOf('<section id="q1"'),
      english.lastIndexOf('</section>', english.indexOf('</body>'))
    )
    await expect(`${turns.trim()}\n`).toMatchFileSnapshot(
      fileURLToPath(new URL('./golden/speakers.qa.xhtml', import.meta.url))
    )
  })

  it('labels each answer with its own answerer, and each question with its asker', () => {
    expect(english).toMatch(
      /<span class="number">1\. <\/span><span class="speaker">Anna Weber \(Reuters\): <\/span>Minister Okafor, when will/
    )
    expect(english).toMatch(/<div class="answer">\s*<p class="speaker">Minister Okafor:<\/p>\s*<p>The first trains/)
    expect(english).toMatch(/<div class="answer">\s*<p class="speaker">Minister Lindqvist:<\/p>\s*<p>Wholesale prices/)
  })

  it('keeps the French no-break space before the colon, and the Persian labels in the text’s direction', async () => {
    const french = await textOf('press-conference-french-colon.txt')
    expect(french).toContain('<span class="speaker">Julien Roux (Ouest-France)&#xA0;: </span>')
    expect(french).toContain('<p class="speaker">Marc Fesneau&#xA0;:</p>')
    // The serializer writes letters outside ASCII as character references.
    const persian = decoded(await textOf('press-conference-persian-speakers.txt'))
    expect(persian).toMatch(/<section [^>]*lang="fa"[^>]*>/)
    expect(persian).toContain('<p class="speaker">ناصر کنعانی:</p>')
    expect(persian).toContain('<span class="speaker">مریم احمدی (ایرنا): </span>')
  })
})

describe('the stylesheet of speaker labels', () => {
  it('indents no label: a later turn’s label starts at the margin as the first does (screenshot of the press conference)', async () => {
    const {renderCss} = await import('../src/lib/css.js')
    const css = renderCss([])
    const rule = /(?:^|\n)p\.speaker \{([^}]*)\}/.exec(css)?.[1] ?? ''
    expect(rule).toMatch(/text-indent: 0/)
  })
})
