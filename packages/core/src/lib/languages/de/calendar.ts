import cldr from 'cldr-dates-full/main/de/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/**
 * German months and weekdays: Unicode CLDR 48 (`cldr-dates-full`), plus März typed without its umlaut.
 */
export const calendar = fromCldr(cldr.main.de.dates.calendars.gregorian, {months: {3: ['maerz']}})
