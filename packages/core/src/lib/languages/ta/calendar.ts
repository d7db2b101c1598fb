import cldr from 'cldr-dates-full/main/ta/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/** Tamil months and weekdays: Unicode CLDR 48 (`cldr-dates-full`), for reading dates (nothing is printed in them: the pack has no terms). */
export const calendar = fromCldr(cldr.main.ta.dates.calendars.gregorian)
