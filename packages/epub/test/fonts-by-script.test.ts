/**
 * The book's typeface covers the letters of its text (issue 22: "the EPUB embeds only a basic Latin
 * subset, so ğ ş Ł č come from the reader's own font in mid-word"): each Source Serif 4 subset the
 * text needs is embedded with its `unicode-range`, Latin last, and none it does not need.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {buildCorpus} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {fontSubsetsFor, serifSubsets} from '../src/lib/fonts.js'
import {render} from '../src/index.js'
import {renderOptions} from './helpers.js'
import {unzipEpub} from './unzip.js'

const interview = (title: string, question: string, answer: string) =>
  `${title}\n\nQ: ${question}\n\nA: ${answer}\n\nQ: And then?\n\nA: ${answer}\n`

describe('fontSubsetsFor', () => {
  it('needs Latin alone for English, and the subset of each other letter', () => {
    expect(fontSubsetsFor('Plain English, with “quotes” – and a dash.')).toEqual(['latin'])
    expect(fontSubsetsFor('Doğu Şehri, Łódź i Černá Hora')).toEqual(['latin-ext', 'latin'])
    expect(fontSubsetsFor('Новости из порта')).toEqual(['cyrillic', 'latin'])
    expect(fontSubsetsFor('Ελληνικά και Tiếng Việt')).toEqual(['vietnamese', 'greek', 'latin'])
    // Scripts Source Serif 4 does not draw need none of its subsets (their fonts are the reader's).
    expect(fontSubsetsFor('كراچی 北京')).toEqual(['latin'])
  })

  it('uses the unicode-range @fontsource/source-serif-4 gives each subset', () => {
    const css = readFileSync(
      join(dirname(createRequire(import.meta.url).resolve('@fontsource/source-serif-4/LICENSE')), 'index.css'),
      'utf8'
    )
    for (const subset of serifSubsets) {
      const face = new RegExp(`/\\* source-serif-4-${subset.name}-400-normal \\*/[^}]*unicode-range: ([^;]+);`).exec(
        css
      )
      expect(face?.[1], subset.name).toBe(subset.unicodeRange)
    }
  })
})

describe('a book in Turkish, Polish or Russian', () => {
  it('embeds the subsets its letters need, each with its unicode-range, Latin last; an English one embeds Latin alone', async () => {
    const corpus = buildCorpus({
      sources: [
        {
          path: 'tr.txt',
          meta: null,
          bytes: new TextEncoder().encode(
            interview('Doğu limanı', 'Şehir nasıl büyüdü?', 'Ağır yükler gemilerle geldi ve çarşı genişledi.')
          )
        },
        {
          path: 'pl.txt',
          meta: null,
          bytes: new TextEncoder().encode(
            interview('Port w Łodzi', 'Jak rosło miasto?', 'Statki przywoziły ciężkie ładunki, a targ się powiększał.')
          )
        },
        {
          path: 'ru.txt',
          meta: null,
          bytes: new TextEncoder().encode(
            interview('Новый порт', 'Как рос город?', 'Корабли привозили тяжёлые грузы, и рынок становился больше.')
          )
        },
        {
          path: 'en.txt',
          meta: null,
          bytes: new TextEncoder().encode(
            interview(
              'The new port',
              'How did the town grow?',
              'Ships brought heavy loads, and the market grew larger.'
            )
          )
        }
      ],
      collection: null
    })
    const files = await render(corpus, renderOptions())
    const fontsOf = async (path: string) => {
      const file = files.find(
        (candidate) => candidate.path === `${corpus.publications.find((p) => p.source.path === path)!.id}.epub`
      )!
      const book = await unzipEpub((file as {contents: Uint8Array}).contents)
      const css = await book.zip.file(book.names.find((name) => name.endsWith('.css'))!)!.async('string')
      return {
        fonts: book.names.filter((name) => /\/fonts\/./.test(name)).map((name) => name.replace(/^.*\/fonts\//, '')),
        ranges: [...css.matchAll(/unicode-range: ([^;]+);/g)].map((match) => match[1])
      }
    }
    const turkish = await fontsOf('tr.txt')
    expect(turkish.fonts.filter((name) => name.includes('latin-ext'))).toHaveLength(3)
    expect(turkish.ranges.at(-1)).toBe(serifSubsets.at(-1)!.unicodeRange)
    expect((await fontsOf('pl.txt')).fonts.some((name) => name.startsWith('source-serif-4-latin-ext-400-normal'))).toBe(
      true
    )
    const russian = await fontsOf('ru.txt')
    expect(russian.fonts.filter((name) => /^source-serif-4-cyrillic-\d/.test(name))).toHaveLength(3)
    expect(russian.fonts.some((name) => name.includes('greek'))).toBe(false)
    const english = await fontsOf('en.txt')
    expect(english.fonts.sort()).toEqual([
      'source-serif-4-latin-400-italic.woff2',
      'source-serif-4-latin-400-normal.woff2',
      'source-serif-4-latin-700-normal.woff2'
    ])
    // The collection's book carries the union.
    const collection = await unzipEpub(
      (files.find((file) => file.path === `${corpus.collection.id}.epub`) as {contents: Uint8Array}).contents
    )
    const all = collection.names.filter((name) => name.includes('/fonts/'))
    expect(all.some((name) => name.includes('latin-ext')) && all.some((name) => name.includes('-cyrillic-'))).toBe(true)
  })
})
