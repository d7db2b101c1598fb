/**
 * A dash before a paragraph means different things by convention (by-dash.ts): in Finnish and
 * Scandinavian interviews it opens each answer after a bare question; in their news articles it
 * opens quoted speech ("– …, X sanoo."), which is no question. Statement-form prompts marked by a
 * dash (Korean, Japanese) are short beside their answers. A blogger's signature ("--Name") is
 * furniture, a short sentence after a dash is not. Every sentence here is invented.
 */
import {toString} from 'mdast-util-to-string'
import {describe, expect, it} from 'vitest'
import {readPage as read} from './support/read-page.js'

describe('dashes before answers and before quotes', () => {
  it('reads bare questions answered after a dash as an interview, the dash stripped', () => {
    const publication = read([
      'Satamakaupungin pormestari vastasi kolmeen kysymykseen',
      'Pormestari Aino Kettunen kertoi, mitä kaupunki aikoo tehdä vanhalle lauttarannalle.',
      'Mitä lauttarannalle tapahtuu ensi kesänä?',
      '– Rakennamme sinne puiston ja pienen torin. Kioski jää paikalleen.',
      'Kuka maksaa puiston?',
      '– Kaupunki maksaa suurimman osan, loput tulee säätiöltä.',
      '– Sopimus allekirjoitetaan keväällä.',
      'Milloin puisto avataan?',
      '– Toivottavasti juhannukseksi, mutta en lupaa mitään.'
    ])
    expect(publication.kind).toBe('interview')
    expect(publication.qa.map((q) => q.question.text)).toEqual([
      'Mitä lauttarannalle tapahtuu ensi kesänä?',
      'Kuka maksaa puiston?',
      'Milloin puisto avataan?'
    ])
    const firstAnswers = publication.qa.map((q) => toString(q.answer[0]!.tree))
    expect(firstAnswers[0]).toMatch(/^Rakennamme/)
    expect(firstAnswers.every((text) => !/^[–—-]/u.test(text))).toBe(true)
    expect(publication.qa[1]!.answer).toHaveLength(2)
  })

  it('keeps a news article whose quoted speech opens with a dash', () => {
    const publication = read([
      'Piirisihteeri: Lauttaranta pitää säilyttää',
      'Piirisihteeri Tuula Vainion mielestä kaupungin pitää säilyttää vanha lauttaranta.',
      'Kaupunki kertoi maanantaina, että se aikoo myydä rannan tontit yksityisille rakentajille.',
      '– Näin ei saa käydä. Ranta kuuluu kaikille kaupunkilaisille, Vainio sanoo tiedotteessaan.',
      'Kaupunki on perustellut ratkaisua kustannuksilla ja sillä, että lautta ei enää kulje.',
      '– Jos ranta myydään, sitä ei saada koskaan takaisin, Vainio sanoo tiedotteessaan.',
      'Valtuusto käsittelee asiaa seuraavan kerran huhtikuussa.'
    ])
    expect(publication.kind).toBe('article')
  })

  it("removes a blogger's signature after a dash, not a short answer", () => {
    const publication = read([
      'Lauttarannan kesä',
      'Kävin eilen katsomassa vanhaa lauttarantaa, ja kioski oli vihdoin auki koko päivän ajan.',
      'Rannalla oli enemmän väkeä kuin kertaakaan tänä vuonna, ja lautta kulki tunnin välein.',
      '– Marit Solheim'
    ])
    expect(publication.removed.map((r) => r.text)).toContain('– Marit Solheim')
  })
})
