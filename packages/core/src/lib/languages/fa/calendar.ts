import cldr from 'cldr-dates-full/main/fa/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/**
 * Persian months and weekdays: Unicode CLDR 48 (`cldr-dates-full`).
 * Gregorian months not read (Persian pages date in the Solar Hijri calendar, read in text/dates.ts); weekday names with and without their ZWNJ.
 */
export const calendar = fromCldr(cldr.main.fa.dates.calendars.gregorian, {
  read: {months: false, weekdays: true},
  weekdays: {0: ['یک‌شنبه'], 2: ['سهشنبه'], 4: ['پنج‌شنبه']}
})

/**
 * Solar Hijri (Persian calendar) month names, Farvardin first, as CLDR 48 writes them (`ca-persian`,
 * which `cldr-dates-full` does not carry; `cldr-cal-persian-full` stops at CLDR 46): a date in them
 * is converted to the Gregorian day (text/dates.ts, jalaali-js).
 */
export const solarHijriMonths = [
  'فروردین',
  'اردیبهشت',
  'خرداد',
  'تیر',
  'مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند'
] as const
