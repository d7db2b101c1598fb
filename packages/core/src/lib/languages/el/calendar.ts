import cldr from 'cldr-dates-full/main/el/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/** Greek months and weekdays: Unicode CLDR 48 (`cldr-dates-full`), for reading dates (nothing is printed in them: the pack has no terms). */
export const calendar = fromCldr(cldr.main.el.dates.calendars.gregorian)
