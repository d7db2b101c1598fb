import cldr from 'cldr-dates-full/main/id/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/** Indonesian months and weekdays: Unicode CLDR 48 (`cldr-dates-full`), as its dates are read. */
export const calendar = fromCldr(cldr.main.id.dates.calendars.gregorian)
