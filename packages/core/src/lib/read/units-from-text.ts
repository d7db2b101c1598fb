/**
 * Split scraped plain text into units. Blank lines always separate units; inside a run of lines,
 * a line starts a new unit when the previous one is long (web copy puts one paragraph per line)
 * or when it starts like a structural line (a numbered question, `Q:`, a "Read more" link).
 */
import type {Unit} from '../normalize/unit.js'
import {textUnit} from '../normalize/unit.js'
import {endsWithQuestion, sentenceTerminal} from '../text/sentence-marks.js'

/** Lines between these lengths, followed by more text, are read as hard-wrapped paragraphs. */
const wrapWidth = {min: 30, max: 100}

interface Open {
  line: number
  parts: string[]
  lastLength: number
  last: string
}

/** Display width: Chinese, Japanese and Korean characters take two columns. */
const width = (text: string) =>
  text.length + (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0)

/** The 90th percentile of line widths: where a hard-wrapped source wraps. */
function wrapColumn(lines: string[]): number {
  const widths = lines
    .map((line) => width(line.trim()))
    .filter((w) => w > 0)
    .sort((a, b) => a - b)
  return widths[Math.floor(widths.length * 0.9)] ?? 0
}

const terminal = new RegExp(String.raw`(?:${sentenceTerminal}|[:;"”»)\]])$`, 'u')

/**
 * Pages copied from a browser put one paragraph on each line; text from an e-mail, a PDF or a
 * subtitle file is hard-wrapped. A source whose lines often run past 160 characters is of the
 * first kind: there a line break ends a paragraph unless the line stops mid-sentence and the next
 * one visibly continues it (starts in lower case or with a space).
 */
function isOneParagraphPerLine(lines: string[]): boolean {
  const long = lines.filter((line) => width(line.trim()) > 160).length
  const filled = lines.filter((line) => line.trim() !== '').length
  return long >= 2 && long * 5 >= filled
}

/**
 * A line that stops on a short function word or a comma ("…was signed in", "…and the,") stops
 * mid-phrase: a headline or a caption does not end like that.
 */
function endsMidPhrase(line: string): boolean {
  return /[,;:–-]$|(?:^|\s)\p{Ll}{1,3}$/u.test(line.trim()) && !terminal.test(line.trim())
}

/** True when `next` (raw, untrimmed) visibly continues `previous` in a one-paragraph-per-line source. */
function continues(previous: string, next: string): boolean {
  // "The river will decide:" / "a hydrologist on…": a colon continues into a lower-case line.
  if (terminal.test(previous) && !(/:$/u.test(previous) && /^\p{Ll}/u.test(next.trim()))) return false
  const text = next.trim()
  return /^\s/u.test(next) && !/^\s{2,}/u.test(next) ? true : /^\p{Ll}/u.test(text) && previous.length >= 8
}

/** A line that starts with the previous line's first words is a second copy (a caption with its credit), not its continuation. */
function repeatsStart(previous: string, next: string): boolean {
  const head = previous.split(/\s+/).slice(0, 4).join(' ')
  return head.length >= 12 && next.startsWith(head)
}

/** Build units from cleaned lines; `startsBlock` says whether a line must begin a new unit. */
export function unitsFromText(
  lines: string[],
  startsBlock: (line: string, previous: string, first: string) => boolean
): Unit[] {
  const units: Unit[] = []
  const state: {open: Open | null} = {open: null}
  const perLine = isOneParagraphPerLine(lines)
  // The first line is the headline more often than not: it never swallows the next line unless that one continues it.
  const firstLine = lines.findIndex((line) => line.trim() !== '') + 1
  // A line well short of the wrap column ended its paragraph (or is a headline).
  const full = Math.min(wrapWidth.min * 2.4, wrapColumn(lines) * 0.75)

  const flush = (endLine: number): void => {
    const open = state.open
    if (open) units.push(textUnit(open.line, endLine, open.parts.join(' ')))
    state.open = null
  }

  lines.forEach((raw, index) => {
    const text = raw.trim()
    const lineNumber = index + 1
    if (text === '') {
      flush(lineNumber - 1)
      return
    }
    const open = state.open
    const last = open?.lastLength ?? 0
    // A short line ending with "?" with text right below it is a question on its own line, not the end of a wrapped paragraph.
    const nextLine = lines[index + 1]?.trim() ?? ''
    const asksAlone =
      endsWithQuestion(text) &&
      !/^\p{Ll}/u.test(text) &&
      width(text) < full &&
      nextLine !== '' &&
      !/^\p{Ll}/u.test(nextLine)
    const wrapped = perLine
      ? continues(open?.last ?? '', raw)
      : ((last >= wrapWidth.min &&
          (last >= full || endsMidPhrase(open?.last ?? '')) &&
          (last <= wrapWidth.max || !terminal.test(open?.last ?? '')) &&
          !(open?.line === firstLine && /^\P{Ll}/u.test(text))) ||
          continues(open?.last ?? '', raw)) &&
        !repeatsStart(open?.last ?? '', text) &&
        !endsWithQuestion(open?.last ?? '')
    if (open && wrapped && !asksAlone && !startsBlock(text, open.last, open.parts[0]!)) {
      open.parts.push(text)
      open.lastLength = width(text)
      open.last = text
      return
    }
    flush(lineNumber - 1)
    state.open = {line: lineNumber, parts: [text], lastLength: width(text), last: text}
  })
  flush(lines.length)
  return joinCaptionLines(units, startsBlock)
}

/**
 * Subtitle-style copies put a blank line after every short line ("I've just come from a meeting
 * with the" / "operators and the union, and I want to"). When most units are such fragments, a
 * fragment that stops mid-sentence is joined with the next one until a sentence ends.
 */
function joinCaptionLines(
  units: Unit[],
  startsBlock: (line: string, previous: string, first: string) => boolean
): Unit[] {
  const isFragment = (u: Unit) => u.line === u.endLine && width(u.text) <= 60 && !terminal.test(u.text)
  const continued = (a: Unit, b: Unit) =>
    isFragment(a) && b.line === b.endLine && (/^\p{Ll}/u.test(b.text) || endsMidPhrase(a.text))
  const pairs = units.filter((u, i) => i + 1 < units.length && continued(u, units[i + 1]!)).length
  if (units.length < 8 || pairs * 4 < units.length) return units
  const out: Unit[] = []
  for (const unit of units) {
    const open = out.at(-1)
    if (
      open &&
      width(open.text) <= 400 &&
      !terminal.test(open.text) &&
      (/^\p{Ll}/u.test(unit.text) || endsMidPhrase(open.text)) &&
      unit.line === unit.endLine &&
      !startsBlock(unit.text, open.text, open.text)
    ) {
      out[out.length - 1] = textUnit(open.line, unit.endLine, `${open.text} ${unit.text}`)
    } else out.push(unit)
  }
  return out
}
