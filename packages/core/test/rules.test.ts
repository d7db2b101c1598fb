import {describe, expect, it} from 'vitest'
import {cleanText} from '../src/lib/read/clean-text.js'
import {decodeSource, firstInvalidUtf8} from '../src/lib/read/decode.js'
import {matchChrome} from '../src/lib/normalize/strip-chrome.js'
import {findDate, parseDateLine} from '../src/lib/text/dates.js'
import {smarten} from '../src/lib/text/typography.js'
import {resolveBuildDate} from '../src/index.js'

describe('matchChrome', () => {
  it.each([
    ['| Welcome to Global Village Space', 'chrome/site-header'],
    ['Read more: Pakistan, Russia expected to sign $2.7bn commercial accord', 'chrome/read-more'],
    ['READ MORE', 'chrome/read-more'],
    ['Also read: Ten trees', 'chrome/also-read'],
    ['Related: Ten charts', 'chrome/related'],
    ['Share on Facebook', 'chrome/share'],
    ['Subscribe to our newsletter', 'chrome/subscribe'],
    ['ADVERTISEMENT', 'chrome/advertisement'],
    ['© 2024 Example News. All rights reserved.', 'chrome/copyright']
  ])('removes %j as %s', (line, rule) => {
    expect(matchChrome(line)?.rule).toBe(rule)
  })
  it.each([
    'Read more about this in the report, he said, because it matters for everyone involved and the region.',
    'The advertisement market in Pakistan grew quickly.',
    'Related questions remain open, such as trade and the corridor.'
  ])('keeps the sentence %j', (line) => {
    expect(matchChrome(line)).toBeUndefined()
  })
})

describe('dates', () => {
  it('reads a page date line with day precision', () => {
    expect(parseDateLine('Wednesday, May 22, 2024')).toMatchObject({value: '2024-05-22', precision: 'day'})
    expect(parseDateLine('Published: 3 March 2020, 14:05 GMT')).toMatchObject({value: '2020-03-03'})
  })
  it('keeps month precision when only the month is known', () => {
    expect(findDate('published in the July 2017 edition')).toMatchObject({value: '2017-07', precision: 'month'})
  })
  it('rejects impossible dates and sentences that merely contain a date', () => {
    expect(findDate('February 30, 2023')?.precision).not.toBe('day')
    expect(parseDateLine('On May 22, 2024 the talks began.')).toBeNull()
  })
})

describe('decodeSource', () => {
  it('names the line of the first invalid UTF-8 byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('ok\nstill ok\nbad '), 0xff, 0x0a])
    const result = decodeSource('x.txt', bytes)
    expect(result).toMatchObject({ok: false, error: {code: 'input/invalid-utf8', line: 3, file: 'x.txt'}})
  })
  it('rejects overlong encodings and surrogates', () => {
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0)
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xed, 0xa0, 0x80]))).toBe(1)
    expect(firstInvalidUtf8(new TextEncoder().encode('héllo 👋'))).toBe(-1)
  })
})

describe('cleanText', () => {
  it('strips the BOM, unifies line ends and spaces, and warns about control characters', () => {
    const {lines, warnings} = cleanText('x.txt', '\ufeffa\tb\r\nc\u00a0d\re\u0007f\n')
    expect(lines).toEqual(['a b', 'c d', 'ef'])
    expect(warnings).toMatchObject([{code: 'text/control-characters', line: 3}])
  })
})

describe('smarten', () => {
  it('curls quotes and apostrophes and makes spaced hyphens en dashes', () => {
    expect(smarten(`"Won't" - she said...`)).toBe('“Won’t” – she said…')
  })
  it('leaves markup-like text alone as text', () => {
    expect(smarten('a <b> & c')).toBe('a <b> & c')
  })
})

describe('resolveBuildDate', () => {
  it('prefers SOURCE_DATE_EPOCH, else the latest publication date, never the clock', () => {
    expect(resolveBuildDate([], '1700000000')).toBe('2023-11-14T22:13:20.000Z')
    expect(resolveBuildDate([], undefined)).toBe('1970-01-01T00:00:00.000Z')
  })
})
