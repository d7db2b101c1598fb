/**
 * A source line: an outlet's name and a date and nothing else, as digests, reposts and agency pages
 * print them ("Đài Phương Nam, 23/05/2022", "Regard sur l'écran, 17.01.24", "环视网 2020-11-06 14:22:08",
 * "Cathay.org.cn, March 13, 2015"). The same shape names a person in a byline ("Jane Doe May 3, 2016"),
 * so the name must not look like a person's: a script without case, a short lower-case joiner inside
 * it, an outlet word of the page's language, or a site address. A name ending in a lower-case word
 * ("… Conference on", "… opinion") is a sentence or a rubric, not a name.
 */
import {lexicon, packs} from '../../languages/index.js'
import {findDate} from '../../text/dates.js'
import {personShaped} from './masthead.js'
import {hasOutletWord, isSiteAddress} from './outlet-words.js'

let dateLabel: RegExp | null = null
let weekdays: Set<string> | null = null

export function sourceLineOutlet(line: string, lang: string): string | null {
  const text = line.trim()
  if (text.length > 80) return null
  const date = findDate(text)
  if (!date) return null
  const at = text.indexOf(date.match)
  if (at <= 0) return null
  // What follows the date may be a clock time only.
  if (/\p{L}/u.test(text.slice(at + date.match.length).replace(/\b[ap]\.?m\.?\b/giu, ''))) return null
  const name = text
    .slice(0, at)
    .replace(/[\s,|•·:–—-]+$/u, '')
    .trim()
  if (name.length < 2 || name.split(/\s+/u).length > 5 || /\p{N}/u.test(name) || /[.?!:]$/u.test(name)) return null
  // "Published on 3 May", "Press Briefing 3 May": a date's label or the event's name, not an outlet.
  dateLabel ??= new RegExp(`^${lexicon(['published', 'updated'])}|${lexicon('pressConference')}`, 'iu')
  if (dateLabel.test(name)) return null
  // "الأربعاء، 12 …": a weekday before the date (CLDR's names, every calendar we hold).
  weekdays ??= new Set(
    Object.values(packs).flatMap((p) => (p.calendar?.weekdays ?? []).flat().map((w) => w.toLowerCase()))
  )
  if (weekdays.has(name.replace(/[،,]$/u, '').toLowerCase())) return null
  // "Name - Programme 12.03.2019", "حوار: Name 2021.03.14": parts of a header or a field, not one name.
  if (/\s[|–—-]\s|[|•·:：]/u.test(name)) return null
  const uncased = !/[\p{Lu}\p{Ll}]/u.test(name)
  // "Regard sur l'Écran": short lower-case joiners between capitalised words; "… opinion", "… on" are not names.
  const words = name.split(/\s+/u)
  const lower = words.filter((w) => /^\p{Ll}/u.test(w))
  if (lower.some((w) => w.length > 4) || /^\p{Ll}/u.test(words.at(-1)!)) return null
  const lowerInside = lower.length > 0 && /^[\p{Lu}\p{Lt}]/u.test(name)
  if (uncased || lowerInside || hasOutletWord(name, lang) || isSiteAddress(name)) {
    if (!uncased && personShaped(name) && !hasOutletWord(name, lang)) return null
    return name
  }
  return null
}
