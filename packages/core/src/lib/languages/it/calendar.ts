import cldr from 'cldr-dates-full/main/it/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/**
 * Italian months and weekdays: Unicode CLDR 48 (`cldr-dates-full`).
 * Weekday names not read (none in our sources).
 */
export const calendar = fromCldr(cldr.main.it.dates.calendars.gregorian, {read: {months: true, weekdays: false}})
