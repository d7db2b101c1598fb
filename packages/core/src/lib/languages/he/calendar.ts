import cldr from 'cldr-dates-full/main/he/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

const months = Object.values(cldr.main.he.dates.calendars.gregorian.months.format.wide)

/**
 * Hebrew months and weekdays: Unicode CLDR 48 (`cldr-dates-full`), and each month with the
 * preposition ב glued to it, as dates are written ("14 במרץ 2024").
 */
export const calendar = fromCldr(cldr.main.he.dates.calendars.gregorian, {
  months: Object.fromEntries(months.map((name, index) => [index + 1, [`ב${name}`]]))
})
