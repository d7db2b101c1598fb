/**
 * Word counts by `Intl.Segmenter` (issue 24): scripts written without spaces count words, not
 * characters or whole sentences; spaced scripts count as before.
 */
import {countWords, statsOf} from '@dossier/core'
import {describe, expect, it} from 'vitest'

describe('countWords', () => {
  it('counts a Chinese answer of 12 characters as its 6 words, not as 1 word or 12', () => {
    const answer = '我们认为两国关系发展良好'
    expect(answer).toHaveLength(12)
    expect(countWords(answer)).toBe(6)
  })

  it('counts Japanese, Thai and Khmer in words', () => {
    expect(countWords('今日は良い天気です')).toBe(5)
    expect(countWords('สวัสดีครับ')).toBe(2)
    expect(countWords('ខ្ញុំស្រឡាញ់ប្រទេសកម្ពុជា')).toBe(4)
  })

  it('counts English as before: contractions, abbreviations and hyphenated words are one word each', () => {
    expect(countWords('We don’t agree, said the well-known U.S. envoy in 2024.')).toBe(10)
    expect(countWords('')).toBe(0)
    expect(countWords(' — … ')).toBe(0)
  })

  it('counts mixed scripts run by run', () => {
    expect(countWords('The iPhone手机 sold well in 北京 and Bangkok (กรุงเทพ).')).toBe(10)
    expect(countWords('Пресс-секретарь сказал: 我们认为 — yes.')).toBe(5)
  })

  it('counts a long unspaced run in linear time, chunk by chunk', () => {
    const text = '我们认为两国关系发展良好'.repeat(20_000)
    const started = performance.now()
    expect(countWords(text)).toBeGreaterThan(115_000)
    expect(performance.now() - started).toBeLessThan(10_000)
  })
})

describe('statsOf', () => {
  it('sums the words of every text and rounds reading time at 230 words a minute, at least one minute', () => {
    expect(statsOf(['我们认为两国关系发展良好', 'two words'])).toEqual({words: 8, readingMinutes: 1})
  })
})
