import cldr from 'cldr-dates-full/main/ja/ca-gregorian.json' with {type: 'json'}
import calendarData from 'cldr-core/supplemental/calendarData.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/**
 * Japanese months and weekdays: Unicode CLDR 48 (`cldr-dates-full`).
 * Months are numbers (read as 年月日).
 */
export const calendar = fromCldr(cldr.main.ja.dates.calendars.gregorian, {read: {months: false, weekdays: true}})

/** The Japanese calendar's modern eras in Japanese, by CLDR's era code. */
const eraNames: Readonly<Record<string, string>> = {
  meiji: '明治',
  taisho: '大正',
  showa: '昭和',
  heisei: '平成',
  reiwa: '令和'
}

/**
 * The modern Japanese eras as dates name them ("平成30年" = 2018): each name and the Gregorian year
 * of its first year, from CLDR 48's calendar data (`cldr-core` supplemental `calendarData.json`).
 */
export const japaneseEras: ReadonlyArray<{name: string; start: number}> = Object.values(
  calendarData.supplemental.calendarData.japanese.eras as Record<string, {_code?: string; _start?: string}>
).flatMap((era) => {
  const name = era._code ? eraNames[era._code] : undefined
  return name && era._start ? [{name, start: Number(era._start.split('-')[0])}] : []
})
