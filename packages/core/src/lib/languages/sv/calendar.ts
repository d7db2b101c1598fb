import cldr from 'cldr-dates-full/main/sv/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/** Swedish months and weekdays: Unicode CLDR 48 (`cldr-dates-full`), for reading dates (nothing is printed in them: the pack has no terms). */
export const calendar = fromCldr(cldr.main.sv.dates.calendars.gregorian)
