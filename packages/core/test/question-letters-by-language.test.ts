/**
 * Question and answer letters are read in the page's language only (questions/by-letter.ts):
 * Turkish "S:" asks and "C:" answers, Swedish "F:" asks and "S:" answers, and an Italian "D:" asks
 * even where the answers carry no letter. Every sentence here is invented.
 */
import {toString} from 'mdast-util-to-string'
import {describe, expect, it} from 'vitest'
import {readPage as read} from './support/read-page.js'

describe('question and answer letters of the page language', () => {
  it('reads Turkish S: and C: as question and answer', () => {
    const publication = read([
      'Liman müdürü yeni iskeleyi anlattı',
      'Eski iskelenin yerine yapılan yeni yapı gelecek ay açılıyor. Müdürle konuştuk.',
      'S: Yeni iskele ne zaman açılacak?',
      'C: Her şey yolunda giderse ayın on beşinde. Son denetimler sürüyor.',
      'S: Eski vapur ne olacak?',
      'C: Müzeye dönüştürülecek. Belediye bu konuda karar verdi.',
      'S: Bilet fiyatları değişecek mi?',
      'C: Hayır, ilk yıl aynı kalacak.'
    ])
    expect(publication.kind).toBe('interview')
    expect(publication.qa.map((q) => q.question.text)).toEqual([
      'Yeni iskele ne zaman açılacak?',
      'Eski vapur ne olacak?',
      'Bilet fiyatları değişecek mi?'
    ])
    expect(toString(publication.qa[0]!.answer[0]!.tree)).toMatch(/^Her şey/)
  })

  it('reads Swedish S: as the answer', () => {
    const publication = read([
      'Hamnchefen om den nya piren',
      'Den gamla piren ersätts av en ny som öppnar nästa månad. Vi talade med hamnchefen om bygget.',
      'F: När öppnar den nya piren för allmänheten?',
      'S: Om allt går enligt plan den femtonde. De sista kontrollerna pågår fortfarande.',
      'F: Vad händer med den gamla färjan som legat vid kajen?',
      'S: Den blir ett museum. Kommunen har redan fattat beslutet om det.',
      'F: Blir biljetterna dyrare när piren är klar?',
      'S: Nej, priserna ligger kvar under hela det första året.'
    ])
    expect(publication.lang).toBe('sv')
    expect(publication.kind).toBe('interview')
    expect(publication.qa.map((q) => q.question.text)[0]).toBe('När öppnar den nya piren för allmänheten?')
    expect(toString(publication.qa[0]!.answer[0]!.tree)).toMatch(/^Om allt/)
  })

  it('reads Italian D: questions whose answers carry no letter', () => {
    const publication = read([
      'Il capitano del porto racconta il nuovo molo',
      'Il vecchio molo sarà sostituito il mese prossimo. Abbiamo parlato con il capitano dei lavori.',
      'D: Quando aprirà il nuovo molo?',
      'Se tutto va bene il quindici. Mancano gli ultimi controlli sulla struttura.',
      'D: Che cosa succederà al vecchio traghetto?',
      'Diventerà un museo. Il comune ha già deciso.',
      'D: I biglietti costeranno di più?',
      'No, i prezzi resteranno uguali per tutto il primo anno.'
    ])
    expect(publication.kind).toBe('interview')
    expect(publication.qa.map((q) => q.question.text)).toEqual([
      'Quando aprirà il nuovo molo?',
      'Che cosa succederà al vecchio traghetto?',
      'I biglietti costeranno di più?'
    ])
  })
})
