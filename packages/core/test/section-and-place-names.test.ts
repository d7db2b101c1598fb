/**
 * A section label, a genre word and a place are not the people or outlets of a piece (field case 03's
 * kind, issue 22): "NEWS DESK | South Asia" over the headline was the outlet "NEWS DESK", "حوار | مياه"
 * (Interview | Water) and "گفتگو | اقتصاد" the outlets "حوار" and "گفتگو", and "… a weekly in New
 * Delhi. She spoke to Daniel Reyes" made "New Delhi" an interviewer; in a script without capitals a
 * short line of the head was a byline whatever it said ("من إب", from Ibb, and the outlet "النسر الفني",
 * printed in quotes in the intro, were interviewers in corpus/train). Invented sources of the same kinds.
 */
import {describe, expect, it} from 'vitest'
import {normalizeSource, type Publication} from '../src/index.js'

const text = (source: string, name = 'input.txt'): Publication => {
  const result = normalizeSource({path: name, bytes: new TextEncoder().encode(source), meta: null})
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '))
  return result.publication
}

const interview = (head: string, intro: string) =>
  text(
    [
      head,
      'Interview: "The river is our road"',
      'Published: 3 March 2025',
      intro,
      'Ana Lima: Why do you still take the boat?',
      'Rui Costa: Because the road floods every spring, and the boat never does.',
      'Ana Lima: What would change that?',
      'Rui Costa: A bridge, and nobody has promised one yet.'
    ].join('\n\n')
  )

describe('a desk or section label names no outlet', () => {
  for (const head of ['NEWS DESK | Europe', 'News Desk – Americas', 'CITY DESK | Lisbon', 'Interview | Transport'])
    it(`takes no outlet from "${head}"`, () => {
      const publication = interview(head, 'Rui Costa runs a ferry on the Tagus. Ana Lima asked him about it.')
      expect(publication.outlets.map((outlet) => outlet.name)).toEqual([])
    })

  for (const [head, lang] of [
    ['حوار | مياه', 'ar'],
    ['مقابلة | رياضة', 'ar'],
    ['گفتگو | اقتصاد', 'fa'],
    ['گفت‌وگو | فرهنگ', 'fa']
  ] as const)
    it(`takes no outlet from the genre word of "${head}"`, () => {
      const body =
        lang === 'ar'
          ? [
              '«النهر طريقنا»',
              'الأحد ١٦ نوفمبر ٢٠٢٥',
              'قال صاحب العبّارة في حوار قصير إن الطريق يغرق كل ربيع، وإن القارب لا يغرق أبدا، وإن الناس ما زالوا ينتظرون الجسر.',
              'وأضاف أن أحدا لم يعد ببناء جسر حتى الآن، وأن الرحلة تستغرق ساعة كاملة في الشتاء.'
            ]
          : [
              '«رودخانه راه ماست»',
              '۲۰ مهر ۱۴۰۴',
              'صاحب قایق در یک گفتگو و گفت‌وگو کوتاه گفت جاده هر بهار زیر آب می‌رود و قایق هرگز، و مردم هنوز منتظر پل هستند.',
              'او افزود که هنوز کسی وعده ساختن پل را نداده و سفر در زمستان یک ساعت کامل طول می‌کشد.'
            ]
      const publication = text([head, ...body].join('\n\n'))
      expect(publication.lang).toBe(lang)
      expect(publication.outlets.map((outlet) => outlet.name)).toEqual([])
      expect(publication.people.map((person) => person.name)).toEqual([])
    })
})

describe('a place is not the one who spoke', () => {
  it('reads "… from Porto Alegre. He spoke to Ana Lima" without a person "Porto Alegre"', () => {
    const publication = interview(
      'Rivers',
      'Rui Costa runs a ferry from Porto Alegre. He spoke to Ana Lima about the floods.'
    )
    const people = publication.people.map((person) => [person.name, person.role])
    expect(people).toEqual(
      expect.arrayContaining([
        ['Ana Lima', 'interviewer'],
        ['Rui Costa', 'interviewee']
      ])
    )
    expect(people.map(([name]) => name)).not.toContain('Porto Alegre')
  })

  it('reads "the ferry\'s owner in Porto Alegre spoke to Ana Lima" without a person "Porto Alegre"', () => {
    const publication = interview('Rivers', 'The ferry’s owner in Porto Alegre spoke to Ana Lima about the floods.')
    expect(publication.people.map((person) => person.name)).not.toContain('Porto Alegre')
    expect(publication.people.find((person) => person.name === 'Ana Lima')?.role).toBe('interviewer')
  })
})

describe('a short line without capitals is a byline only when it names a person', () => {
  // An Arabic interview's head: the headline, one short line, the date; then two turns.
  const arabic = (line: string) =>
    text(
      [
        'حوار مع صاحب العبّارة: النهر طريقنا',
        line,
        'الأحد ١٦ نوفمبر ٢٠٢٥',
        'س: لماذا ما زلت تركب القارب؟',
        'ج: لأن الطريق يغرق كل ربيع، والقارب لا يغرق أبدا.',
        'س: وما الذي قد يغير ذلك؟',
        'ج: جسر، ولم يعد أحد ببنائه حتى الآن.'
      ].join('\n\n'),
      'ferry-ar.txt'
    )

  for (const [line, what] of [
    ['من إب', 'a place after its preposition (from Ibb)'],
    ['رئيس التحرير', 'a newsroom role (editor-in-chief)'],
    ['بوابة الميناء', 'an outlet (a portal)']
  ] as const)
    it(`takes no person from "${line}", ${what}`, () => {
      expect(arabic(line).people.map((person) => person.name)).not.toContain(line)
    })

  it('takes no person from a line the text prints in quotation marks, an outlet’s name', () => {
    const publication = text(
      [
        'صاحب العبّارة لـ"صوت الميناء": النهر طريقنا (حوار)',
        'صوت الميناء',
        'في هذا اللقاء الخاص مع "صوت الميناء"، يتحدث صاحب العبّارة عن الجسر الذي لم يأت بعد.',
        'س: لماذا ما زلت تركب القارب؟',
        'ج: لأن الطريق يغرق كل ربيع، والقارب لا يغرق أبدا.',
        'س: وما الذي قد يغير ذلك؟',
        'ج: جسر، ولم يعد أحد ببنائه حتى الآن.'
      ].join('\n\n'),
      'ferry-outlet-ar.txt'
    )
    expect(publication.people.map((person) => person.name)).not.toContain('صوت الميناء')
  })

  it('still takes a name alone on its line as the interviewer', () => {
    expect(arabic('سلمى الحداد').people.map((person) => [person.name, person.role])).toEqual([
      ['سلمى الحداد', 'interviewer']
    ])
  })
})
