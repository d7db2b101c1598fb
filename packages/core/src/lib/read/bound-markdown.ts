/**
 * Bound how deep Markdown containers can nest before the text reaches the parser.
 *
 * CommonMark sets no limit, and micromark's cost grows faster than the input on deep nesting: 10,000
 * `- ` on one line (20 kB) took 106 s and then overflowed the stack, 10,000 `>` overflowed it, and
 * 1,000 lists nested by indentation took 49 s, 3,000 nested emphases 12 s before overflowing the stack
 * in typography. markdown-it bounds nesting at 100 (`maxNesting`, its default preset). Here, on each
 * line outside fenced code, container markers (`>`, `-`, `+`, `*`, `1.`, `1)`) past the 50th are
 * removed and indentation past 100 columns is cut to 100, so no line opens more than about 100 levels,
 * and runs of emphasis delimiters past a paragraph's 1,000th are escaped; the words stay, and a warning
 * names the lines. Only hostile or broken text reaches any of these bounds. Lines keep their numbers.
 */
import type {Message} from '../model/publication.js'
import {messageAt} from '../messages.js'

/** Most container markers one line may open. */
export const maxMarkers = 50
/** Most columns of indentation a line keeps (tabs count to the next multiple of 4, as in CommonMark). */
export const maxIndent = 100
/** Most runs of `*`, `_` or `~` one paragraph keeps as delimiters (micromark resolves them in quadratic time). */
export const maxDelimiterRuns = 1000

const marker = /^[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))/
const containerPrefix = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/
const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const fence = /^ {0,3}(`{3,}|~{3,})/

/** `text` with over-deep container markers and indentation cut, and the warning when that happened. */
export function boundMarkdown(file: string, text: string): {text: string; warnings: Message[]} {
  const lines = text.split('\n')
  const cut: number[] = []
  let inFence: string | null = null
  let runs = 0
  // Front matter is YAML, read by its own parser (parse-yaml.ts).
  let start = 0
  if (lines[0] === '---') {
    const end = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(line))
    if (end > 0) start = end + 1
  }
  for (let index = start; index < lines.length; index++) {
    const line = lines[index]!
    const opened = fence.exec(line)?.[1]
    if (inFence) {
      if (opened && opened[0] === inFence[0] && opened.length >= inFence.length) inFence = null
      continue
    }
    if (opened) {
      inFence = opened
      continue
    }
    if (line.trim() === '') {
      runs = 0
      continue
    }
    if (thematicBreak.test(line)) continue
    let bounded = boundLine(line)
    // Emphasis delimiter runs past the paragraph's 1,000th are escaped: they stay as literal characters.
    // List markers (`* item`) are containers, not delimiters: only the text after them counts.
    const prefix = containerPrefix.exec(bounded)![0]
    bounded =
      prefix +
      bounded
        .slice(prefix.length)
        .replace(/(?<!\\)[*_~]+/g, (run) => (++runs > maxDelimiterRuns ? run.replace(/./g, '\\$&') : run))
    if (bounded !== line) {
      lines[index] = bounded
      cut.push(index + 1)
    }
  }
  if (cut.length === 0) return {text, warnings: []}
  const shown = cut.slice(0, 5).join(', ') + (cut.length > 5 ? ', …' : '')
  return {
    text: lines.join('\n'),
    warnings: [
      messageAt(
        file,
        'markdown/too-deep',
        `lists, block quotes or emphasis nest deeper than Dossier reads (${maxMarkers} markers or ${maxIndent} columns of indentation on a line, ${maxDelimiterRuns} runs of * _ ~ in a paragraph) on ${cut.length} line(s): ${shown}; the extra markup was removed or escaped, the text kept`,
        cut[0]!
      )
    ]
  }
}

/** One line with at most `maxIndent` columns of indentation and `maxMarkers` container markers. */
function boundLine(line: string): string {
  let column = 0
  let index = 0
  while (index < line.length && (line[index] === ' ' || line[index] === '\t')) {
    column = line[index] === '\t' ? column + 4 - (column % 4) : column + 1
    index++
  }
  let out = column > maxIndent ? ' '.repeat(maxIndent) + line.slice(index) : line
  // Count the markers; keep the first `maxMarkers`, drop the rest (with their spaces).
  let rest = out
  let kept = ''
  let count = 0
  for (let found = marker.exec(rest); found; found = marker.exec(rest)) {
    count++
    if (count <= maxMarkers) kept += found[0]
    rest = rest.slice(found[0].length)
  }
  if (count > maxMarkers) out = `${kept} ${rest.replace(/^[ \t]+/, '')}`
  return out
}
