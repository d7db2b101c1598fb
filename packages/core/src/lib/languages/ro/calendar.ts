import cldr from 'cldr-dates-full/main/ro/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/** Romanian months and weekdays: Unicode CLDR 48 (`cldr-dates-full`), as its dates are read. */
export const calendar = fromCldr(cldr.main.ro.dates.calendars.gregorian)
