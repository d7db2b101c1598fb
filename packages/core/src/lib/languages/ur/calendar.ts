import cldr from 'cldr-dates-full/main/ur/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/**
 * Urdu months and weekdays: Unicode CLDR 48 (`cldr-dates-full`).
 */
export const calendar = fromCldr(cldr.main.ur.dates.calendars.gregorian, {})
