/**
 * Search outside the browser: the folding table (letter variants users type must find the text,
 * issues 22 and 24), the browser's copy of the generic folding function run on the table the index
 * script carries, the excerpt it cuts around matched words, and the search page's words.
 */
import type {Collection} from '@dossier/core'
import {fromHtml} from 'hast-util-from-html'
import {select} from 'hast-util-select'
import {readFileSync} from 'node:fs'
import {runInNewContext} from 'node:vm'
import MiniSearch from 'minisearch'
import {describe, expect, it} from 'vitest'
import {assetFiles, foldTerm, searchOptions} from '../src/index.js'
import {renderSearchPage} from '../src/lib/pages/search.js'
import {searchRulesScript} from '../src/lib/search-index.js'
import {renderSearchTexts} from '../src/lib/search-texts.js'

interface Tools {
  foldWith: (table: Map<string, string>, term: string) => string | null
  foldTableOf: (ranges: unknown) => Map<string, string>
  useRules: (rules: unknown) => void
  excerpt: (text: string, terms: Set<string>, length?: number) => Array<[string, boolean]>
}

/** The browser's side: the index script's first line, then assets/search.js, in a bare context (no page). */
function browserSide(): {tools: Tools; window: Record<string, unknown>} {
  const window: Record<string, unknown> = {Intl}
  const sandbox = {window, Intl, document: {querySelector: () => null, getElementById: () => null}}
  runInNewContext(searchRulesScript, sandbox)
  runInNewContext(readFileSync(assetFiles['search.js']!, 'utf8'), sandbox)
  const tools = window.dossierSearchTools as Tools
  tools.useRules(window.dossierSearchRules)
  return {tools, window}
}

describe('foldTerm', () => {
  it('folds Arabic and Persian letter variants together, both ways', () => {
    // Persian yeh and keheh, Arabic yeh and kaf: کتاب ی / كتاب ي.
    expect(foldTerm('کتابی')).toBe(foldTerm('كتابي'))
    expect(foldTerm('ایران')).toBe(foldTerm('ايران'))
    // Alef maksura, teh marbuta, alef with hamza, madda and wasla.
    expect(foldTerm('مصطفى')).toBe(foldTerm('مصطفي'))
    expect(foldTerm('مدرسة')).toBe(foldTerm('مدرسه'))
    for (const alef of ['أحمد', 'إحمد', 'آحمد', 'ٱحمد']) expect(foldTerm(alef)).toBe('احمد')
    // Heh goal, heh with yeh above and ae are heh; heh doachashmee (Urdu aspiration) is not.
    for (const heh of ['خانۀ', 'خانہ', 'خانە', 'خانۂ']) expect(foldTerm(heh)).toBe(foldTerm('خانه'))
    expect(foldTerm('کھانا')).not.toBe(foldTerm('کہانا'))
    // Urdu's bari yeh stays a letter of its own: کے and کی are different words.
    expect(foldTerm('کے')).not.toBe(foldTerm('کی'))
  })

  it('reads digits of every script as ASCII digits', () => {
    for (const year of ['٢٠٢٤', '۲۰۲۴', '२०२४', '২০২৪', '２０２４']) expect(foldTerm(year)).toBe('2024')
  })

  it('drops Hebrew points and Arabic vowel marks, and folds compatibility forms', () => {
    expect(foldTerm('שָׁלוֹם')).toBe('שלום')
    expect(foldTerm('كِتَابٌ')).toBe('كتاب')
    // Presentation forms and ligatures as PDFs give them: ﻻ (lam-alef), ﷲ, fullwidth Latin, ﬁ.
    expect(foldTerm('ﻻ')).toBe('لا')
    expect(foldTerm('ﷲ')).toBe('الله')
    expect(foldTerm('ﻛﺘﺎﺏ')).toBe('كتاب')
    expect(foldTerm('Ｄｏｓｓｉｅｒ')).toBe('dossier')
    expect(foldTerm('ﬁnance')).toBe('finance')
    expect(foldTerm('Łódź')).toBe('lodz')
    expect(foldTerm('ΟΔΟΣ')).toBe(foldTerm('οδοσ'))
    expect(foldTerm('’')).toBeNull()
  })

  it('keeps Hangul and kana composed', () => {
    expect(foldTerm('한국')).toBe('한국')
    expect(foldTerm('ｶﾞｲﾄﾞ')).toBe('ガイド')
  })
})

describe('the browser’s foldWith', () => {
  // Words in every script the site publishes, with marks, variants and compatibility forms.
  const words = [
    ...['Łódź', 'Ørsted', 'Straße', 'Ærø', 'Korybko’s', 'CAFÉ', "'", 'ﬁnance', 'Ｄｏｓｓｉｅｒ', 'Việt'],
    ...['Москва', 'ёлка', 'ΟΔΟΣ', 'Ἀθῆναι'],
    ...['الأسواق', 'مدرسة', 'مصطفى', 'كِتَابٌ', 'ﻻ', 'ﷲ', '٢٠٢٤'],
    ...['می‌خواهم', 'کتابی', 'خانۀ', '۱۴۰۳'],
    ...['کراچی', 'کھانا', 'کہانی', 'بڑے', 'ہے'],
    ...['שָׁלוֹם', 'ירושלים'],
    ...['हिन्दी', 'क़िला', '२०२४'],
    ...['বাংলা', '২০২৪'],
    ...['北京大学', '日本語', 'ｶﾞｲﾄﾞ', '한국어'],
    ...['ประเทศไทย', 'กำลัง'],
    ...['ប្រទេសកម្ពុជា']
  ]

  it('folds every word as foldTerm does, with the table the index script carries', () => {
    const {tools} = browserSide()
    const {window} = browserSide()
    const table = tools.foldTableOf((window.dossierSearchRules as {fold: unknown}).fold)
    for (const word of words) expect(tools.foldWith(table, word), word).toBe(foldTerm(word))
  })
})

