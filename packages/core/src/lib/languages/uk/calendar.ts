import cldr from 'cldr-dates-full/main/uk/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/** Ukrainian months and weekdays: Unicode CLDR 48 (`cldr-dates-full`), as its dates are read. */
export const calendar = fromCldr(cldr.main.uk.dates.calendars.gregorian)
