/**
 * A copied page that ends on a link to the rest of the piece ("Read the rest of this entry »",
 * "Lire la suite", "Continue reading “…”", a pager's "次ページ") holds only its first part: the
 * publication is flagged as truncated and a warning names the link's line, in any language the
 * packs list. The same link above the text, a related-stories link, and a last answer ending on a
 * table's pipe remnant are no cut. Every word here is invented.
 */
import {describe, expect, it} from 'vitest'
import {readPage} from './support/read-page.js'

const paragraphs = (lang: 'en' | 'fr' | 'ja'): string[] =>
  ({
    en: [
      'A ferry for the lake villages',
      'The council voted on Tuesday to run a winter ferry between the three lake villages, after a decade in which the road was the only way out when the snow came early.',
      'Harbour master Ilse Brandvold said the boat would leave twice a day and carry bicycles without charge, a detail the villagers had asked for at every meeting since spring.'
    ],
    fr: [
      'Un bac pour les villages du lac',
      "Le conseil a voté mardi la mise en service d'un bac d'hiver entre les trois villages du lac, après dix ans pendant lesquels la route restait le seul chemin quand la neige tombait tôt.",
      'La capitaine du port, Ilse Brandvold, a indiqué que le bateau partirait deux fois par jour et transporterait les vélos gratuitement, comme les habitants le demandaient depuis le printemps.'
    ],
    ja: [
      '湖の村に冬の渡し船',
      '議会は火曜日、湖畔の三つの村を結ぶ冬の渡し船の運航を決めた。雪が早く降ると道路しか出口がなかった十年を経ての決定で、村人たちは春から毎回の会合でこの船を求めてきた。港の責任者によると一日二便を予定している。',
      '港長のブラントヴォルさんは、自転車は無料で載せると話した。村の人たちが春からずっと求めてきたことだという。冬の間も学校に通う子どもたちのために、朝の便は早めに出すことも検討しているという。'
    ]
  })[lang]

describe('a page that continues elsewhere', () => {
  it.each([
    ['en', 'Read the rest of this entry »', 'post.txt'],
    ['en', 'Continue reading “A ferry for the lake villages”', 'post.txt'],
    ['fr', 'Lire la suite', 'billet.txt'],
    ['ja', '1 2 3 次ページ', 'kiji.txt']
  ] as const)('%s: "%s" after the last paragraph flags the text as cut', (lang, link, path) => {
    const page = [...paragraphs(lang), link, 'Posted in Local | Leave a comment']
    const publication = readPage(page, path)
    expect(publication.truncated).toBe(true)
    const warning = publication.warnings.find((w) => w.code === 'source/truncated')
    expect(warning?.line).toBe(7)
    expect(warning?.message).toContain('another page')
  })

  it('a link to the rest placed above the text, or a related link, is no cut', () => {
    const above = readPage(['Read more', ...paragraphs('en')])
    expect(above.truncated).toBe(false)
    const related = readPage([
      ...paragraphs('en'),
      'Read more: How the old bridge was saved from the spring flood in 1962'
    ])
    expect(related.truncated).toBe(false)
  })

  it("a last answer ending on a table's pipe remnant is finished text", () => {
    const interview = readPage([
      'Talking to the harbour master',
      'Q | When does the ferry start? |',
      'A | In the first week of December, if the ice allows it. |',
      'Q | Will it carry bicycles? |',
      'A | Yes, and without charge, as the villagers asked. |'
    ])
    expect(interview.truncated).toBe(false)
  })
})
