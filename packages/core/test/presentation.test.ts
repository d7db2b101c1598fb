/**
 * The presentation model: the seeds give the byline, facts and provenance every format printed
 * for them; publications in Urdu, Russian and Chinese get their own words, plurals and
 * punctuation; a publication without people, an article and an interview each read as they should.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {seedCorpus} from './helpers/seeds.js'
import {
  briefingFullTextWords,
  briefingHoldsFullTexts,
  briefingPlanOf,
  dateText,
  defaultCollection,
  keyPointsShown,
  normalizeSource,
  present,
  presentCollection,
  type Publication
} from '../src/index.js'

const {corpus, first, second} = seedCorpus()
const collection = corpus.collection
const buildDate = '2023-11-14T22:13:20Z'

/** Normalize an in-memory source with an optional `NAME.meta.yaml` sidecar. */
function publicationOf(name: string, text: string, meta?: string): Publication {
  const result = normalizeSource({
    path: name,
    bytes: new TextEncoder().encode(text),
    meta: meta ? {path: name.replace(/\.\w+$/, '.meta.yaml'), text: meta} : null
  })
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '))
  return result.publication
}

const script = (name: string) => readFileSync(path.join(import.meta.dirname, 'scripts', name, 'input.txt'), 'utf8')

const urdu = publicationOf(
  'karachi-poet.txt',
  [
    'کراچی کی شاعرہ سے گفتگو',
    '',
    'سوال: آپ نے شاعری کب شروع کی؟',
    '',
    'جواب: میں نے بچپن میں شاعری شروع کی۔ میری والدہ مجھے غالب کے اشعار سناتی تھیں۔',
    '',
    'سوال: آج کل آپ کیا لکھ رہی ہیں؟',
    '',
    'جواب: ایک نیا مجموعہ، جو اگلے سال شائع ہوگا۔',
    ''
  ].join('\n'),
  [
    'lang: ur',
    'date: 2024-05-22',
    'people:',
    '  - {name: رخسانہ بیگ, role: interviewee}',
    '  - {name: عمران صدیقی, role: interviewer}',
    '  - {name: سارہ خان, role: interviewer}',
    'outlets:',
    '  - {name: روزنامہ جنگ, role: original}',
    '  - {name: ڈان, role: republisher}',
    ''
  ].join('\n')
)
const russian = publicationOf(
  'corridor.txt',
  script('cyrillic'),
  'date: 2021-03\npeople:\n  - {name: Анна Петрова, role: interviewee}\n  - {name: Иван Смирнов, role: interviewer}\n'
)
const chinese = publicationOf(
  'scholar.txt',
  script('chinese'),
  'date: 2021-07-01\npeople:\n  - {name: 周兰英, role: interviewee}\n  - {name: 王伟, role: interviewer}\n'
)
const article = publicationOf(
  'essay.md',
  [
    '---',
    'title: Why ports matter',
    'kind: article',
    "date: '2019'",
    'people:',
    '  - {name: Jane Doe, role: author}',
    '---',
    '',
    'Ports decide where trade goes, and trade decides where towns grow. That is the whole argument of this essay.',
    '',
    'A second paragraph follows.',
    ''
  ].join('\n')
)
const nobody = publicationOf(
  'anonymous.md',
  '---\ntitle: Notes from the border\nkind: article\n---\n\nThe market opens at dawn and closes when the last truck leaves the yard.\n'
)

/** The same publication with `n` questions, for plural forms. */
const withQuestions = (publication: Publication, n: number): Publication => ({
  ...publication,
  qa: Array.from({length: n}, (_, index) => ({...publication.qa[0]!, id: `q${index + 1}`, number: index + 1}))
})

