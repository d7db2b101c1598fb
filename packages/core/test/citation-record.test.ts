/**
 * The citation record (`citationRecordOf`): an interview names its interviewee as author and its
 * interviewer as CSL `interviewer` / RIS `A2`; an article its author; a date keeps its precision;
 * a name that cannot be split safely stays whole; BibTeX escapes LaTeX's special characters and
 * keeps UTF-8; RIS lines end in CRLF; the meta tags carry the same facts.
 */
import {describe, expect, it} from 'vitest'
import {seedCorpus} from './helpers/seeds.js'
import {citationRecordOf, cslName, escapeBibtex, normalizeSource, type Publication} from '../src/index.js'

const {corpus, first} = seedCorpus()
const collection = corpus.collection
const buildDate = '2023-11-14T22:13:20Z'

/** Normalize an in-memory Markdown source with front matter. */
function publicationOf(name: string, text: string): Publication {
  const result = normalizeSource({path: name, bytes: new TextEncoder().encode(text), meta: null})
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '))
  return result.publication
}

const article = publicationOf(
  'ports.md',
  [
    '---',
    'title: Why ports matter',
    'kind: article',
    "date: '2019'",
    'url: https://example.org/ports?a=1&b=2',
    'people:',
    '  - {name: Jane Doe, role: author}',
    'outlets:',
    '  - {name: The Harbour Times, role: original}',
    '---',
    '',
    'Ports decide where trade goes, and trade decides where towns grow. That is the whole argument.',
    ''
  ].join('\n')
)

