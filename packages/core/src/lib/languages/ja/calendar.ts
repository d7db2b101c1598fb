import cldr from 'cldr-dates-full/main/ja/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/**
 * Japanese months and weekdays: Unicode CLDR 48 (`cldr-dates-full`).
 * Months are numbers (read as 年月日).
 */
export const calendar = fromCldr(cldr.main.ja.dates.calendars.gregorian, {read: {months: false, weekdays: true}})
