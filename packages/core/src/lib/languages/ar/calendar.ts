import cldr from 'cldr-dates-full/main/ar/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/**
 * Arabic months and weekdays: Unicode CLDR 48 (`cldr-dates-full`), plus spellings without hamza.
 */
export const calendar = fromCldr(cldr.main.ar.dates.calendars.gregorian, {
  months: {4: ['إبريل', 'ابريل'], 8: ['اغسطس'], 10: ['اكتوبر']}
})
