import {describe, expect, it} from 'vitest'
import {interfaceWords, languages} from '../src/index.js'
import {terms as en} from '../src/lib/languages/en/terms.js'

describe('interfaceWords', () => {
  it('has a table for at least en, ur, ru, zh, ar, fa, hi, de, fr and es', () => {
    for (const code of ['en', 'ur', 'ru', 'zh', 'ar', 'fa', 'hi', 'de', 'fr', 'es'])
      expect(Object.keys(languages)).toContain(code)
  })

  it('gives each language its own words and fills in placeholders', () => {
    expect(interfaceWords('ru').term('contents')).toBe('Содержание')
    expect(interfaceWords('de-AT').term('pageOfPages', {page: 3, pages: 9})).toBe('Seite 3 von 9')
    expect(interfaceWords('ur').term('openingSentence')).toBe('جواب کا پہلا جملہ')
  })

  it('falls back to English for a missing language or term, and says so', () => {
    expect(interfaceWords('sw').term('questions')).toBe('Questions')
    expect(interfaceWords('sw').langOf('questions')).toBe('en')
    const partial = {...languages}
    expect(interfaceWords('ru').langOf('questions')).toBe('ru')
    expect(partial.en).toBe(en)
  })

  it('uses the language plural forms', () => {
    const ru = interfaceWords('ru')
    expect([1, 3, 5, 21].map((n) => ru.count('questionCount', n))).toEqual([
      '1 вопрос',
      '3 вопроса',
      '5 вопросов',
      '21 вопрос'
    ])
    expect(interfaceWords('en').count('questionCount', 1)).toBe('1 question')
    expect(interfaceWords('ar').count('questionCount', 2)).toBe('سؤالان')
  })

  it('leaves no language with a term English lacks, and no empty term', () => {
    for (const [code, table] of Object.entries(languages)) {
      for (const [key, value] of Object.entries(table)) {
        expect(Object.keys(en), `${code}.${key}`).toContain(key)
        expect(JSON.stringify(value).length, `${code}.${key}`).toBeGreaterThan(2)
      }
    }
  })

  it('joins names with the language word for and', () => {
    expect(interfaceWords('fr').list(['A', 'B', 'C'])).toBe('A, B et C')
    expect(interfaceWords('ur').list(['A', 'B'])).toBe('A اور B')
  })
})

describe('the truncation notice', () => {
  it('is in the publication’s own language in Arabic, Persian, Hindi and Urdu (the PDF opened an Arabic text with English)', () => {
    for (const lang of ['ar', 'fa', 'hi', 'ur']) expect(interfaceWords(lang).langOf('incomplete'), lang).toBe(lang)
  })
})

describe('plural', () => {
  it('gives a counted term’s forms with the language whose rules choose among them', () => {
    const ru = interfaceWords('ru').plural('searchResults')
    expect(ru.lang).toBe('ru')
    expect(Object.keys(ru.forms).sort()).toEqual(['few', 'many', 'one', 'other'])
    expect(interfaceWords('sw').plural('searchResults')).toEqual({
      lang: 'en',
      forms: {one: '{count} result for “{query}”.', other: '{count} results for “{query}”.'}
    })
  })
})
