/**
 * Who is who when the page names people through their office or labels only its first turn:
 * a title before a name is dropped in the page's language ("Prezydent", "Замглавы"), an
 * institution's acronym in the run is no part of the name ("МИД Олег Рябинин"), and an interview
 * whose first question and first answer alone carry the speakers' names ("Anna Lis, Jan Wir: …",
 * "Adam Nowak: …", then bare turns) names its interviewers and interviewee. Every word is invented.
 */
import {describe, expect, it} from 'vitest'
import {readPage} from './support/read-page.js'

const roles = (paragraphs: string[]) =>
  readPage(paragraphs)
    .people.map((p) => [p.name, p.role])
    .sort()

describe('titles, acronyms and first labels', () => {
  it('names the guest after a title and an acronym in the intro', () => {
    const people = roles([
      'Отношения с соседями: что дальше',
      'Замглавы МИД Олег Ранцев рассказал нашему изданию о самых острых вопросах отношений двух стран.',
      'Когда начнутся переговоры?',
      'Думаю, уже весной. Обе стороны к этому готовы, и повестка согласована.',
      'А что с визами?',
      'Визовый режим останется прежним до конца года, потом посмотрим.',
      'Будут ли новые консульства?',
      'Одно откроется летом, в приграничном городе, где живёт больше всего наших граждан.'
    ])
    expect(people).toEqual([['Олег Ранцев', 'interviewee']])
  })

  it('reads the people of a Polish interview whose first turns alone are labelled', () => {
    const people = roles([
      'Rozmowa o mostach',
      'Prezydent miasta w rozmowie z naszym tygodnikiem mówi o mostach, o rzece i o budżecie na przyszły rok.',
      'Anna Lisowska, Jan Wirski: Czy pan prezydent był zwolennikiem budowy trzeciego mostu?',
      'Adam Nowicki: Oczywiście. Miasto rośnie na obu brzegach i potrzebuje trzeciej przeprawy.',
      'Zatem dlaczego budowa zaczyna się dopiero teraz?',
      'Bo wcześniej nie było pieniędzy. Teraz budżet na to pozwala.',
      'Kiedy most zostanie otwarty?',
      'Jeśli zima będzie łagodna, za dwa lata.'
    ])
    expect(people).toEqual([
      ['Adam Nowicki', 'interviewee'],
      ['Anna Lisowska', 'interviewer'],
      ['Jan Wirski', 'interviewer']
    ])
  })
})
