import cldr from 'cldr-dates-full/main/bn/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/** Bengali months and weekdays: Unicode CLDR 48 (`cldr-dates-full`), as its dates are read. */
export const calendar = fromCldr(cldr.main.bn.dates.calendars.gregorian)
