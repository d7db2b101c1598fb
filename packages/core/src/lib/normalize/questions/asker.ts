/**
 * Who asks, in a labelled transcript (issue 20: "who asks is decided from several signals — who
 * speaks first, who welcomes whom, role words in labels, turn lengths, `?` — not `?` alone").
 * Signals, strongest first: a role word in the label (`askingRole`, `answeringRole` in any
 * language), the share of turns that ask, clearly shorter turns, and who opens the conversation —
 * the opener counts when two voices strictly alternate or when the opening turn names the other
 * speaker (a host's welcome: "Ingrid Solano, welcome to the programme").
 */
import {lexicon} from '../../languages/index.js'

/** What one speaker said over the page. */
export interface Stats {
  turns: number
  /** Turns with a question mark. */
  asks: number
  /** Characters said over all turns. */
  length: number
}

// A role word as a word of the label, or glued to the end of a name in a script without spaces ("新华社记者").
const roleWord = (concept: 'askingRole' | 'answeringRole') =>
  new RegExp(`(?:^|[^\\p{L}]|(?<=\\p{Lo}))${lexicon(concept)}(?:\\s*\\d*$|[^\\p{L}])`, 'iu')
export const asksByName = roleWord('askingRole')
export const answersByName = roleWord('answeringRole')

/** Role words first (2 asks, −1 answers), else the share of turns that ask. */
export const ratio = ([name, s]: readonly [string, Stats]) =>
  asksByName.test(name) ? 2 : answersByName.test(name) ? -1 : s.asks / s.turns

const mean = (s: Stats) => s.length / s.turns

/** −1 when `a` speaks in clearly shorter turns than `b` (under 60% of the length), 1 the other way, else 0. */
export const shorter = (a: Stats, b: Stats) => (mean(a) < 0.6 * mean(b) ? -1 : mean(b) < 0.6 * mean(a) ? 1 : 0)

/** Stats of several speakers taken together. */
export function pooled(stats: ReadonlyMap<string, Stats>, names: Iterable<string>): Stats {
  const sum = {turns: 0, asks: 0, length: 0}
  for (const name of names) {
    const s = stats.get(name)!
    sum.turns += s.turns
    sum.asks += s.asks
    sum.length += s.length
  }
  return sum
}

/**
 * The speaker who opens the conversation, when that is evidence of asking: two voices that
 * strictly alternate over four turns or more, or an opening turn that names another speaker
 * (by a word of three letters or more of their label). `order` is the speakers of the labelled
 * turns in page order, `opening` the text of the first turn. Null otherwise.
 */
export function opener(order: readonly string[], opening: string): string | null {
  const first = order[0]
  if (first === undefined) return null
  const voices = new Set(order)
  if (voices.size === 2 && order.length >= 4 && order.every((s, i) => i === 0 || s !== order[i - 1])) return first
  const said = opening.toLocaleLowerCase()
  for (const other of voices) {
    if (other === first) continue
    const words = other
      .toLocaleLowerCase()
      .split(/[\s,.]+/u)
      .filter((w) => [...w].length >= 3)
    if (words.some((w) => said.includes(w))) return first
  }
  return null
}
