import cldr from 'cldr-dates-full/main/vi/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/**
 * Vietnamese months and weekdays: Unicode CLDR 48 (`cldr-dates-full`). A month is "tháng 3", so
 * "14 tháng 3 năm 2024" reads with the year word between (`text/dates.ts`).
 */
export const calendar = fromCldr(cldr.main.vi.dates.calendars.gregorian)
