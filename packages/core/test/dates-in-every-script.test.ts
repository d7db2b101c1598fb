/**
 * Dates as pages in many languages print them (text/dates.ts; MISSES.md "date and byline lines in
 * unlisted shapes"): digits of any script, month names from CLDR for every language with a
 * calendar, a two-digit year by POSIX's %y rule, a Japanese era year.
 */
import {describe, expect, it} from 'vitest'
import {asciiDigits, findDate} from '../src/lib/text/dates.js'

const value = (text: string) => findDate(text)?.value ?? null

describe('dates in every script', () => {
  it('reads the decimal digits of any script, keeping the text’s length', () => {
    expect(asciiDigits('২০১৩ ٢٠٢٤ ۱۴۰۳ २०२४ ๒๕๖๗ ２０２４')).toBe('2013 2024 1403 2024 2567 2024')
    expect(asciiDigits('২৮ ডিসেম্বর').length).toBe('২৮ ডিসেম্বর'.length)
  })

  // Month names from CLDR: languages with a pack, languages without one yet, Hebrew after ב.
  it.each([
    ['লিখেছেন সাইফুল ইসলাম রনি ২৮ ডিসেম্বর, ২০১৩, ০৭:০৩:৩৮ সন্ধ্যা', '2013-12-28'],
    ['Opublikowano 21 stycznia 2017', '2017-01-21'],
    ['Vydáno 3. května 2022', '2022-05-03'],
    ['Опубліковано 5 листопада 2019', '2019-11-05'],
    ['5 лістапада 2019', '2019-11-05'],
    ['Gepubliceerd op 9 maart 2021', '2021-03-09'],
    ['Publicat 14 noiembrie 2023', '2023-11-14'],
    ['Kamis, 17 Agustus 2023', '2023-08-17'],
    ['Δημοσιεύθηκε 14 Μαΐου 2024', '2024-05-14'],
    ['Julkaistu 14. maaliskuuta 2024', '2024-03-14'],
    ['Publicerad 14 mars 2024', '2024-03-14'],
    ['Imechapishwa 14 Machi 2024', '2024-03-14'],
    ['14 மார்ச், 2024', '2024-03-14'],
    ['פורסם 14 במרץ 2024', '2024-03-14'],
    ['Thứ Năm, ngày 14 tháng 3 năm 2024', '2024-03-14'],
    ['Cập nhật: 2 tháng 12, 2023', '2023-12-02']
  ])('reads the month name in %s', (text, date) => {
    expect(value(text)).toBe(date)
  })

  it('reads Thai dates in years of the Buddhist era, a two-digit year as its last two digits', () => {
    expect(value('การเมือง 14 มี.ค. 67 22:30')).toBe('2024-03-14')
    expect(value('วันที่ 14 มีนาคม 2567')).toBe('2024-03-14')
    expect(value('5 ธันวาคม พ.ศ. 2566')).toBe('2023-12-05')
    // A Gregorian year in Thai words stays Gregorian.
    expect(value('14 มีนาคม 2024')).toBe('2024-03-14')
  })

  it('reads a month name that is not ASCII at the start of a date or a month and year', () => {
    expect(value('Σεπτέμβριος 2023')).toBe('2023-09')
    expect(value('Μαΐου 14, 2024')).toBe('2024-05-14')
  })

  it('reads a day, month and two-digit year with the century of POSIX strptime %y', () => {
    expect(value("Regard sur l'écran, 17.01.24")).toBe('2024-01-17')
    expect(value('21-01-17, 06:00')).toBe('2017-01-21')
    expect(value('31.12.68')).toBe('2068-12-31')
    expect(value('01.01.69')).toBe('1969-01-01')
  })

  it('does not read a two-digit year out of a version, a score or a clock', () => {
    expect(value('v1.2.3 release')).toBeNull()
    expect(value('Score 3-1-0')).toBeNull()
    expect(value('12.30.45 Uhr')).toBeNull()
    expect(value('1.2.3.4')).toBeNull()
  })

  it('reads a Japanese era year, the first year written 元年 (era starts from CLDR)', () => {
    expect(value('平成30年11月9日')).toBe('2018-11-09')
    expect(value('令和元年5月1日')).toBe('2019-05-01')
    expect(value('昭和64年1月7日')).toBe('1989-01-07')
    expect(findDate('令和6年3月')).toMatchObject({value: '2024-03', precision: 'month'})
  })
})
