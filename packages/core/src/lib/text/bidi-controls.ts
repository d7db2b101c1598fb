/**
 * Explicit directional formatting characters in one-line metadata (titles, names, collection fields).
 *
 * UAX #9 §2.1–2.4 (https://www.unicode.org/reports/tr9/#Explicit_Directional_Embeddings) defines
 * embeddings LRE U+202A and RLE U+202B, overrides LRO U+202D and RLO U+202E, all closed by PDF U+202C,
 * and isolates LRI U+2066, RLI U+2067 and FSI U+2068, closed by PDI U+2069. An override reorders the
 * letters a reader sees: "invoice\u202Efdp.exe" shows as "invoiceexe.pdf" — the "Trojan Source"
 * trick (CVE-2021-42574). An embedding or isolate left open carries its direction into whatever follows
 * the title (a feed entry, a file name, a table cell). So:
 *
 * - overrides are removed, with the PDF that closes them;
 * - an embedding or isolate without its terminator, and a terminator without its opener, is removed;
 * - paired embeddings and isolates (used to set a Latin name inside an Arabic title) are kept, as are
 *   the implicit marks LRM U+200E, RLM U+200F and ALM U+061C, which only act as a strong letter.
 *
 * Pairing follows UAX #9 rules X6a (a PDI closes the innermost open isolate and every embedding opened
 * after it) and X7 (a PDF closes the innermost embedding or override, but not across an open isolate).
 */

const controls = /[\u202a-\u202e\u2066-\u2069]/

/** Names of the controls, for messages. */
const names: Record<string, string> = {
  '\u202a': 'U+202A LEFT-TO-RIGHT EMBEDDING',
  '\u202b': 'U+202B RIGHT-TO-LEFT EMBEDDING',
  '\u202c': 'U+202C POP DIRECTIONAL FORMATTING',
  '\u202d': 'U+202D LEFT-TO-RIGHT OVERRIDE',
  '\u202e': 'U+202E RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'U+2066 LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'U+2067 RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'U+2068 FIRST STRONG ISOLATE',
  '\u2069': 'U+2069 POP DIRECTIONAL ISOLATE'
}

/** What was removed from a text: the clean text and the names of the controls taken out (in order, once each). */
export interface StrippedBidi {
  text: string
  removed: string[]
}

/** Remove overrides and unpaired directional controls from one line of text; keep paired ones and RLM/LRM/ALM. */
export function stripBidiControls(text: string): StrippedBidi {
  if (!controls.test(text)) return {text, removed: []}
  const drop = new Set<number>()
  const open: Array<{at: number; kind: 'embedding' | 'override' | 'isolate'}> = []
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    if (char === '\u202a' || char === '\u202b') open.push({at: index, kind: 'embedding'})
    else if (char === '\u202d' || char === '\u202e') {
      open.push({at: index, kind: 'override'})
      drop.add(index)
    } else if (char === '\u2066' || char === '\u2067' || char === '\u2068') open.push({at: index, kind: 'isolate'})
    else if (char === '\u202c') {
      const top = open.at(-1)
      if (top && top.kind !== 'isolate') {
        open.pop()
        if (top.kind === 'override') drop.add(index)
      } else drop.add(index)
    } else if (char === '\u2069') {
      const isolate = open.findLastIndex((entry) => entry.kind === 'isolate')
      if (isolate === -1) drop.add(index)
      else for (const entry of open.splice(isolate + 1)) drop.add(entry.at)
      if (isolate !== -1) open.pop()
    } else if (char === '\n' || char === '\r' || char === '\u2029') {
      // A paragraph separator ends every embedding and isolate (UAX #9 rule X8).
      for (const entry of open.splice(0)) drop.add(entry.at)
    }
  }
  for (const entry of open) drop.add(entry.at)
  if (drop.size === 0) return {text, removed: []}
  let out = ''
  const removed: string[] = []
  for (let index = 0; index < text.length; index++) {
    if (!drop.has(index)) out += text[index]
    else if (!removed.includes(names[text[index]!]!)) removed.push(names[text[index]!]!)
  }
  return {text: out, removed}
}
