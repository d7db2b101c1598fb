import cldr from 'cldr-dates-full/main/hi/ca-gregorian.json' with {type: 'json'}
import {fromCldr} from '../cldr.js'

/**
 * Hindi months and weekdays: Unicode CLDR 48 (`cldr-dates-full`), plus spellings without nukta and with a conjunct.
 */
export const calendar = fromCldr(cldr.main.hi.dates.calendars.gregorian, {
  months: {2: ['फरवरी'], 4: ['अप्रेल'], 9: ['सितम्बर'], 11: ['नवम्बर'], 12: ['दिसम्बर']}
})
