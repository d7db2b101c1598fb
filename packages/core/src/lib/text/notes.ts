/**
 * Editorial notes and disclaimers, in the words pages use for them: "The views expressed… do not
 * necessarily reflect…", "Editor's note:", "This interview has been edited for length and
 * clarity", "Responses have been condensed", "This article first appeared in…".
 */
import {lexicon} from '../languages/index.js'

const piece = lexicon('pieceNoun')

const patterns = [
  /\bviews (?:and opinions )?expressed\b/i,
  /\bopinions (?:expressed )?in this (?:interview|article|piece|brief|post) are\b/i,
  /\bdo(?:es)? not necessarily (?:reflect|represent)\b/i,
  new RegExp(`^${lexicon('editorNote')}\\s*[:.\\-–—]`, 'i'),
  /^\(?(?:translated|interview translated) (?:from [\p{L} ]+ )?by\b/iu,
  new RegExp(`^\\(?(?:this|the) ${piece} (?:has been|was|have been) (?:lightly )?${lexicon('editedVerb')}`, 'i'),
  new RegExp(`\\b${lexicon('answersNoun')} (?:have been|were) (?:lightly )?${lexicon('editedVerb')}`, 'i'),
  /\bedited (?:lightly )?for (?:length|clarity|brevity)/i,
  new RegExp(`^\\(?(?:this|the) ${piece} (?:was )?(?:originally|first) ${lexicon('firstAppeared')}`, 'i'),
  /^\(?(?:this|the) (?:interview|conversation) was conducted\b/i,
  /\bthis transcript may not be in its final form\b/i,
  /^[\p{Lu}][\p{L}'’ -]{1,40} was interviewed (?:in|by|on|at|over)\b/iu
]

/** True for a paragraph that is an editorial note or disclaimer. */
export function isNote(text: string): boolean {
  return patterns.some((re) => re.test(text))
}
