/**
 * Read dates as news sites print them, keeping only the precision the words support:
 * "Wednesday, May 22, 2024" → 2024-05-22, "the July 2017 edition" → 2017-07, "in 2019" → 2019.
 */
import {toGregorian} from 'jalaali-js'
import {escapePhrase, lexicon, packs, readCalendars} from '../languages/index.js'
import {solarHijriMonths} from '../languages/fa/calendar.js'
import {japaneseEras} from '../languages/ja/calendar.js'
import {buddhistEraOffset, calendar as thai} from '../languages/th/calendar.js'
import type {Calendar} from '../languages/types.js'

const calendars = readCalendars
const longestFirst = (names: Iterable<string>) =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map(escapePhrase)
    .join('|')

/**
 * Month numbers by every form a page may write a month in, lower-case: the languages' CLDR 48 names
 * (`languages/<code>/calendar.ts`; English also abbreviated) and the spellings each adds.
 */
const monthNumbers = new Map<string, number>()
for (const calendar of calendars)
  if (calendar.read.months)
    calendar.months.forEach((forms, index) => {
      for (const form of forms) if (!monthNumbers.has(form)) monthNumbers.set(form, index + 1)
    })
const monthName = `(${longestFirst(monthNumbers.keys())})\\.?`
const english = packs.en!.calendar as Calendar
const weekday = `(?:(?:${longestFirst(english.weekdays.flat())}),?\\s+)?`

