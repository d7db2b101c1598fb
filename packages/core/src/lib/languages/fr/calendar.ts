import cldr from 'cldr-dates-full/main/fr/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/**
 * French months and weekdays: Unicode CLDR 48 (`cldr-dates-full`), plus month names typed without accents.
 */
export const calendar = fromCldr(cldr.main.fr.dates.calendars.gregorian, {
  months: {2: ['fevrier'], 8: ['aout'], 12: ['decembre']}
})
