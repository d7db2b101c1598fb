/**
 * Speaker labels recognised by recurrence, in any script and shape (issue 20: "the head before
 * the colon recurs on the page", "a short line repeated as a turn opener"). A name shape is one
 * vote; a transcript's labels also prove themselves by coming back: the same short head, before a
 * colon, a spaced dash, a bar or a closing bracket, or in brackets, or alone on a line, opening two
 * or more units of the page. A head that recurs is read as a label even when no name pattern
 * knows its shape (a rank before the name, "Name, role of Outlet", a script without letter case,
 * "(記　者)", "[기자]", "기자)", "बकबकिया |").
 */
import type {Unit} from '../unit.js'

/** A label read at the start of a unit: the name, the characters to strip, the turn after it. */
export interface Head {
  name: string
  prefix: number
  rest: string
}

/** Separators after a head, strongest first; the head holds no sentence end. */
const shapes: ReadonlyArray<{re: RegExp; words: number}> = [
  // "(記　者)", "[기자]", "【主持人】" opening the unit, with the turn after it or below it.
  {re: /^[[(（【]\s*([^\])）】\d][^\])）】]{0,23}?)\s*[\])）】]\s*/u, words: 4},
  // "Trung tướng Đinh Quang Lực:", "Олег ВАРАКСИН, главный редактор Радио Голос Города:".
  {re: /^([^:：\n]{1,64}?)\s*[:：]\s*/u, words: 8},
  // "Л.ШМЕЛЁВ – ", "दि. सिं. – ", "बकबकिया | ", "기자) ".
  {re: /^([^\s–—|()][^–—|()\n]{0,29}?)\s+[–—]\s+/u, words: 4},
  {re: /^([^\s|][^|\n]{0,29}?)\s*\|\s*/u, words: 3},
  {re: /^([^\s()][^()\n]{0,19}?)\)\s*/u, words: 2}
]

/** Sentence punctuation inside a head: then it is prose, not a label. */
const sentence = /[?!。？！؟…"“”«»]|\.\s+\p{Ll}|\d{1,2}:\d{2}/u
const letter = /\p{L}/u

/** The head a unit opens with in one of the separator shapes, or a short line standing alone. */
export function headOf(text: string): Head | null {
  for (const {re, words} of shapes) {
    const m = re.exec(text)
    if (!m) continue
    const name = m[1]!.replace(/\s+/gu, ' ').trim()
    if (!letter.test(name) || sentence.test(name) || name.split(' ').length > words) continue
    return {name, prefix: m[0].length, rest: text.slice(m[0].length)}
  }
  // A short line alone, no sentence end: "Mariam Koné", "ROSE NOVENARIO/HATAW".
  const alone = text.trim()
  if (
    [...alone].length <= 30 &&
    alone.split(/\s+/u).length <= 4 &&
    letter.test(alone) &&
    !/[.!?。！？؟:：,;]$/u.test(alone)
  )
    return {name: alone.replace(/\s+/gu, ' '), prefix: text.length, rest: ''}
  return null
}

/** Names compared in any case, spaces collapsed (full-width spaces too). */
const key = (name: string) => name.replace(/\s+/gu, '').toLocaleLowerCase()

/**
 * The labels that recur as turn openers among `units`: a head that opens at least two units, and
 * for a head alone on its line, each time followed by a unit that is not itself a head alone (its
 * turn). `skip(name)` drops heads that are not speakers (field labels, "Q", "Note").
 */
export function recurringHeads(units: readonly Unit[], skip: (name: string) => boolean): Map<Unit, Head> {
  const heads = units.map((unit) => headOf(unit.text))
  const counts = new Map<string, number>()
  for (const [i, head] of heads.entries()) {
    if (!head || skip(head.name)) continue
    // A line alone counts only with a turn below it.
    if (head.rest === '' && (i + 1 >= heads.length || heads[i + 1]?.rest === '')) continue
    counts.set(key(head.name), (counts.get(key(head.name)) ?? 0) + 1)
  }
  const found = new Map<Unit, Head>()
  for (const [i, head] of heads.entries())
    if (head && (counts.get(key(head.name)) ?? 0) >= 2) found.set(units[i]!, head)
  // Where labels stand alone before their turns, one that is heard once (a host cut off after one
  // question) is a label too when it has their shape: alone on its line, ending in the same mark.
  const alone = [...found].filter(([unit, head]) => head.rest === '' && /[:：]$/u.test(unit.text.trim()))
  if (alone.length >= 2)
    for (const [i, head] of heads.entries())
      if (
        head &&
        !found.has(units[i]!) &&
        head.rest === '' &&
        /[:：]$/u.test(units[i]!.text.trim()) &&
        !skip(head.name)
      )
        found.set(units[i]!, head)
  return found
}

/**
 * The lines of a plain-text source that open a turn by recurrence (for the unit splitter, before
 * any unit exists): a line whose head opens two or more lines, and the line after such a head
 * standing alone. Returns a test on a line and the line before it.
 */
export function turnOpeners(
  lines: readonly string[],
  skip: (name: string) => boolean
): (text: string, previous: string) => boolean {
  const heads = new Map<string, Head>()
  const counts = new Map<string, number>()
  for (const line of lines) {
    const text = line.trim()
    const head = text ? headOf(text) : null
    if (!head || skip(head.name) || (head.rest === '' && [...text].length > 24)) continue
    heads.set(text, head)
    counts.set(key(head.name), (counts.get(key(head.name)) ?? 0) + 1)
  }
  const opens = (text: string) => {
    const head = heads.get(text.trim())
    return head !== undefined && (counts.get(key(head.name)) ?? 0) >= 2
  }
  return (text, previous) => opens(text) || (opens(previous) && heads.get(previous.trim())!.rest === '')
}