export interface ParsedDate {
  value: string
  precision: 'year' | 'month' | 'day'
  /** The matched words. */
  match: string
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Persian (Solar Hijri) month names, in order: a date in them is converted (jalaali-js). */
const hijriMonths: readonly string[] = solarHijriMonths

const digitValues = new Map<string, string>()

/**
 * Decimal digits of every script in the Basic Multilingual Plane as ASCII (Eastern Arabic ٠–٩,
 * Persian ۰–۹, Bengali ০–৯, Devanagari, Thai, fullwidth…), so every pattern reads them; the length
 * of the text does not change. A digit's value is its place in its run of Unicode `Nd` characters:
 * Unicode encodes every decimal digit set as a contiguous run from 0 to 9 (Unicode Standard, §4.6
 * "Numeric Value"; stability policy for Numeric_Type=Decimal).
 */
export function asciiDigits(text: string): string {
  return text.replace(/(?![0-9])\p{Nd}/gu, (d) => {
    if (d.length > 1) return d
    let value = digitValues.get(d)
    if (value === undefined) {
      const code = d.codePointAt(0)!
      let start = code
      while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--
      value = String((code - start) % 10)
      digitValues.set(d, value)
    }
    return value
  })
}

function monthIndex(name: string): number {
  const lower = name.toLowerCase()
  return (
    monthNumbers.get(lower) ??
    monthNumbers.get(lower.replace(/\.$/, '')) ??
    monthNumbers.get(lower.replace('.', '')) ??
    0
  )
}

/** Thai month names, wide and abbreviated ("มีนาคม", "มี.ค."), for the Buddhist-era pattern. */
const thaiMonths = longestFirst(thai.months.flat())
/** Before a month name: not inside a word of any script (JavaScript's `\b` knows only ASCII letters). */
const notInWord = '(?<![\\p{L}\\p{M}])'

function valid(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return year >= 1000 && year <= 9999 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

const patterns: Array<{re: RegExp; read: (m: RegExpExecArray) => ParsedDate | null}> = [
  {
    // 18-06-1401 and 1401/06/18: Solar Hijri in digits (no Gregorian news date has a year 1300–1499).
    re: /\b(?:(\d{1,2})[-/.](\d{1,2})[-/.](1[34]\d{2})|(1[34]\d{2})[-/.](\d{1,2})[-/.](\d{1,2}))\b/u,
    read: (m) => {
      const [jy, jm, jd] = m[3] ? [+m[3], +m[2]!, +m[1]!] : [+m[4]!, +m[5]!, +m[6]!]
      if (jm < 1 || jm > 12 || jd < 1 || jd > 31) return null
      const {gy, gm, gd} = toGregorian(jy, jm, jd)
      return day(gy, gm, gd, m[0])
    }
  },
  {
    // 22 آذر 1389 (Solar Hijri, Iran and Afghanistan): converted to the Gregorian day.
    re: new RegExp(`(\\d{1,2})\\s+(${hijriMonths.join('|')})\\s+(1[2-4]\\d{2})`, 'u'),
    read: (m) => {
      const {gy, gm, gd} = toGregorian(+m[3]!, hijriMonths.indexOf(m[2]!) + 1, +m[1]!)
      return day(gy, gm, gd, m[0])
    }
  },
  {
    // 2021年7月1日 (Chinese, Japanese)
    re: /(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/,
    read: (m) =>
      m[3]
        ? day(+m[1]!, +m[2]!, +m[3], m[0])
        : +m[2]! >= 1 && +m[2]! <= 12
          ? {value: `${m[1]}-${pad(+m[2]!)}`, precision: 'month', match: m[0]}
          : null
  },
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})(?:\b|T)/,
    read: (m) => day(+m[1]!, +m[2]!, +m[3]!, m[0])
  },
  {
    // 2016.05.12 and 2016/05/12: year first, as Korean, Japanese and Chinese sites print it.
    re: /\b(\d{4})[./](\d{1,2})[./](\d{1,2})\b/,
    read: (m) => day(+m[1]!, +m[2]!, +m[3]!, m[0])
  },
  {
    // 14 มี.ค. 67, 14 มีนาคม 2567, 14 มีนาคม พ.ศ. 2567: Thai, years of the Buddhist era (a two-digit
    // year is its last two digits); a Gregorian year (below 2400) is kept.
    re: new RegExp(`(\\d{1,2})\\s*(${thaiMonths})\\s*(?:พ\\.\\s?ศ\\.\\s*)?(\\d{4}|\\d{2})(?!\\d)`, 'u'),
    read: (m) => {
      const year =
        m[3]!.length === 2 ? 2500 + +m[3]! - buddhistEraOffset : +m[3]! >= 2400 ? +m[3]! - buddhistEraOffset : +m[3]!
      return day(year, monthIndex(m[2]!), +m[1]!, m[0])
    }
  },
  {
    re: new RegExp(
      `${weekday}${notInWord}${monthName}\\s+(\\d{1,2})${lexicon('ordinalSuffix', ['en'])}?,?\\s+(\\d{4})\\b`,
      'iu'
    ),
    read: (m) => day(+m[3]!, monthIndex(m[1]!), +m[2]!, m[0])
  },
  {
    re: new RegExp(
      `${weekday}\\b(\\d{1,2})(?:${lexicon('ordinalSuffix')}|\\.)?\\s+(?:of\\s+|de\\s+)?${monthName},?\\s+(?:de\\s+|năm\\s+)?(\\d{4})\\b`,
      'iu'
    ),
    read: (m) => day(+m[3]!, monthIndex(m[2]!), +m[1]!, m[0])
  },
  {
    // 12.03.2023 and 12/03/2023: day first, as everywhere but the US; 03/12/2023 with a day over 12 reads US-style.
    re: /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/,
    read: (m) => {
      const [a, b, year] = [+m[1]!, +m[2]!, +m[3]!]
      return b > 12 && a <= 12 ? day(year, a, b, m[0]) : day(year, b, a, m[0])
    }
  },
  {
    // 17.01.24 and 21-01-17: day, month and a two-digit year with one separator; the century by
    // POSIX strptime's %y rule (69–99 → 19xx, 00–68 → 20xx). After every four-digit form.
    re: /(?<![\d.:/-])(\d{1,2})([.-])(\d{1,2})\2(\d{2})(?![\d.:/-])/u,
    read: (m) => {
      const yy = +m[4]!
      return day(yy >= 69 ? 1900 + yy : 2000 + yy, +m[3]!, +m[1]!, m[0])
    }
  },
  {
    // 平成30年11月9日, 令和元年5月1日: a Japanese era year (the eras from CLDR's Japanese calendar,
    // `languages/ja/calendar.ts`), the Gregorian year its first year plus the era year − 1.
    re: new RegExp(`(${japaneseEras.map((e) => e.name).join('|')})(\\d{1,2}|元)年(\\d{1,2})月(?:(\\d{1,2})日)?`, 'u'),
    read: (m) => {
      const era = japaneseEras.find((e) => e.name === m[1])!
      const year = era.start + (m[2] === '元' ? 1 : +m[2]!) - 1
      return m[4]
        ? day(year, +m[3]!, +m[4], m[0])
        : +m[3]! >= 1 && +m[3]! <= 12
          ? {value: `${year}-${pad(+m[3]!)}`, precision: 'month', match: m[0]}
          : null
    }
  },
  {
    re: new RegExp(`${notInWord}${monthName},?\\s+(?:de\\s+|năm\\s+)?(\\d{4})\\b`, 'iu'),
    read: (m) => {
      const month = monthIndex(m[1]!)
      const year = +m[2]!
      return month > 0 && year >= 1000 ? {value: `${year}-${pad(month)}`, precision: 'month', match: m[0]} : null
    }
  }
]

function day(year: number, month: number, dayOfMonth: number, match: string): ParsedDate | null {
  return valid(year, month, dayOfMonth)
    ? {value: `${year}-${pad(month)}-${pad(dayOfMonth)}`, precision: 'day', match}
    : null
}

