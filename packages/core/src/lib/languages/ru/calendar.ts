import cldr from 'cldr-dates-full/main/ru/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/**
 * Russian months and weekdays: Unicode CLDR 48 (`cldr-dates-full`).
 */
export const calendar = fromCldr(cldr.main.ru.dates.calendars.gregorian, {})
