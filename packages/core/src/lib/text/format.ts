/**
 * Model facts as English words, shared by every renderer so the site, EPUB and PDF print the same
 * date the same way. Locale-fixed: output never depends on the machine that builds it.
 */
import {packs} from '../languages/index.js'
import type {DateInfo} from '../model/publication.js'

/** English month names, Unicode CLDR 48's (`languages/en/calendar.ts`). */
const months = packs.en!.calendar!.cldr.months

/** `2017-07` → "July 2017", `2024-05-22` → "22 May 2024", `2019` → "2019". */
export function formatDateValue(value: string): string {
  const [year, month, day] = value.split('-')
  const name = month ? months[Number(month) - 1] : undefined
  if (!name) return year ?? value
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`
}

/** A publication date in words, with the precision the model gives, or null. */
export function formatDate(date: DateInfo | null): string | null {
  return date ? formatDateValue(date.value) : null
}

/** Join names as prose: "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length < 2) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}