describe('present (seeds)', () => {
  const one = present(first, collection, {buildDate})
  const two = present(second, collection, {buildDate})

  it('gives seed 000 the byline, facts and credits every format printed', () => {
    expect(one.titleBlock.kicker).toEqual({text: 'Interview', lang: 'en', dir: 'ltr'})
    expect(one.titleBlock.title.text).toBe(first.title.text)
    expect(one.byline.line?.text).toBe('Andrew Korybko interviewed by Muhammad Taimur Khan')
    expect(one.byline.groups.map((group) => [group.label.text, group.names.text])).toEqual([
      ['Interviewee', 'Andrew Korybko'],
      ['Interviewer', 'Muhammad Taimur Khan (Institute of Strategic Studies, Islamabad (ISSI))']
    ])
    expect(one.facts.date).toMatchObject({value: '2017-07', precision: 'month', text: {text: 'July 2017'}})
    expect(one.facts.outlet?.text).toBe('The Diplomatic Insight (July 2017 edition)')
    expect(one.facts.outletLine?.text).toBe(
      'First published in The Diplomatic Insight (July 2017 edition); Republished by Geopolitica.Ru'
    )
    expect(one.facts.length.text).toBe(
      `11 questions, ${first.stats.words} words, about ${first.stats.readingMinutes} min`
    )
    expect(one.credits.creators.map((person) => [person.name, person.relator])).toEqual([['Andrew Korybko', 'ive']])
    expect(one.credits.contributors.map((person) => [person.name, person.relator])).toEqual([
      ['Muhammad Taimur Khan', 'ivr']
    ])
    expect(one.credits.attribution).toEqual(['Andrew Korybko'])
    expect(one.edition?.text).toBe(`From ${collection.title}, edition of 14 November 2023`)
  })

  it('gives seed 000 its provenance and the truncation notice', () => {
    const {provenance} = one
    expect(provenance.heading.text).toBe('Source and provenance')
    expect(provenance.source.text.text).toBe(`000_388b1c817c432ae6.txt (TXT, ${first.source.bytes} bytes)`)
    expect(provenance.source.sha256).toBe(first.source.sha256)
    expect(provenance.outlets.map((outlet) => [outlet.label.text, outlet.name])).toEqual([
      ['Original outlet', 'The Diplomatic Insight'],
      ['Republished by', 'Geopolitica.Ru']
    ])
    expect(provenance.date?.evidence.text.text).toBe(
      'inferred from “which was published in the July 2017 edition of The Diplomatic Insight”'
    )
    expect(provenance.entries.map((entry) => entry.text.text)).toEqual([
      'Original outlet: The Diplomatic Insight (July 2017 edition) — inferred from “which was published in the July 2017 edition of The Diplomatic Insight”',
      'Republished by: Geopolitica.Ru — inferred from “Geopolitica.Ru is republishing”',
      'Date: July 2017 — inferred from “which was published in the July 2017 edition of The Diplomatic Insight”',
      expect.stringMatching(/^Interviewee: Andrew Korybko — inferred from “interview on Russian-Pakistani/),
      expect.stringMatching(
        /^Interviewer: Muhammad Taimur Khan \(Institute of Strategic Studies, Islamabad \(ISSI\)\) — /
      )
    ])
    expect(provenance.removed.byReason).toEqual([
      {rule: 'chrome/repeated-title', reason: 'repeated title', count: 1, lines: [3]}
    ])
    expect(provenance.removed.heading.text).toBe('Removed from the source (1)')
    expect(provenance.removed.summary.text).toBe('1 source line not kept as content: repeated title (line 3).')
    expect(provenance.warnings.items.map((item) => item.text.text)).toEqual([
      expect.stringMatching(/^Line 191: the source stops mid-sentence .*\(source\/truncated\)$/)
    ])
    expect(one.notices.map((notice) => [notice.kind, notice.text.text, notice.detail?.text])).toEqual([
      [
        'truncated',
        'The text ends here because the source is incomplete.',
        'It stops mid-sentence; nothing after this point was available.'
      ]
    ])
    expect(one.notices[0]!.report?.text).toMatch(/^Normalizer: the source stops mid-sentence/)
  })

  it('gives seed 002 its byline, day-precise date, removed lines by reason and key points', () => {
    expect(two.byline.line?.text).toBe('Andrew Korybko interviewed by Adeela Jawad')
    expect(two.facts.date?.text.text).toBe('22 May 2024')
    expect(two.facts.outlet?.name).toBe('OneWorld')
    expect(two.provenance.removed.byReason.map((group) => [group.rule, group.count, group.lines])).toEqual([
      ['chrome/site-header', 1, [1]],
      ['chrome/read-more', 3, [15, 29, 35]]
    ])
    expect(two.provenance.removed.summary.text).toMatch(/^4 source lines not kept as content: site header \(line 1\); /)
    expect(two.provenance.warnings.items.map((item) => item.code)).toEqual(['structure/repaired-numbering'])
    expect(two.notices).toEqual([])
    expect(two.keyPoints.points.map((point) => point.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5'])
    expect(two.keyPoints.points[0]!.quoted?.text).toBe(
      '“Both countries are doing their utmost to adapt to the global systemic transition from unipolarity to multipolarity, and they each have strategic relations with China and shared interests in bolstering trans-continental connectivity.”'
    )
    expect(two.keyPoints.prefix.text).toBe('Opening sentence of the answer: ')
    // The bio names Andrew Korybko, and only him.
    expect(two.labels.about.text).toBe('About Andrew Korybko')
  })

  it('is plain JSON that survives a round trip', () => {
    expect(JSON.parse(JSON.stringify(two))).toEqual(two)
  })
})

describe('present (languages)', () => {
  it('gives an Urdu interview its words, Arabic comma and semicolon, and right-to-left direction', () => {
    const shown = present(urdu, collection)
    expect(shown.dir).toBe('rtl')
    expect(shown.titleBlock.kicker).toEqual({text: 'انٹرویو', lang: 'ur', dir: 'rtl'})
    expect(shown.byline.line).toEqual({text: 'رخسانہ بیگ سے عمران صدیقی اور سارہ خان کی گفتگو', lang: 'ur', dir: 'rtl'})
    expect(shown.byline.groups.map((group) => group.label.text)).toEqual(['انٹرویو دینے والا', 'انٹرویو کرنے والے'])
    expect(shown.facts.date?.text).toEqual({text: '22 مئی، 2024', lang: 'ur', dir: 'rtl'})
    expect(shown.facts.length.text).toBe(`2 سوالات، ${urdu.stats.words} الفاظ، تقریباً 1 منٹ`)
    expect(shown.facts.outletLine?.text).toBe('پہلی اشاعت روزنامہ جنگ؛ دوبارہ اشاعت ڈان')
    expect(shown.keyPoints.prefix.text).toBe('جواب کا پہلا جملہ: ')
    expect(shown.labels.questionsWithCount.text).toBe('سوالات (2)')
    // The normalizer's reports stay English, and say so.
    expect(shown.provenance.heading).toEqual({text: 'ماخذ اور اصلیت', lang: 'ur', dir: 'rtl'})
    expect(shown.provenance.source.text.lang).toBe('en')
  })

  it('gives a Russian interview its date, plural forms and quotation marks', () => {
    const shown = present(russian, collection)
    expect(shown.byline.line?.text).toBe('Анна Петрова, интервью взял(а) Иван Смирнов')
    expect(shown.facts.date?.text.text).toBe('март 2021 г.')
    expect(shown.keyPoints.points[0]!.quoted?.text).toMatch(/^«Потому что он связывает порты и рынки\..*»$/)
    const questions = [1, 2, 5, 21].map((n) => present(withQuestions(russian, n), collection).facts.questions?.text)
    expect(questions).toEqual(['1 вопрос', '2 вопроса', '5 вопросов', '21 вопрос'])
  })

  it('gives a Chinese interview its date, enumeration comma and full-width colon', () => {
    const shown = present(chinese, collection)
    expect(shown.byline.line?.text).toBe('王伟 采访 周兰英')
    expect(shown.facts.date?.text.text).toBe('2021年7月1日')
    expect(shown.facts.length.text).toBe(`2 个问题、${chinese.stats.words} 字、约 1 分钟`)
    expect(shown.keyPoints.prefix.text).toBe('回答的第一句：')
  })

  it('gives a collection page its own language for the words, the publication its own for the text', () => {
    const shown = present(russian, collection, {lang: 'en'})
    expect(shown.lang).toBe('ru')
    expect(shown.titleBlock.title.lang).toBe('ru')
    expect(shown.byline.line).toEqual({text: 'Анна Петрова interviewed by Иван Смирнов', lang: 'en', dir: 'ltr'})
    expect(shown.facts.date?.text.text).toBe('March 2021')
    expect(shown.keyPoints.points[0]!.quoted).toMatchObject({lang: 'ru', text: expect.stringMatching(/^“.*”$/)})
  })

  it('uses the Arabic dual and English words, marked English, for a language without a table', () => {
    const arabic = {...withQuestions(russian, 2), lang: 'ar'}
    expect(present(arabic, collection).facts.questions?.text).toBe('سؤالان')
    const swahili = present({...second, lang: 'sw'}, collection)
    expect(swahili.byline.line).toEqual({text: 'Andrew Korybko interviewed by Adeela Jawad', lang: 'en', dir: 'ltr'})
    expect(swahili.facts.date?.text).toEqual({text: '22 May 2024', lang: 'en', dir: 'ltr'})
  })
})

describe('present (key points of a long transcript)', () => {
  it('shows every question of an ordinary interview as a key point', () => {
    const shown = present(withQuestions(russian, keyPointsShown), collection, {buildDate})
    expect(shown.keyPoints.points).toHaveLength(keyPointsShown)
    expect(shown.keyPoints.more).toBeNull()
  })

  it('shows the first questions of a long transcript and counts the rest, in the plural form of the language', () => {
    const long = present(withQuestions(russian, keyPointsShown + 22), collection, {buildDate})
    expect(long.keyPoints.points.map((point) => point.id).at(-1)).toBe(`q${keyPointsShown}`)
    expect(long.keyPoints.more).toEqual({
      count: 22,
      id: `q${keyPointsShown + 1}`,
      text: {text: 'Ещё 22 вопроса — в полном тексте', lang: 'ru', dir: 'ltr'}
    })
    const english = present(withQuestions(first, keyPointsShown + 1), collection, {buildDate})
    expect(english.keyPoints.more?.text.text).toBe('1 more question, in the full text')
    expect(english.keyPoints.introduction.text).toMatch(/^Each question with the first sentence of its answer/)
  })
})

describe('present (kinds and people)', () => {
  it('reads an article as "By" its author, without a question count, with one key point', () => {
    const shown = present(article, collection)
    expect(shown.titleBlock.kicker.text).toBe('Article')
    expect(shown.byline.line?.text).toBe('By Jane Doe')
    expect(shown.facts.questions).toBeNull()
    expect(shown.facts.length.text).toBe(`${article.stats.words} words, about 1 min`)
    expect(shown.facts.date?.text.text).toBe('2019')
    expect(shown.credits.creators.map((person) => person.relator)).toEqual(['aut'])
    expect(shown.keyPoints.points).toEqual([
      expect.objectContaining({
        id: null,
        question: null,
        lead: expect.objectContaining({
          text: 'Ports decide where trade goes, and trade decides where towns grow.'
        })
      })
    ])
  })

  it('gives a publication without people no byline and attributes it to the publisher', () => {
    const shown = present(nobody, collection)
    expect(shown.byline).toEqual({line: null, runs: [], groups: []})
    expect(shown.credits).toEqual({creators: [], contributors: [], attribution: [collection.publisher]})
    expect(shown.facts.date).toBeNull()
    expect(shown.facts.dateOrUndated.text).toBe('undated')
    expect(shown.facts.outletLine).toBeNull()
  })

  it('names interviewers alone with their plural label, and never counts them as authors', () => {
    const interviewers = {
      ...second,
      people: second.people
        .filter((person) => person.role === 'interviewer')
        .flatMap((person) => [person, {...person, name: 'Sara Khan'}])
    }
    const shown = present(interviewers, collection)
    expect(shown.byline.line?.text).toBe('Interviewers: Adeela Jawad and Sara Khan')
    expect(shown.credits.creators).toEqual([])
    expect(shown.credits.attribution).toEqual([collection.publisher])
  })

  it('reads an interview whose only person is an author as "By" that author', () => {
    const byAuthor = {...second, people: [{...second.people[0]!, role: 'author' as const}]}
    expect(present(byAuthor, collection).byline.line?.text).toBe('By Andrew Korybko')
  })
})

describe('dateText', () => {
  it('writes each precision in the language, the first of the month "1er" in French', () => {
    expect(['2024-05-22', '2024-05', '2024'].map((value) => dateText(value, 'en').text)).toEqual([
      '22 May 2024',
      'May 2024',
      '2024'
    ])
    expect(dateText('2024-05-22', 'ru-RU').text).toBe('22 мая 2024 г.')
    expect(dateText('2024-05', 'ru').text).toBe('май 2024 г.')
    expect(dateText('2024-05-01', 'fr').text).toBe('1er mai 2024')
    expect(dateText('2024-05-22', 'de').text).toBe('22. Mai 2024')
    expect(dateText('2024-05-22', 'es').text).toBe('22 de mayo de 2024')
    expect(dateText('2024', 'zh').text).toBe('2024年')
  })
})

describe('briefingHoldsFullTexts', () => {
  const summaries = corpus.publications.map((publication) => present(publication, collection).summary)
  it('holds the full texts up to briefingFullTexts publications', () => {
    expect(briefingHoldsFullTexts({...collection, briefingFullTexts: 2}, summaries)).toBe(true)
    expect(briefingHoldsFullTexts({...collection, briefingFullTexts: 1}, summaries)).toBe(false)
  })

  it("leaves them to the publications' own PDFs above briefingFullTextWords words in all, however few publications", () => {
    const words = summaries.reduce((sum, summary) => sum + summary.words, 0)
    const long = {...summaries[0]!, words: briefingFullTextWords - words + summaries[0]!.words}
    expect(briefingHoldsFullTexts(collection, [long, summaries[1]!])).toBe(true)
    expect(briefingHoldsFullTexts(collection, [{...long, words: long.words + 1}, summaries[1]!])).toBe(false)
  })
})

describe('briefingPlanOf', () => {
  const [summary] = corpus.publications.map((publication) => present(publication, collection).summary)
  // Nine publications: dates out of order, two equal, one partial, two undated.
  const dates = ['2019-05-01', null, '2021', '2021-03-02', '2018', '2021-03-02', null, '2020-12-31', '2021-03']
  const summaries = dates.map((date, index) => ({...summary!, id: `p${index}`, date}))
  const large = {...collection, briefingFullTexts: 2, briefingKeyPoints: 4}

  it('quotes every publication while the briefing holds the full texts or has no more than briefingKeyPoints', () => {
    const all = [0, 1, 2, 3, 4, 5, 6, 7, 8]
    expect(briefingPlanOf({...large, briefingFullTexts: 9}, summaries)).toMatchObject({featured: all, all: true})
    expect(briefingPlanOf({...large, briefingKeyPoints: 9}, summaries)).toEqual({
      fullTexts: false,
      featured: all,
      all: true,
      keyPointsNote: null,
      provenanceNote: null
    })
  })

  it('above that, quotes the briefingKeyPoints newest by date (equal dates in collection order, undated last), in collection order', () => {
    const plan = briefingPlanOf(large, summaries)
    // 2021-03-02 (3, then 5), 2021-03 (8), 2021 (2): ISO dates compared as written, as the site's "Newest first".
    expect(plan.featured).toEqual([2, 3, 5, 8])
    expect(plan.all).toBe(false)
    expect(plan.keyPointsNote?.text).toContain('4 of 9')
    expect(plan.provenanceNote?.text).toContain('(4)')
    expect(briefingPlanOf({...large, briefingKeyPoints: 8}, summaries).featured).toEqual([0, 1, 2, 3, 4, 5, 7, 8])
    expect(briefingPlanOf({...large, briefingKeyPoints: 0}, summaries).featured).toEqual([])
  })

  it("words its notes in the collection's language", () => {
    const plan = briefingPlanOf({...large, lang: 'fr'}, summaries)
    expect(plan.keyPointsNote).toMatchObject({lang: 'fr'})
    expect(plan.keyPointsNote?.text).toContain('4 sur 9')
  })
})

describe('presentCollection', () => {
  it('counts publications and questions and spans the years from the summaries alone', () => {
    const summaries = corpus.publications.map((publication) => present(publication, collection).summary)
    const shown = presentCollection(collection, summaries, {buildDate})
    expect(shown.counts.text).toBe('2 publications · 16 questions')
    expect(shown.span).toEqual({first: '2017', last: '2024', text: '2017–2024'})
    expect(shown.latestDate).toBe('2024-05-22')
    expect(shown.edition?.text).toBe('Edition of 14 November 2023')
    expect(shown.kicker.text).toBe('Briefing')
    expect(shown.creators).toEqual({names: ['Andrew Korybko'], line: expect.objectContaining({text: 'Andrew Korybko'})})
  })

  it('counts in the collection language and names three creators before counting the rest', () => {
    const russianCollection = {...defaultCollection, lang: 'ru'}
    const summaries = ['А', 'Б', 'В', 'Г', 'Д'].map((name, index) => ({
      ...present(russian, russianCollection).summary,
      id: `p${index}`,
      questions: 1,
      creators: [name]
    }))
    const shown = presentCollection(russianCollection, summaries, {buildDate})
    expect(shown.counts.text).toBe('5 публикаций · 5 вопросов')
    expect(shown.editionDate?.text).toBe('14 ноября 2023 г.')
    expect(shown.creators.line?.text).toBe('А, Б, В and 2 more')
    expect(shown.span?.text).toBe('2021')
  })
})

describe('present (what a site serializes)', () => {
  const one = present(first, collection)
  const joinRuns = (runs: Array<{text: string; quote?: true}>) =>
    runs.map((run) => (run.quote ? `“${run.text}”` : run.text)).join('')

  it('gives every entry, evidence and warning as runs that make its text, quotations and codes marked', () => {
    for (const entry of one.provenance.entries) expect(joinRuns(entry.runs)).toBe(entry.text.text)
    expect(one.provenance.date?.evidence.runs).toEqual([
      {text: 'inferred from '},
      {text: 'which was published in the July 2017 edition of The Diplomatic Insight', quote: true}
    ])
    const [warning] = one.provenance.warnings.items
    expect(joinRuns(warning!.runs)).toBe(warning!.text.text)
    expect(warning!.runs.filter((run) => run.code)).toEqual([{text: 'source/truncated', code: true}])
    const editor = present(urdu, collection).provenance.entries.find((entry) => entry.evidence?.source === 'editor')
    expect(editor?.runs.some((run) => run.quote)).toBe(false)
  })

  it('gives the source size as readers read it beside the exact count, and the removed heading without its count', () => {
    expect(one.provenance.source.size).toBe(`${Math.round(first.source.bytes / 1000)} kB`)
    expect(one.provenance.removed.title.text).toBe('Removed from the source')
    expect(present(nobody, collection).provenance.removed).toMatchObject({
      heading: {text: 'Removed from the source'},
      summary: {text: 'Nothing was removed.'}
    })
  })

  it('gives the words between linked outlets, the same as the joined names, in the language', () => {
    const three = {
      ...chinese,
      outlets: ['甲报', '乙报', '丙报'].map((name) => ({
        name,
        role: 'republisher' as const,
        detail: null,
        url: null,
        source: 'editor' as const,
        evidence: 'test'
      }))
    }
    const [group] = present(three, collection).facts.outletGroups
    expect(group!.separators).toEqual(['、', ' 和 '])
    expect(
      group!.outlets.map((outlet, index) => `${index > 0 ? group!.separators[index - 1] : ''}${outlet.text}`).join('')
    ).toBe(group!.names.text)
    expect(present(first, collection).facts.outletGroups.map((g) => g.separators)).toEqual([[], []])
  })

  it('labels the address and length rows and describes the page: the dek, else kind, byline and date', () => {
    expect([one.labels.original.text, one.labels.length.text]).toEqual(['Original', 'Length'])
    expect([one.labels.rights.text, one.labels.sourceFile.text]).toEqual(['Rights', 'Source file'])
    expect(present(russian, collection).labels.sourceFile).toEqual({
      text: 'Исходный файл',
      lang: russian.lang,
      dir: 'ltr'
    })
    expect(one.description.text).toBe('Interview · Andrew Korybko interviewed by Muhammad Taimur Khan · July 2017')
    const ru = present(russian, collection)
    expect(ru.description).toMatchObject({text: expect.stringMatching(/ · март 2021 г\.$/), lang: russian.lang})
    const withDek = present({...second, subtitle: {...second.title, text: 'A dek'}}, collection)
    expect(withDek.description.text).toBe('A dek')
  })

  it('cites in English: creators, who interviewed them, the title in quotation marks, the main outlet and the date', () => {
    expect(one.citation).toEqual({
      text: `Andrew Korybko, interviewed by Muhammad Taimur Khan. “${first.title.text}.” The Diplomatic Insight, July 2017.`,
      lang: 'en',
      dir: 'ltr'
    })
    expect(present(russian, collection).citation.text).toBe(
      'Анна Петрова, interviewed by Иван Смирнов. “Разговор о коридоре.” March 2021.'
    )
    expect(present(nobody, collection).citation.text).toBe('“Notes from the border.”')
  })

  it('adds the original address and, with a build date, the edition it is read in', () => {
    const cited = present({...first, url: 'https://example.org/talk'}, collection, {buildDate: '2026-12-06T00:00:00Z'})
    expect(cited.citation.text).toBe(
      `Andrew Korybko, interviewed by Muhammad Taimur Khan. “${first.title.text}.” The Diplomatic Insight, July 2017. https://example.org/talk. In ${collection.title}, edition of 6 December 2026.`
    )
  })

  it('counts no questions in a collection of articles', () => {
    const shown = presentCollection(collection, [
      present(article, collection).summary,
      present(nobody, collection).summary
    ])
    expect(shown.counts.text).toBe('2 publications')
  })
})
