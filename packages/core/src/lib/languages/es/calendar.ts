import cldr from 'cldr-dates-full/main/es/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/**
 * Spanish months and weekdays: Unicode CLDR 48 (`cldr-dates-full`), plus setiembre, as several Latin American countries write it.
 */
export const calendar = fromCldr(cldr.main.es.dates.calendars.gregorian, {months: {9: ['setiembre']}})
