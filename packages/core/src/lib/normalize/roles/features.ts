/**
 * Shallow features of every line, the inputs of the role decoder (issue 20, DESIGN-NORMALIZER.md
 * "Features"). Language-independent first — position, length in code points, end punctuation in
 * any script, case pattern, digits and timestamps, separators, repetition on the page, the
 * "short head + separator + value" label shape, neighbours' shape, blank gaps — then the vote of
 * today's rule-based reading (the ledger's role of the line), a vote and not a verdict: the fitted
 * weights say how far to trust it. Boilerpipe (Kohlschütter et al., WSDM 2010) and Dragnet classify
 * blocks from features of this kind; GROBID labels lines from similar ones.
 *
 * A feature row is sparse: the names of the features that hold (value 1) or a few numeric values.
 */
import type {LineRole} from '../../model/publication.js'
import {statementTerminal} from '../../text/sentence-marks.js'

/** A line's features: name → value (absent means 0). */
export type FeatureRow = Record<string, number>

const endQuestion = /[?？؟⸮;]\s*["'»”’)\]」』]*$/u
/** A full stop or exclamation mark of any script (text/sentence-marks.ts), then closing quotes. */
const endSentence = new RegExp(`${statementTerminal}\\s*["'»”’)\\]」』]*$`, 'u')
const endColon = /[:：]\s*$/u
const dashStart = /^[-–—•*·▪►●○■◆]\s*/u
const numberStart = /^\(?\d{1,3}[.)\]:]\s*/u
const shortLabel = /^[^\s:：.?!]{1,24}(?:\s+[^\s:：.?!]{1,24}){0,3}\s*[:：]/u
const bracketLabel = /^[[(（【][^\])）】]{1,30}[\])）】]/u
const url = /https?:\/\/|www\.|\b[\w-]+\.(?:com|org|net|ru|pk|in|cn|jp|kr|de|fr|es|it|ir|tr|ua|uk|info|io)\b/iu
const email = /\b[\w.+-]+@[\w-]+\.[\w.]+\b/u
const handle = /(?:^|\s)@\w{2,}/u
const separators = /\s[|·•›»/]\s|\s\|\s?|\s?\|\s/gu
const year = /(?:^|\D)(?:1[89]|20)\d\d(?:\D|$)/u
const clock = /(?:^|\D)\d{1,2}[:.]\d{2}(?:\D|$)/u
const timestamp = /(?:^|\D)\d{1,2}:\d{2}:\d{2}|\(\d{1,2}:\d{2}\)/u
const letter = /\p{L}/gu
const upper = /\p{Lu}/gu
const lower = /\p{Ll}/gu
const digit = /\p{Nd}/gu

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0

function bucket(name: string, value: number, edges: number[]): string {
  for (const [i, edge] of edges.entries()) if (value <= edge) return `${name}.${i}`
  return `${name}.${edges.length}`
}