/** First date mentioned in a text, or null. */
export function findDate(line: string): ParsedDate | null {
  const text = asciiDigits(line)
  for (const {re, read} of patterns) {
    const m = re.exec(text)
    if (m) {
      const parsed = read(m)
      if (parsed) return parsed
    }
  }
  return null
}

/**
 * Weekday names that sit beside a date on a date line, from the calendars read (CLDR 48 and
 * extras); English by its abbreviations and anything after them ("Tues.", "Thursday").
 */
const weekdays = `(?<!\\p{L})${longestFirst(english.cldr.abbreviatedWeekdays.map((day) => day.toLowerCase()))}[a-z]*\\.?(?!\\p{L})|${longestFirst(
  calendars
    .filter((calendar) => calendar !== english && calendar.read.weekdays)
    .flatMap((calendar) => calendar.weekdays.flat())
)}`
/** "Updated …" after a date, in the languages whose pages print one there (two lists until now: fa and hi only in the second). */
const updatedTail = (words: string) => new RegExp(`\\s*[–—|·•-]?\\s*${words}.*$`, 'iu')
const updatedAfterWords = updatedTail(lexicon('updated', ['en', 'fr', 'es', 'de', 'it', 'ru', 'tr', 'ko', 'zh']))
const updatedAfter = updatedTail(lexicon('updated'))
const readingTime = new RegExp(
  `\\s*[|·•]\\s*\\d{1,3}\\s*min(?:ute)?s?\\s*${lexicon('readingTime', ['en', 'fr', 'es', 'de'])}?\\s*$`,
  'iu'
)
/** Words that stand beside a date on a date line: "at", "Uhr", a time zone, a CJK publication stamp. */
const clockWords = lexicon(['clockWord', 'timeZone'])
const stampWords = lexicon(['published', 'updated'], ['zh', 'ja', 'ko'])
const labelBefore = new RegExp(
  `^.{0,40}?(?:[•|·]\\s*)?\\b${lexicon(['published', 'updated'], ['en'])}\\s*${lexicon('dateLabelTail', ['en', 'fr', 'de', 'es'])}?\\s*:?\\s*(?=\\S)`,
  'iu'
)
const eastAsianLabel = new RegExp(
  `^(?:${lexicon(['published', 'updated'], ['ko', 'zh', 'ja'])}|来源|時間)\\s*[:：]?\\s*`,
  'u'
)
const dateLabel = new RegExp(
  `^(?:${lexicon(['published', 'updated'])}|date)\\s*${lexicon('dateLabelTail')}?\\s*(?:[:\\-–—：]\\s*)?`,
  'iu'
)

/** A line that is nothing but a date (with an optional "Published:"/"Updated:" label). */
export function parseDateLine(line: string): ParsedDate | null {
  const text = asciiDigits(line)
  if (text.replace(updatedAfterWords, '').split(/\s+/).length > 14) return null
  // "2016 9": an archive's year and month.
  const archive = /^(\d{4})\s+(\d{1,2})$/u.exec(text.trim())
  if (archive && +archive[2]! >= 1 && +archive[2]! <= 12)
    return {value: `${archive[1]}-${pad(+archive[2]!)}`, precision: 'month', match: text.trim()}
  const stripped = text
    // "Rohit Saxena • LAST UPDATED : …", "승인 2016.05.12 09:41", "环视网 2020-11-06 14:22:08": a name or label before the date.
    .replace(labelBefore, '')
    .replace(eastAsianLabel, '')
    .replace(dateLabel, '')
    // A dateline ("Berlin, 3 October 2023") or a label ("Policy Brief | 2024-01-18") around the date.
    .replace(/^\p{Lu}[\p{L}.' ]{1,30}(?:,|\s[|·•–—-])\s*(?=\S)/u, '')
  // "Publié le 8 novembre – Mis à jour le 9 novembre": the update that follows is not the piece's date.
  const first = stripped.replace(updatedAfter, '')
  const core = first.replace(readingTime, '')
  const parsed = findDate(core)
  if (!parsed) return null
  const rest = core
    .replace(parsed.match, '')
    .replace(
      new RegExp(
        String.raw`(?:\d{1,2}[:h.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?(?:\s*[A-Z]{2,4})?|(?<!\p{L})${clockWords}(?!\p{L})|${stampWords}|h(?=\s|$)|${weekdays}|[\s,|·•\-–—])+`,
        'giu'
      ),
      ''
    )
  return rest === '' ? parsed : null
}

/** Validate an editor's `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function parseIsoDate(value: string): ParsedDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value)
  if (!m) return null
  const [year, month, dayOfMonth] = [+m[1]!, m[2] ? +m[2] : 1, m[3] ? +m[3] : 1]
  if (!valid(year, month, dayOfMonth)) return null
  const precision = m[3] ? 'day' : m[2] ? 'month' : 'year'
  return {value, precision, match: value}
}
