/**
 * Recognise personal names in running text: two to four capitalised words, allowing initials and
 * particles ("Muhammad Taimur Khan", "A. J. Smith", "Ursula von der Leyen"). Honorifics are dropped.
 */

const honorific = /^(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame|Sen|Rep|Gen|Col|Amb|H\.E|Sheikh)\.?\s+)+/
const word = "(?:\\p{Lu}[\\p{L}'’\\-]*\\.?|\\p{Lu}\\.)"
const particle = '(?:von|van|der|den|de|da|di|du|del|la|le|bin|bint|ibn|al|el|ul)'

/** Regex source for one name (used inside larger patterns). */
export const nameSource = `(?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+)?${word}(?:\\s+(?:${particle}\\s+)*${word}){1,3}`

/** Strip honorifics and trailing punctuation from a matched name. */
export function cleanName(raw: string): string {
  return raw.replace(honorific, '').replace(/[.,;:]+$/, '').replace(/\s+/g, ' ').trim()
}

/** Names listed in a byline-like string ("Jane Doe and John Roe", "Jane Doe, John Roe"). */
export function findNames(text: string): string[] {
  const parts = text.split(/\s*(?:,|&|\band\b|\bwith\b)\s*/)
  const re = new RegExp(`^${nameSource}$`, 'u')
  return parts.map(cleanName).filter((part) => re.test(part))
}
