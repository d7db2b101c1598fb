import cldr from 'cldr-dates-full/main/pl/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/** Polish months and weekdays: Unicode CLDR 48 (`cldr-dates-full`), as its dates are read. */
export const calendar = fromCldr(cldr.main.pl.dates.calendars.gregorian)
