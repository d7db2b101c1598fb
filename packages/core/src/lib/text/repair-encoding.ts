/**
 * Repairs for text that was damaged before it reached us: HTML character references a scraper left
 * in (`&amp;`, `&#8217;`), and UTF-8 read as Windows-1252 ("Donâ€™t" for "Don’t"). Both are only
 * applied where the damage is unambiguous, and each is reported.
 */
import {decodeHTML} from 'entities'

const reference = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/gi

/** Decode complete HTML character references; returns the text and how many were decoded. */
export function decodeReferences(line: string): {text: string; count: number} {
  let count = 0
  const text = line.replace(reference, (match) => {
    const decoded = decodeHTML(match)
    if (decoded === match) return match
    count++
    return decoded
  })
  return {text, count}
}

/** Windows-1252 bytes 0x80–0x9F, as the characters they decode to. */
const cp1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f
}
const continuation = `[\\u0080-\\u00bf${Object.keys(cp1252).join('')}]`
// A lead byte of a 2-, 3- or 4-byte UTF-8 sequence (Â–ô) followed by its continuation bytes.
const damaged = new RegExp(
  `[\\u00c2-\\u00df]${continuation}|[\\u00e0-\\u00ef]${continuation}{2}|[\\u00f0-\\u00f4]${continuation}{3}`,
  'g'
)
const decoder = new TextDecoder('utf-8', {fatal: true})

/** Undo UTF-8-as-Windows-1252 sequences; returns the text and how many were repaired. */
export function repairMojibake(line: string): {text: string; count: number} {
  let count = 0
  const text = line.replace(damaged, (match) => {
    const bytes = Uint8Array.from([...match].map((char) => cp1252[char] ?? char.charCodeAt(0)))
    try {
      const repaired = decoder.decode(bytes)
      count++
      return repaired
    } catch {
      return match
    }
  })
  return {text, count}
}
