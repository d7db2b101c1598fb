/**
 * Calendars from Unicode CLDR 48 (`cldr-dates-full` 48.2.0, pinned in package.json; its JSON is
 * imported by each language's `calendar.ts`, so the bytes never depend on the ICU data of the
 * Node.js that builds). A language's calendar keeps CLDR's Gregorian month and weekday names and
 * date patterns as CLDR writes them (for printing) and, lower-cased, the forms pages are read in:
 * CLDR's wide names plus the spellings a language's pages use that CLDR lacks (`extra`).
 */
import type {Calendar} from './types.js'

/** The part of a CLDR `ca-gregorian.json` calendar that Dossier reads. */
export interface CldrGregorian {
  months: {
    format: {wide: Record<string, string>; abbreviated: Record<string, string>}
    'stand-alone': {wide: Record<string, string>}
  }
  days: {format: {wide: Record<string, string>; abbreviated: Record<string, string>}}
  dateFormats: {long: string}
  dateTimeFormats: {availableFormats: Record<string, string>}
}

/** What a language adds to CLDR, or leaves out, when pages are read. */
export interface CalendarExtras {
  /** Further spellings by month number (1–12): "maerz", "fevrier", "setiembre". */
  months?: Readonly<Record<number, readonly string[]>>
  /** Further spellings by weekday (0 Sunday – 6 Saturday): "星期天", a Persian name without its ZWNJ. */
  weekdays?: Readonly<Record<number, readonly string[]>>
  /** Read CLDR's abbreviated month names too (Jan, Sep). */
  abbreviatedMonths?: boolean
  /** Read CLDR's abbreviated weekday names too (周一). */
  abbreviatedWeekdays?: boolean
  /**
   * What is read in this language's words (default both): Persian pages date in the Solar Hijri
   * calendar (read by its own pattern), Chinese, Japanese and Korean months are numbers.
   */
  read?: {months: boolean; weekdays: boolean}
}

const ordered = (names: Record<string, string>, count: number) =>
  Array.from({length: count}, (_, index) => names[String(index + 1)] ?? '')

const lower = (name: string) => name.normalize('NFC').toLowerCase()

/** A `Calendar` from CLDR data and the language's extras. */
export function fromCldr(gregorian: CldrGregorian, extras: CalendarExtras = {}): Calendar {
  const format = ordered(gregorian.months.format.wide, 12)
  const standAlone = ordered(gregorian.months['stand-alone'].wide, 12)
  const shortMonths = ordered(gregorian.months.format.abbreviated, 12)
  const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const
  const wideDays = days.map((day) => gregorian.days.format.wide[day] ?? '')
  const shortDays = days.map((day) => gregorian.days.format.abbreviated[day] ?? '')
  const unique = (list: string[]) => [...new Set(list.filter(Boolean))]
  return {
    months: format.map((name, index) =>
      unique([
        lower(name),
        lower(standAlone[index]!),
        ...(extras.abbreviatedMonths ? [lower(shortMonths[index]!)] : []),
        ...(extras.months?.[index + 1] ?? [])
      ])
    ),
    weekdays: wideDays.map((name, index) =>
      unique([
        lower(name),
        ...(extras.abbreviatedWeekdays ? [lower(shortDays[index]!)] : []),
        ...(extras.weekdays?.[index] ?? [])
      ])
    ),
    read: extras.read ?? {months: true, weekdays: true},
    cldr: {
      months: format,
      standAloneMonths: standAlone,
      abbreviatedWeekdays: shortDays,
      long: gregorian.dateFormats.long,
      yearMonth: gregorian.dateTimeFormats.availableFormats.yMMMM ?? 'MMMM y',
      year: gregorian.dateTimeFormats.availableFormats.y ?? 'y'
    }
  }
}
