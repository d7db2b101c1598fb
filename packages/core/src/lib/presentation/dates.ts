/**
 * Dates in the words of a publication's language, with the precision the model gives ("July 2017",
 * "июль 2017 г.", "2017年7月"). The patterns and month names are Unicode CLDR 48's (the Gregorian
 * calendar's long date, `yMMMM` and `y`, Latin digits), read from the pinned `cldr-dates-full`
 * package through each language's `languages/<code>/calendar.ts` (the same data the reader of
 * dates uses), so the bytes never depend on the ICU data of the Node.js that builds: Debian's Node
 * links the system's ICU, and CLDR changes between releases. Dates are printed in the languages
 * that have interface terms (`languages/<code>/terms.ts`). Three deliberate departures: English
 * keeps the day-month-year order every format has printed ("22 May 2024", core's `formatDateValue`),
 * French writes the first of the month "1er", and the narrow no-break space CLDR 48 puts in Russian
 * patterns (before "г.") is printed as a space, as Dossier always has. The calendar is always Gregorian (a month-precise
 * date cannot be moved into the Persian calendar without inventing a day) and the digits always
 * Latin, as in every count the interface tables print. A language without a table gets English,
 * and the returned `lang` says so.
 */
import {packs} from '../languages/index.js'
import type {Calendar} from '../languages/types.js'
import {formatDateValue} from '../text/format.js'
import {primary} from '../text/typography-quotes.js'
import {textIn} from './words.js'
import type {LangText} from './types.js'

/** The calendars dates are printed with, by primary language subtag (English: `formatDateValue`). */
const printed: Record<string, Calendar> = Object.fromEntries(
  Object.values(packs).flatMap((pack) =>
    pack.calendar && pack.lang !== 'en' && Object.keys(pack.terms).length > 0 ? [[pack.lang, pack.calendar]] : []
  )
)

/**
 * A CLDR date pattern filled in: `d` the day, `MMMM` the month's name, `LLLL` its stand-alone
 * name, `M` its number, `y` the year, `'…'` literal text.
 */
function fillPattern(pattern: string, calendar: Calendar, year: string, month: number, day: string): string {
  return pattern.replace(/\u202f/gu, ' ').replace(/'([^']*)'|d+|M+|L+|y+/g, (token, literal: string | undefined) => {
    if (literal !== undefined) return literal === '' ? "'" : literal
    if (token.startsWith('d')) return day
    if (token.startsWith('y')) return year
    if (token.length < 3) return String(month)
    return (token.startsWith('L') ? calendar.cldr.standAloneMonths : calendar.cldr.months)[month - 1] ?? ''
  })
}

/**
 * A model date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) in the words of `lang`, at the precision the
 * value has. A value that is not such a date is returned as it is, in English.
 */
export function dateText(value: string, lang: string): LangText {
  const code = primary(lang)
  const calendar = printed[code]
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value)
  const month = match?.[2] ? Number(match[2]) : null
  if (!calendar || !match || (month !== null && (month < 1 || month > 12)))
    return textIn(formatDateValue(value), code === 'en' ? lang : 'en')
  const [, year, , day] = match
  const dayText = code === 'fr' && Number(day) === 1 ? '1er' : String(Number(day))
  const text =
    month === null
      ? fillPattern(calendar.cldr.year, calendar, year!, 0, '')
      : day
        ? fillPattern(calendar.cldr.long, calendar, year!, month, dayText)
        : fillPattern(calendar.cldr.yearMonth, calendar, year!, month, '')
  return textIn(text, lang)
}
