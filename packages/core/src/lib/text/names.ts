/**
 * Recognise personal names in running text: two to four capitalised words, allowing initials and
 * particles ("Muhammad Taimur Khan", "A. J. Smith", "Ursula von der Leyen"). Honorifics are dropped.
 * Honorifics, particles and the words that are never a name come from `languages/`.
 */
import {lexicon} from '../languages/index.js'

const honorific = new RegExp(`^(?:${lexicon('honorific', undefined, {capitalized: true})}\\.?\\s+)+`, 'u')
// A capitalised word; an apostrophe may join two parts (O'Brien, D'Souza) but not a possessive 's.
const word = "(?:\\p{Lu}[\\p{L}\\-]*(?:['’]\\p{L}[\\p{L}\\-]+)?\\.?|\\p{Lu}\\.)"
const particle = lexicon('nameParticle')

/** Regex source for one name (used inside larger patterns). */
export const nameSource = `(?!${lexicon('notAName', undefined, {capitalized: true})}\\s)(?:${lexicon('titleBeforeName', undefined, {capitalized: true})}\\.?\\s+)?${word}(?:\\s+(?:${particle}\\s+)*${word}){1,3}`

/** Strip honorifics and trailing punctuation from a matched name; "MARÍA LÓPEZ" → "María López". */
export function cleanName(raw: string): string {
  const name = raw
    .replace(honorific, '')
    .replace(/[.,;:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
  return name === name.toUpperCase() && /\p{Lu}{3}/u.test(name) ? titleCase(name) : name
}

function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
}

let joiner: RegExp | null = null

/**
 * The parts of a list of names, split at commas, "&" and the joining word of any language the packs
 * list (`nameJoiner`: "and", "und", "i", "и" …, lower case only, so an initial "A" stays in its name):
 * "Anna Lis, Jan Wir i Ola Kot" → three parts.
 */
export function splitNames(text: string): string[] {
  joiner ??= new RegExp(`\\s*(?:,|&|\\s${lexicon('nameJoiner', undefined, {words: 'whole'})}\\s)\\s*`, 'u')
  return text.split(joiner)
}

/** Names listed in a byline-like string ("Jane Doe and John Roe", "Jane Doe, John Roe"). */
export function findNames(text: string): string[] {
  const re = new RegExp(`^${nameSource}$`, 'u')
  return splitNames(text)
    .map(cleanName)
    .filter((part) => re.test(part))
}
