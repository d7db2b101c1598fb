import cldr from 'cldr-dates-full/main/be/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/** Belarusian months and weekdays: Unicode CLDR 48 (`cldr-dates-full`), as its dates are read. */
export const calendar = fromCldr(cldr.main.be.dates.calendars.gregorian)
