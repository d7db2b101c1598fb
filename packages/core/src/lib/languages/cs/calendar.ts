import cldr from 'cldr-dates-full/main/cs/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/** Czech months and weekdays: Unicode CLDR 48 (`cldr-dates-full`), as its dates are read. */
export const calendar = fromCldr(cldr.main.cs.dates.calendars.gregorian)
