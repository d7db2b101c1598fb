/**
 * Skip links and sign-in buttons are words as data in every language (languages/<lang>/lexicon.ts
 * `skipTo`, `login`), and a copied toolbar prints several button labels in a row. A whole line of
 * them is furniture; a sentence that uses the words is not.
 */
import {describe, expect, it} from 'vitest'
import {matchChrome} from '../src/lib/normalize/strip-chrome.js'

describe('skip links and sign-in buttons in every language', () => {
  it.each([
    'Gå direkt till textinnehållet',
    'Перейти до головного меню',
    'Przejdź do treści',
    'Siirry sisältöön',
    'İçeriğe geç',
    'コンテンツへスキップ',
    'דלג לתוכן',
    'Zaloguj się',
    'Logga in | Registrera',
    '找回密码 立即注册',
    'Đăng nhập / Đăng ký'
  ])('%s is furniture', (line) => {
    expect(matchChrome(line)?.rule).toBe('chrome/widget')
  })

  it.each([
    'Logga in på banken tog en halvtimme i morse.',
    'Przejdź do treści ustawy, a zobaczysz, że nic się nie zmieniło.',
    'Registrera dig innan fredag om du vill följa med på resan till Visby.'
  ])('%s is a sentence', (line) => {
    expect(matchChrome(line)).toBeUndefined()
  })
})
