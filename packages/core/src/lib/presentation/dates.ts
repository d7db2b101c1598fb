/**
 * Dates in the words of a publication's language, with the precision the model gives ("July 2017",
 * "июль 2017 г.", "2017年7月"). The patterns and month names are those of Unicode CLDR 48 (the
 * Gregorian calendar's long date, `yMMMMd`, `yMMMM` and `y`, Latin digits), copied into a table so
 * the bytes never depend on the ICU data of the Node.js that builds: Debian's Node links the
 * system's ICU, and CLDR changes between releases. Two deliberate departures: English keeps the
 * day-month-year order every format has printed ("22 May 2024", core's `formatDateValue`), and
 * French writes the first of the month "1er". The calendar is always Gregorian (a month-precise
 * date cannot be moved into the Persian calendar without inventing a day) and the digits always
 * Latin, as in every count the interface tables print. A language without a table gets English,
 * and the returned `lang` says so.
 */
import {formatDateValue} from '../text/format.js'
import {primary} from '../text/typography-quotes.js'
import {textIn} from './words.js'
import type {LangText} from './types.js'

interface DatePatterns {
  /** `{d}`, `{month}` (the name for a day-precise date) and `{y}`. */
  day: string
  /** `{month}` (the stand-alone name where the language has one) and `{y}`. */
  month: string
  year: string
  /** Month names used with a day (genitive in Russian). */
  dayMonths: readonly string[]
  /** Month names used without a day. */
  months: readonly string[]
}

const same = (months: readonly string[], day: string, month: string, year = '{y}'): DatePatterns => ({
  day,
  month,
  year,
  dayMonths: months,
  months
})

const numbers = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const

/** CLDR 48 long dates by primary language subtag. */
const patterns: Record<string, DatePatterns> = {
  ur: same(
    ['جنوری', 'فروری', 'مارچ', 'اپریل', 'مئی', 'جون', 'جولائی', 'اگست', 'ستمبر', 'اکتوبر', 'نومبر', 'دسمبر'],
    '{d} {month}، {y}',
    '{month} {y}'
  ),
  ru: {
    day: '{d} {month} {y} г.',
    month: '{month} {y} г.',
    year: '{y}',
    dayMonths: [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря'
    ],
    months: [
      'январь',
      'февраль',
      'март',
      'апрель',
      'май',
      'июнь',
      'июль',
      'август',
      'сентябрь',
      'октябрь',
      'ноябрь',
      'декабрь'
    ]
  },
  zh: same(numbers, '{y}年{month}月{d}日', '{y}年{month}月', '{y}年'),
  ar: same(
    ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
    '{d} {month} {y}',
    '{month} {y}'
  ),
  fa: same(
    ['ژانویهٔ', 'فوریهٔ', 'مارس', 'آوریل', 'مهٔ', 'ژوئن', 'ژوئیهٔ', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'],
    '{d} {month} {y}',
    '{month} {y}'
  ),
  hi: same(
    ['जनवरी', 'फ़रवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'],
    '{d} {month} {y}',
    '{month} {y}'
  ),
  de: same(
    [
      'Januar',
      'Februar',
      'März',
      'April',
      'Mai',
      'Juni',
      'Juli',
      'August',
      'September',
      'Oktober',
      'November',
      'Dezember'
    ],
    '{d}. {month} {y}',
    '{month} {y}'
  ),
  fr: same(
    [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre'
    ],
    '{d} {month} {y}',
    '{month} {y}'
  ),
  es: same(
    [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre'
    ],
    '{d} de {month} de {y}',
    '{month} de {y}'
  )
}

/**
 * A model date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) in the words of `lang`, at the precision the
 * value has. A value that is not such a date is returned as it is, in English.
 */
export function dateText(value: string, lang: string): LangText {
  const code = primary(lang)
  const table = patterns[code]
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value)
  const month = match?.[2] ? Number(match[2]) : null
  if (!table || !match || (month !== null && (month < 1 || month > 12)))
    return textIn(formatDateValue(value), code === 'en' ? lang : 'en')
  const [, year, , day] = match
  const fill = (pattern: string, name = '') =>
    pattern
      .replace('{y}', year!)
      .replace('{month}', name)
      .replace('{d}', code === 'fr' && Number(day) === 1 ? '1er' : String(Number(day)))
  const text =
    month === null
      ? fill(table.year)
      : day
        ? fill(table.day, table.dayMonths[month - 1])
        : fill(table.month, table.months[month - 1])
  return textIn(text, lang)
}
