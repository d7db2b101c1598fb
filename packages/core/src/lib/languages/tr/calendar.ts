import cldr from 'cldr-dates-full/main/tr/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/**
 * Turkish months and weekdays: Unicode CLDR 48 (`cldr-dates-full`), plus month names typed without Turkish letters.
 */
export const calendar = fromCldr(cldr.main.tr.dates.calendars.gregorian, {
  months: {2: ['subat'], 5: ['mayis'], 8: ['agustos'], 9: ['eylul'], 11: ['kasim'], 12: ['aralik']}
})
