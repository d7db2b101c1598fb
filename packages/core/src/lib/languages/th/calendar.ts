import calendarData from 'cldr-core/supplemental/calendarData.json' with {type: 'json'}
import cldr from 'cldr-dates-full/main/th/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/**
 * Thai months and weekdays: Unicode CLDR 48 (`cldr-dates-full`), wide and abbreviated ("มี.ค."),
 * for reading dates (nothing is printed in them: the pack has no terms).
 */
export const calendar = fromCldr(cldr.main.th.dates.calendars.gregorian, {abbreviatedMonths: true})

/**
 * How many years the Buddhist era (พ.ศ.) runs ahead of the Gregorian: 543, from the start of its
 * year 1 in CLDR 48's calendar data (`cldr-core` supplemental `calendarData.json`: "-542-01-01",
 * in astronomical year numbering, which is 543 BCE).
 */
export const buddhistEraOffset: number =
  1 - Number(calendarData.supplemental.calendarData.buddhist.eras['0']._start.match(/^-?\d+/)![0])