describe('the browser’s excerpt', () => {
  const {tools} = browserSide()
  const show = (pieces: Array<[string, boolean]>) => pieces.map(([text, mark]) => (mark ? `[${text}]` : text)).join('')

  it('cuts the text around the matched word and marks it, far from the start', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(30)}The dam at Karachi worried the fishermen. ${'Sed do eiusmod. '.repeat(30)}`
    const shown = show(tools.excerpt(text, new Set([foldTerm('Karachi')!]), 220))
    expect(shown).toContain('[Karachi]')
    expect(shown.startsWith('… ')).toBe(true)
    expect(shown.endsWith(' …')).toBe(true)
    expect(shown.length).toBeLessThan(240)
  })

  it('marks a Persian-letter query’s word in an Arabic-letter text, and words inside unspaced Chinese and Thai', () => {
    // The index term is what MiniSearch reports in hit.terms: the folded form.
    expect(show(tools.excerpt('هذا كتابي الجديد', new Set([foldTerm('کتابی')!])))).toBe('هذا [كتابي] الجديد')
    expect(show(tools.excerpt('我们在北京大学学习', new Set([foldTerm('大学')!])))).toBe('我们在北京[大学]学习')
    expect(show(tools.excerpt('ชาวประมงกังวลเรื่องเขื่อนใหม่', new Set([foldTerm('เขื่อน')!])))).toContain('[เขื่อน]')
  })

  it('reads the texts a publication’s text script holds', () => {
    const {window} = browserSide()
    const script = renderSearchTexts('pub', [
      {id: 'pub#q1', url: 'pub.html#q1', title: 'T', heading: '1. Q', text: 'An answer.', lang: 'en', dir: 'ltr'}
    ])
    runInNewContext(script, {window})
    expect(window.dossierSearchTexts).toEqual({pub: {'pub#q1': 'An answer.'}})
  })
})

describe('the search index', () => {
  it('finds an Arabic-letter text by a query in Persian letters, and the reverse', () => {
    const index = new MiniSearch(searchOptions)
    index.addAll([
      {id: 'a', url: 'a.html', title: 'a', heading: 'مدرسة', text: 'كتابي في المكتبة', lang: 'ar', dir: 'rtl'},
      {id: 'b', url: 'b.html', title: 'b', heading: 'خانه', text: 'یک کتاب فارسی', lang: 'fa', dir: 'rtl'}
    ])
    expect(index.search('کتابی').map((hit) => hit.id)).toEqual(['a'])
    expect(index.search('مدرسه').map((hit) => hit.id)).toEqual(['a'])
    expect(index.search('يك').map((hit) => hit.id)).toEqual(['b'])
  })
})

describe('renderSearchPage', () => {
  const collection = (lang: string): Collection => ({
    id: 'c',
    title: 'C',
    description: '',
    publisher: '',
    lang,
    rights: '',
    baseUrl: null,
    paper: 'a4',
    briefingFullTexts: 25,
    briefingKeyPoints: 50,
    searchFullTexts: 1000,
    searchShardSize: 64
  })
  const statusOf = (lang: string) => {
    const tree = fromHtml(renderSearchPage({collection: collection(lang), buildDate: '2024-01-01T00:00:00.000Z'}))
    return {status: select('#search-status', tree)!.properties, note: select('.no-js-note', tree)!}
  }

  it('hands the script its messages in the collection’s language, with every plural form', () => {
    const {status, note} = statusOf('ru')
    expect(status.dataNothing).toBe('По запросу «{query}» ничего не найдено.')
    expect([status.dataResultsOne, status.dataResultsFew, status.dataResultsMany]).toEqual([
      '{count} результат по запросу «{query}».',
      '{count} результата по запросу «{query}».',
      '{count} результатов по запросу «{query}».'
    ])
    expect(status.dataResultsLang).toBeUndefined()
    expect(status.lang).toBeUndefined()
    expect(String(note.children[0] && 'value' in note.children[0] ? note.children[0].value : '')).toMatch(
      /^Для поиска нужен JavaScript/
    )
    expect(note.properties.lang).toBeUndefined()
  })

  it('marks a fallback to English as English', () => {
    const {status, note} = statusOf('sw')
    expect(status.dataNothing).toBe('Nothing found for “{query}”.')
    expect([status.dataNothingLang, status.dataResultsLang, status.dataFailedLang]).toEqual(['en', 'en', 'en'])
    expect(note.properties.lang).toBe('en')
  })
})
