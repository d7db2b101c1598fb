import cldr from 'cldr-dates-full/main/zh/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/**
 * Chinese months and weekdays: Unicode CLDR 48 (`cldr-dates-full`).
 * Months are numbers (read as 年月日); 周一 and 星期天 too.
 */
export const calendar = fromCldr(cldr.main.zh.dates.calendars.gregorian, {
  read: {months: false, weekdays: true},
  abbreviatedWeekdays: true,
  weekdays: {0: ['星期天']}
})