describe('citationRecordOf: an interview', () => {
  const record = citationRecordOf(first, collection, {
    buildDate,
    permalink: 'https://example.org/site/2017-07-x.html'
  })

  it('is a CSL interview with the interviewee as author and the interviewer as interviewer', () => {
    expect(record.csl).toEqual({
      id: first.id,
      type: 'interview',
      title: 'Pakistan – Russia bilateral relations: Comprehensive review by Russian Analyst',
      author: [{family: 'Korybko', given: 'Andrew'}],
      interviewer: [{literal: 'Muhammad Taimur Khan'}],
      'container-title': 'The Diplomatic Insight',
      issued: {'date-parts': [[2017, 7]]},
      // No original address is known: the page's own.
      URL: 'https://example.org/site/2017-07-x.html',
      language: 'en',
      publisher: collection.publisher,
      accessed: {'date-parts': [[2023, 11, 14]]}
    })
  })

  it('writes BibTeX as @misc with the outlet, year, month macro and interviewer note', () => {
    expect(record.key).toBe(first.id)
    expect(record.bibtex).toBe(
      [
        `@misc{${first.id},`,
        '  author = {Korybko, Andrew},',
        '  title = {{Pakistan – Russia bilateral relations: Comprehensive review by Russian Analyst}},',
        '  howpublished = {The Diplomatic Insight},',
        '  year = {2017},',
        '  month = jul,',
        '  note = {Interviewed by Muhammad Taimur Khan},',
        '  url = {https://example.org/site/2017-07-x.html},',
        '  urldate = {2023-11-14},',
        `  publisher = {${collection.publisher}}`,
        '}',
        ''
      ].join('\n')
    )
  })

  it('writes RIS as INTERV with AU and A2, a partial DA and CRLF line endings', () => {
    expect(record.ris.split('\r\n')).toEqual([
      'TY  - INTERV',
      'AU  - Korybko, Andrew',
      'A2  - Muhammad Taimur Khan',
      'TI  - Pakistan – Russia bilateral relations: Comprehensive review by Russian Analyst',
      'T2  - The Diplomatic Insight',
      'PY  - 2017',
      'DA  - 2017/07//',
      'UR  - https://example.org/site/2017-07-x.html',
      'LA  - en',
      `PB  - ${collection.publisher}`,
      'Y2  - 2023/11/14/',
      'ER  - ',
      ''
    ])
    expect(record.ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('gives Highwire and Dublin Core tags with the partial date and the permalink', () => {
    expect(record.meta).toEqual([
      {name: 'citation_title', content: record.csl.title},
      {name: 'citation_author', content: 'Korybko, Andrew'},
      {name: 'citation_publication_date', content: '2017/07'},
      {name: 'citation_journal_title', content: 'The Diplomatic Insight'},
      {name: 'citation_language', content: 'en'},
      {name: 'citation_publisher', content: collection.publisher},
      {name: 'citation_public_url', content: 'https://example.org/site/2017-07-x.html'},
      {name: 'DC.title', content: record.csl.title},
      {name: 'DC.creator', content: 'Andrew Korybko'},
      {name: 'DC.contributor', content: 'Muhammad Taimur Khan'},
      {name: 'DC.date', content: '2017-07'},
      {name: 'DC.language', content: 'en'},
      {name: 'DC.publisher', content: collection.publisher},
      {name: 'DC.type', content: 'Text'}
    ])
  })

  it('leaves out the page address and citation_public_url without a base URL', () => {
    const bare = citationRecordOf(first, collection, {buildDate})
    expect(bare.csl.URL).toBeUndefined()
    expect(bare.meta.map((tag) => tag.name)).not.toContain('citation_public_url')
    expect(bare.ris).not.toContain('UR  - ')
  })
})

describe('citationRecordOf: an article', () => {
  const record = citationRecordOf(article, collection, {buildDate})

  it('is article-newspaper with its author, its outlet, a year-only date and the original URL', () => {
    expect(record.csl).toMatchObject({
      type: 'article-newspaper',
      title: 'Why ports matter',
      author: [{family: 'Doe', given: 'Jane'}],
      'container-title': 'The Harbour Times',
      issued: {'date-parts': [[2019]]},
      URL: 'https://example.org/ports?a=1&b=2'
    })
    expect(record.csl.interviewer).toBeUndefined()
  })

  it('is @article with journal in BibTeX, with no month, and a verbatim URL', () => {
    expect(record.bibtex).toMatch(new RegExp(`^@article\\{${article.id},\n`))
    expect(record.bibtex).toContain('  journal = {The Harbour Times},\n')
    expect(record.bibtex).toContain('  year = {2019},\n')
    expect(record.bibtex).not.toContain('month')
    expect(record.bibtex).toContain('  url = {https://example.org/ports?a=1&b=2},\n')
  })

  it('is NEWS in RIS with a year-only DA, and the original as DC.source', () => {
    expect(record.ris).toContain('TY  - NEWS\r\n')
    expect(record.ris).toContain('DA  - 2019///\r\n')
    expect(record.meta).toContainEqual({name: 'citation_publication_date', content: '2019'})
    expect(record.meta).toContainEqual({name: 'DC.date', content: '2019'})
    expect(record.meta).toContainEqual({name: 'DC.source', content: 'https://example.org/ports?a=1&b=2'})
  })

  it('is a plain article without an outlet, @misc and GEN', () => {
    const alone = citationRecordOf({...article, outlets: []}, collection, {buildDate})
    expect(alone.csl.type).toBe('article')
    expect(alone.bibtex).toMatch(/^@misc\{/)
    expect(alone.ris).toMatch(/^TY {2}- GEN\r\n/)
  })

  it('refuses a build date that is not an ISO day', () => {
    expect(() => citationRecordOf(article, collection, {buildDate: 'yesterday'})).toThrow(RangeError)
  })
})

describe('names', () => {
  it('splits two capitalized words in a given-name-first language', () => {
    expect(cslName('Andrew Korybko', 'en')).toEqual({family: 'Korybko', given: 'Andrew'})
    expect(cslName('Анна Петрова', 'ru')).toEqual({family: 'Петрова', given: 'Анна'})
  })

  it('keeps whole what cannot be split safely', () => {
    for (const [name, lang] of [
      ['Muhammad Taimur Khan', 'en'],
      ['Vincent van Gogh', 'nl'],
      ['Orbán Viktor', 'hu'],
      ['周兰英', 'zh'],
      ['رخسانہ بیگ', 'ur'],
      ['Dr. Okafor', 'en'],
      ['Doe, Jane', 'en'],
      ['al-Farabi Abu', 'en']
    ] as const)
      expect(cslName(name, lang), name).toEqual({literal: name})
  })

  it('writes an unsplittable name in braces in BibTeX, whole in RIS and Highwire', () => {
    const urdu = {...first, lang: 'ur', people: [{...first.people[0]!, name: 'رخسانہ بیگ'}]}
    const record = citationRecordOf(urdu, collection, {buildDate})
    expect(record.csl.author).toEqual([{literal: 'رخسانہ بیگ'}])
    expect(record.bibtex).toContain('  author = {{رخسانہ بیگ}},\n')
    expect(record.ris).toContain('AU  - رخسانہ بیگ\r\n')
    expect(record.meta).toContainEqual({name: 'citation_author', content: 'رخسانہ بیگ'})
  })
})

describe('BibTeX escaping', () => {
  it('escapes the ten LaTeX specials and keeps UTF-8', () => {
    expect(escapeBibtex('50% of R&D #1 _x_ $5 ~a^b {c} \\d — Ünïcödé 中文')).toBe(
      '50\\% of R\\&D \\#1 \\_x\\_ \\$5 \\textasciitilde{}a\\textasciicircum{}b \\{c\\} \\textbackslash{}d — Ünïcödé 中文'
    )
  })

  it('escapes a title and a literal author inside the entry, so its braces stay balanced', () => {
    const record = citationRecordOf(
      {
        ...article,
        title: {text: 'Profit & loss: 100% of {everything}', children: []},
        people: [{...article.people[0]!, name: 'Smith & Sons Ltd.'}]
      },
      collection,
      {buildDate}
    )
    expect(record.bibtex).toContain('  title = {{Profit \\& loss: 100\\% of \\{everything\\}}},\n')
    expect(record.bibtex).toContain('  author = {{Smith \\& Sons Ltd.}},\n')
    let depth = 0
    for (const character of record.bibtex.replace(/\\[{}]/g, '')) {
      if (character === '{') depth += 1
      if (character === '}') depth -= 1
      expect(depth).toBeGreaterThanOrEqual(0)
    }
    expect(depth).toBe(0)
  })
})
