import cldr from 'cldr-dates-full/main/nl/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/** Dutch months and weekdays: Unicode CLDR 48 (`cldr-dates-full`), as its dates are read. */
export const calendar = fromCldr(cldr.main.nl.dates.calendars.gregorian)
