/**
 * Two conventions of interviews that hold in every script (issue 20: signals, not page rules):
 *
 * - a headline quotes the one interviewed and names them beside the quote ("Name: «…»",
 *   "Name “…”", "«…»: Name, role") — `quoteSpeaker`, read when nothing else named the guest;
 * - answers printed as speech, each paragraph wholly in quotes after an unquoted question: two such
 *   pairs make an interview, where bare questions alone need three.
 *
 * Every name and sentence here is invented.
 */
import {describe, expect, it} from 'vitest'
import {readPage as read} from './support/read-page.js'
import {quoteSpeaker} from '../src/lib/normalize/facts/people.js'

describe('the speaker a headline quotes', () => {
  it.each([
    ['Kamerlid Joris ter Welle: ‘Wij wachten al twee jaar op de brug’', 'Joris ter Welle'],
    ['Η Ελπίδα Μαυρίδου στο radiofaros: «Η πρωινή ζώνη θέλει υπομονή»', 'Ελπίδα Μαυρίδου'],
    ['«La radio es memoria, no ruido»: Aurelio Castañeda, locutor', 'Aurelio Castañeda'],
    ['앵커 노은별 “지역 뉴스도 속도가 중요합니다”', '노은별'],
    ['하서진 “새 시즌에도 웃음은 계속된다” [일문일답]', '하서진'],
    ['林冬雨：“渡口的灯不会熄灭”', '林冬雨'],
    ['سلمى القرشي: «المكتبة بيت ثان»', 'سلمى القرشي']
  ])('%s → %s', (title, name) => {
    expect(quoteSpeaker(title)).toBe(name)
  })

  it.each([
    // A role alone, a place alone, a sentence around the quote, a quote too short to be speech.
    'Il sindaco: «Il ponte aprirà in estate»',
    'Lisbon: «The tram returns»',
    'Why the harbour board says “not yet” to the new pier plan',
    'Marta Ruiz: “Sí”',
    'A headline with no quote at all'
  ])('names nobody in %s', (title) => {
    expect(quoteSpeaker(title)).toBeNull()
  })

  it('makes the quoted speaker the one interviewed when no label or sentence names them', () => {
    const publication = read([
      'Kamerlid Joris ter Welle: ‘Wij wachten al twee jaar op de brug’',
      'Door Sanne Olthof',
      '1. Waarom duurt het zo lang?',
      'De aannemer is twee keer failliet gegaan en de provincie moest opnieuw aanbesteden.',
      '2. Wanneer rijdt de eerste bus over de brug?',
      'Als alles meezit in het voorjaar, maar ik beloof niets meer.',
      '3. Wat vindt u van de omleiding?',
      'Die kost iedere forens een half uur per dag, en dat is te veel.'
    ])
    expect(publication.kind).toBe('interview')
    const guest = publication.people.find((p) => p.role === 'interviewee')
    expect(guest?.name).toContain('Joris ter Welle')
    expect(guest?.evidence).toMatch(/^headline quoting its speaker/)
  })
})

it('keeps a role word out of a name in a script without case', () => {
  const publication = read([
    '앵커 노은별 “지역 뉴스도 속도가 중요합니다”',
    '지역 방송국의 저녁 뉴스를 십 년째 진행하는 그를 만났다.',
    'Q. 가장 기억에 남는 방송은 무엇인가요?',
    'A. 태풍이 왔던 밤입니다. 밤새 현장을 연결했습니다.',
    'Q. 요즘 시청자는 무엇을 원하나요?',
    'A. 빠르면서도 정확한 소식입니다.',
    'Q. 앞으로의 계획은요?',
    'A. 동네 이야기를 더 많이 전하고 싶습니다.'
  ])
  expect(publication.kind).toBe('interview')
  expect(publication.people.find((p) => p.role === 'interviewee')?.name).toBe('노은별')
})

describe('answers printed wholly in quotes', () => {
  const interview = [
    'Riva Nuova',
    'Twee vragen aan de havenmeester',
    'Waarom heeft u deze baan aangenomen?',
    '‘Omdat ik de haven al veertig jaar ken, van de kade tot de sluis.’',
    'Welke boot mist u het meest?',
    '‘De oude veerpont, zonder twijfel. Die rook naar teer en koffie.’'
  ]

  it('reads two unquoted questions each answered by a quotation as an interview', () => {
    const publication = read(interview)
    expect(publication.kind).toBe('interview')
    expect(publication.qa.map((q) => q.question.text)).toEqual([
      'Waarom heeft u deze baan aangenomen?',
      'Welke boot mist u het meest?'
    ])
  })

  it('keeps an article whose one question is followed by a quotation', () => {
    const publication = read([
      'De haven krijgt een nieuwe sluis',
      'De provincie heeft het geld voor de nieuwe sluis eindelijk vrijgemaakt, na zes jaar van studies en bezwaren.',
      'Waarom duurde het zo lang?',
      '‘De grond bleek zachter dan gedacht,’ zegt een woordvoerder van de provincie.',
      'De bouw begint in maart en duurt naar verwachting twee jaar.',
      'Tot die tijd vaart de veerpont volgens de winterdienstregeling.'
    ])
    expect(publication.kind).toBe('article')
  })

  it('needs every question to be answered by a quotation, not one of two', () => {
    const mixed = [...interview]
    mixed[5] = 'De oude veerpont, zonder twijfel. Die rook naar teer en koffie.'
    expect(read(mixed).kind).toBe('article')
  })
})
