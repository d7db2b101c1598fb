import cldr from 'cldr-dates-full/main/en/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/**
 * English months and weekdays: Unicode CLDR 48 (`cldr-dates-full`), plus abbreviations (Jan, Sept) and Tues, Thurs as English pages write them.
 */
export const calendar = fromCldr(cldr.main.en.dates.calendars.gregorian, {
  abbreviatedMonths: true,
  months: {9: ['sept']},
  abbreviatedWeekdays: true,
  weekdays: {2: ['tues'], 4: ['thurs']}
})
