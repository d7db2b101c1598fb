import cldr from 'cldr-dates-full/main/pt/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/**
 * Portuguese months and weekdays: Unicode CLDR 48 (`cldr-dates-full`).
 * Weekday names not read (none in our sources).
 */
export const calendar = fromCldr(cldr.main.pt.dates.calendars.gregorian, {read: {months: true, weekdays: false}})
