import cldr from 'cldr-dates-full/main/ko/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/**
 * Korean months and weekdays: Unicode CLDR 48 (`cldr-dates-full`).
 * Months are numbers.
 */
export const calendar = fromCldr(cldr.main.ko.dates.calendars.gregorian, {read: {months: false, weekdays: true}})
