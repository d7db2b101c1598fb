/**
 * The masthead: the site's or publication's name printed at the top of the page, before the
 * headline ("Obywatelskie Pomorze", "木材保全協会", "Edizioni Fogliolungo – Blog", "QUILL magazine").
 * The role labels of `corpus/train` call it `masthead`; the decoder does not yet decide it, so this
 * reads it from shape and evidence:
 *
 * - one of the first three non-blank lines, above the headline (or the first content);
 * - the first part of the line between separators (" | ", " – "; of a breadcrumb "A > B > C", only A), of at
 *   most six words and fifty characters, with no digits and no sentence end; lower-case words after
 *   the name in a cased script are a description ("QUILL magazine" → "QUILL");
 * - an outlet word of the page's language (`mastheadWord`), a site address, or — for a name not
 *   shaped like a person's — the same name printed again elsewhere on the page, outside menus
 *   (a footer's ©, a headline, an intro, a label).
 *
 * A top line with none of these ("Stay connected", a kicker, a date, a guest's name) names nothing, and
 * neither do the site's buttons ("Startseite", `home`, `login`, `search`…).
 */
import {lexicon} from '../../languages/index.js'
import type {State} from '../state.js'
import {hasOutletWord, isSiteAddress} from './outlet-words.js'

export interface Masthead {
  name: string
  line: number
}

let furniture: RegExp | null = null
const separators = /\s+[|–—-]\s+|\s*\|\s*/u
const crumbs = /\s+[>›»]\s+/u
/** A menu: three or more items between wide gaps or separators. */
const menu = (text: string) => text.trim().split(/\s{2,}|\s+[|•·>›»/]\s+/u).length >= 3

export function readMasthead(state: State, lang: string): Masthead | null {
  const content = state.units.find((u) => u.role !== 'removed' && u.role !== 'title')?.line ?? Number.POSITIVE_INFINITY
  const limit = Math.min(state.title?.line ?? Number.POSITIVE_INFINITY, content)
  const top = state.lines
    .map((text, i) => ({text: text.trim(), line: i + 1}))
    .filter((l) => l.text !== '' && l.line < limit && !/^</u.test(l.text))
    .slice(0, 3)
  // Printed again as a name: the same letters in the same case, not inside a longer word, not in a menu.
  const elsewhere = (name: string, line: number) =>
    state.lines.some((text, i) => {
      if (i + 1 === line || menu(text)) return false
      const at = text.indexOf(name)
      return at >= 0 && !/[\p{L}\p{M}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{M}]/u.test(text[at + name.length] ?? '')
    })
  for (const {text, line} of top) {
    const parts = crumbs.test(text) ? [text.split(crumbs)[0]!] : text.split(separators)
    // The name comes first; a tagline after a dash may carry the outlet word ("X – Agentur für …").
    furniture ??= new RegExp(
      `^${lexicon(['home', 'login', 'search', 'sitePage', 'menuButton', 'archive', 'skipTo'])}$`,
      'iu'
    )
    const names = parts
      .map((part) => part.replace(/^©\s*/u, '').trim())
      .map((part) => ({part, name: described(part)}))
      .filter(({name}) => nameShaped(name) && !furniture!.test(name))
      // A person's name at the top is a byline or a guest, unless an outlet word says otherwise.
      .filter(({name}) => !personShaped(name) || hasOutletWord(name, lang))
    const first = names[0]
    if (!first) continue
    // Printed again counts for the name as printed, not for a shortened form ("Своё мнение" → "Своё").
    const own = hasOutletWord(first.part, lang) || isSiteAddress(first.name)
    const again = first.name === first.part && elsewhere(first.name, line)
    const tagline = names.slice(1).some(({name}) => hasOutletWord(name, lang))
    if (own || again || tagline) return {name: first.name, line}
  }
  return null
}

/** "QUILL magazine" → "QUILL": lower-case words closing a name in a cased script describe it. */
function described(name: string): string {
  const words = name.split(/\s+/u)
  if (!/^[\p{Lu}\p{Lt}]/u.test(words[0] ?? '')) return name
  while (words.length > 1 && /^\p{Ll}+$/u.test(words.at(-1)!)) words.pop()
  return words.join(' ')
}

/** Short, lettered, no digits, no sentence end, not a menu. */
function nameShaped(name: string): boolean {
  if (name.length < 2 || name.length > 50 || name.split(/\s+/u).length > 6) return false
  if (!/\p{L}/u.test(name) || /\p{N}/u.test(name) || menu(name)) return false
  return !/[.?!:;,،؟。？！：]$/u.test(name) || isSiteAddress(name)
}

/** Two or three capitalised words and nothing else: a person's name as often as an outlet's. */
export function personShaped(name: string): boolean {
  const words = name.split(/\s+/u)
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^[\p{Lu}\p{Lt}][\p{L}\p{M}'’.-]*$/u.test(w))
}
