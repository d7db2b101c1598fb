import cldr from 'cldr-dates-full/main/sw/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/** Swahili months and weekdays: Unicode CLDR 48 (`cldr-dates-full`), for reading dates (nothing is printed in them: the pack has no terms). */
export const calendar = fromCldr(cldr.main.sw.dates.calendars.gregorian)