/** Features of one line's own text. */
function shapeOf(text: string): FeatureRow {
  const row: FeatureRow = {}
  const t = text.trim()
  const length = [...t].length
  const words = t.split(/\s+/u).filter(Boolean).length
  row[bucket('len', length, [3, 15, 40, 100, 250])] = 1
  row[bucket('words', words, [1, 4, 9, 25])] = 1
  if (endQuestion.test(t)) row['end.question'] = 1
  else if (endSentence.test(t)) row['end.sentence'] = 1
  else if (endColon.test(t)) row['end.colon'] = 1
  else if (/[…]$|\.\.\.$/u.test(t)) row['end.ellipsis'] = 1
  else row['end.none'] = 1
  if (dashStart.test(t)) row['start.dash'] = 1
  if (numberStart.test(t)) row['start.number'] = 1
  if (shortLabel.test(t)) row['shape.label'] = 1
  if (shortLabel.test(t) && words <= 4 && endColon.test(t)) row['shape.labelAlone'] = 1
  if (bracketLabel.test(t)) row['start.bracket'] = 1
  const letters = count(t, letter)
  const uppers = count(t, upper)
  const lowers = count(t, lower)
  if (letters >= 3 && uppers + lowers > 0 && lowers === 0) row['case.allCaps'] = 1
  const tokens = t.split(/\s+/u).filter((w) => /^\p{L}/u.test(w))
  if (tokens.length >= 2 && tokens.filter((w) => /^\p{Lu}/u.test(w)).length / tokens.length >= 0.6)
    row['case.title'] = 1
  if (/^\p{Ll}/u.test(t)) row['case.lowerStart'] = 1
  if (letters > 0 && uppers + lowers === 0) row['script.caseless'] = 1
  if (url.test(t)) row['has.url'] = 1
  if (email.test(t)) row['has.email'] = 1
  if (handle.test(t)) row['has.handle'] = 1
  const seps = count(t, separators)
  if (seps >= 1) row['has.separator'] = 1
  if (seps >= 2) row['has.separators'] = 1
  if (year.test(t)) row['has.year'] = 1
  if (clock.test(t)) row['has.clock'] = 1
  if (timestamp.test(t)) row['has.timestamp'] = 1
  if (/©|\(c\)/iu.test(t)) row['has.copyright'] = 1
  if (length > 0 && count(t, digit) / length > 0.3) row['digits.many'] = 1
  if (/^["«“„‘「『]/u.test(t)) row['start.quote'] = 1
  return row
}

/**
 * Features of every line of a source (`lines[i]` is line i + 1, as the ledger numbers them), with
 * `ledger` the role today's reading gave each line. Blank lines get an empty row (they are not
 * decoded). Context features look at the nearest non-blank neighbours. With `window` (0-based
 * index → wanted), lines outside it get an empty row too and are never shaped, while the window's
 * rows are what they would be in the whole page.
 */
export function lineFeatures(
  lines: readonly string[],
  ledger: readonly LineRole[],
  window?: (index: number) => boolean
): FeatureRow[] {
  const content = lines.flatMap((line, i) => (line.trim() ? [i] : []))
  // With a window, only its lines and their nearest non-blank neighbours are shaped.
  const wanted = new Set<number>()
  if (window)
    for (const [k, i] of content.entries())
      if (window(i) || (k > 0 && window(content[k - 1]!)) || (k + 1 < content.length && window(content[k + 1]!)))
        wanted.add(i)
  const shapes = lines.map((line, i) => (line.trim() && (!window || wanted.has(i)) ? shapeOf(line) : null))
  const seen = new Map<string, number>()
  for (const i of content) {
    const key = lines[i]!.trim().toLowerCase()
    seen.set(key, (seen.get(key) ?? 0) + 1)
  }
  const rows: FeatureRow[] = lines.map(() => ({}))
  for (const [k, i] of content.entries()) {
    if (window && !window(i)) continue
    const row: FeatureRow = {...shapes[i]!}
    if (k === 0) row['pos.first'] = 1
    if (k < 3) row['pos.top3'] = 1
    else if (k < 10) row['pos.top10'] = 1
    if (k === content.length - 1) row['pos.last'] = 1
    if (k >= content.length - 5) row['pos.bottom5'] = 1
    row[bucket('pos.rel', Math.floor((4 * k) / Math.max(1, content.length)), [0, 1, 2])] = 1
    const before = k === 0 ? i : i - content[k - 1]! - 1
    const after = k === content.length - 1 ? lines.length - i - 1 : content[k + 1]! - i - 1
    row[bucket('gap.before', before, [0, 1])] = 1
    if (after === 0) row['gap.after0'] = 1
    if ((seen.get(lines[i]!.trim().toLowerCase()) ?? 0) > 1) row['rep.elsewhere'] = 1
    const prev = k > 0 ? shapes[content[k - 1]!]! : null
    const next = k < content.length - 1 ? shapes[content[k + 1]!]! : null
    for (const [side, shape] of [
      ['prev', prev],
      ['next', next]
    ] as const) {
      if (!shape) {
        row[`${side}.none`] = 1
        continue
      }
      if (shape['end.question']) row[`${side}.question`] = 1
      if (shape['shape.label']) row[`${side}.label`] = 1
      if (shape['len.4'] || shape['len.5']) row[`${side}.long`] = 1
      if (shape['len.0'] || shape['len.1']) row[`${side}.short`] = 1
      if (shape['has.year']) row[`${side}.year`] = 1
    }
    const vote = ledger[i]
    if (vote && vote !== 'blank') row[`rule.${vote}`] = 1
    rows[i] = row
  }
  return rows
}
