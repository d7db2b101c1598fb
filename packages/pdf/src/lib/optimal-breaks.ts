/**
 * Line breaks for a justified paragraph chosen for the whole paragraph at once (Knuth and Plass,
 * "Breaking paragraphs into lines", Software: Practice and Experience 11, 1981; TeX's and Typst's
 * algorithm) instead of line by line: among every way to break at the paragraph's opportunities
 * (UAX #14 and the soft hyphens of hyphenate.ts), the one with the least total demerits, so no line
 * is stretched far to let the next be tight, and hyphens do not stack on consecutive lines.
 *
 * The model is TeX's: a space may stretch by half its width (TeX) and never shrinks (TeX lets it shrink by a third: squeezed
 * lines looked cramped in Source Serif at 10.5 pt, and poppler then read one word of a squeezed line
 * as two, "accelerat ed", which we did not get to the bottom of); a line's badness
 * is 100·|r|³ for its adjustment ratio r (infeasible below −1; not capped at TeX's 10,000, so the loosest
 * lines are avoided first); demerits are (l + badness)² with
 * l = 10, plus 50² for a line ending in a hyphen and 3000 more when the line before did too. The
 * last line is set at its natural width, so it must fit unsqueezed. Widths are the sums of the pieces' measured widths.
 */

/** One stretch of text between two break opportunities, as the greedy breaker measures it. */
export interface Piece {
  /** Where the piece ends (a break opportunity), an index into the paragraph's text. */
  end: number
  /** Width without the spaces it ends with, in points. */
  width: number
  /** Width of the spaces it ends with (0 before a soft hyphen's break), in points. */
  trailing: number
  /** Width of the hyphen drawn when a line ends here (a soft hyphen), else 0. */
  hyphen: number
  /**
   * How far the gap after the piece may stretch when the line goes on, in points; absent for its
   * spaces' (half a space when it ends with spaces, else nothing). A break between two CJK
   * characters has no space but may widen (line-layout.ts).
   */
  stretch?: number
}

const stretchOfSpace = 1 / 2
const shrinkOfSpace = 0
const linePenalty = 10
const hyphenPenalty = 50
const doubleHyphenDemerits = 3000
/** The badness of a line that cannot be justified (one word, short of the measure). */
const unjustifiable = 1e7
/** Lines further back than this many pieces are not tried (a line holds far fewer). */
const lookBack = 400

/**
 * The ends of the lines (indexes into `pieces`, each line ending after that piece; the last is
 * `pieces.length - 1`) that minimize total demerits for lines `width` points wide, where a space
 * is `space` points; null when no way keeps every line from being squeezed below its shrink (a
 * piece wider than the line): the caller then breaks greedily.
 *
 * For each line end j, the candidate starts are tried from the longest line that fits to the
 * shortest, and given up once a line's demerits alone exceed the best total found: a shorter line
 * has fewer spaces and more room, so its badness is no smaller (or is the fixed `unjustifiable` of
 * a line without a space). The choice is the exhaustive search's, ties included (the shorter line
 * wins a tie, as it did when they were tried shortest first): a test compares the two on random
 * paragraphs. Its own time on 20 bench sources: 0.82 → 0.42 s (about 2 % of their PDFs' CPU).
 */
export function optimalBreaks(pieces: readonly Piece[], width: number, space: number): number[] | null {
  const count = pieces.length
  if (count === 0) return []
  // Prefix sums: full widths (with trailing spaces), spaces, and the stretch pieces give themselves.
  const full = new Float64Array(count + 1)
  const gaps = new Float64Array(count + 1)
  const stretches = new Float64Array(count + 1)
  const hyphened = new Uint8Array(count)
  for (let k = 0; k < count; k++) {
    const piece = pieces[k]!
    full[k + 1] = full[k]! + piece.width + piece.trailing
    gaps[k + 1] = gaps[k]! + (piece.trailing > 0 && piece.stretch === undefined ? 1 : 0)
    stretches[k + 1] = stretches[k]! + (piece.stretch ?? 0)
    hyphened[k] = piece.hyphen > 0 ? 1 : 0
  }
  // best[j]: least demerits of lines covering pieces 0..j-1 with a break after piece j-1.
  const best = new Float64Array(count + 1).fill(Number.POSITIVE_INFINITY)
  const from = new Int32Array(count + 1).fill(-1)
  best[0] = 0
  const shrinkPerSpace = space * shrinkOfSpace
  const stretchPerSpace = space * stretchOfSpace
  for (let j = 1; j <= count; j++) {
    const last = pieces[j - 1]!
    const isLast = j === count
    const lineEnd = full[j]! - last.trailing + last.hyphen
    const spacesTo = gaps[j - 1]!
    const stretchTo = stretches[j - 1]!
    const hyphenHere = last.hyphen > 0 && !isLast
    // The line of piece j-1 alone (no space to squeeze) must fit, or there is no way through.
    if (lineEnd - full[j - 1]! > width) return null
    // The longest line ending here that fits: natural(i) grows as i falls, so search for the
    // smallest i in [j - lookBack, j - 1] with natural(i) - shrink(i) <= width.
    const floor = Math.max(0, j - lookBack)
    let lo = floor
    let hi = j - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const natural = lineEnd - full[mid]!
      if (natural - (spacesTo - gaps[mid]!) * shrinkPerSpace > width) lo = mid + 1
      else hi = mid
    }
    let bestTotal = Number.POSITIVE_INFINITY
    let bestFrom = -1
    for (let i = lo; i <= j - 1; i++) {
      const natural = lineEnd - full[i]!
      // The last line is set at its natural width, never squeezed: it must fit as it is.
      if (isLast && natural > width) continue
      let badness: number
      if (isLast) badness = 0
      else if (natural <= width) {
        const stretch = (spacesTo - gaps[i]!) * stretchPerSpace + (stretchTo - stretches[i]!)
        // Uncapped (TeX caps at 10,000): a very loose line must not cost the same as any loose one.
        // A short line without a space cannot be justified at all: only when nothing else fits.
        badness = stretch > 0 ? 100 * ((width - natural) / stretch) ** 3 : unjustifiable
      } else badness = 100 * ((natural - width) / ((spacesTo - gaps[i]!) * shrinkPerSpace)) ** 3
      // Every shorter line has at least this badness, or the fixed one of a line without a space.
      if (!isLast && natural <= width && (linePenalty + Math.min(badness, unjustifiable)) ** 2 > bestTotal) break
      if (best[i] === Number.POSITIVE_INFINITY) continue
      let demerits = (linePenalty + badness) ** 2
      if (hyphenHere) {
        demerits += hyphenPenalty ** 2
        if (i > 0 && hyphened[i - 1] === 1) demerits += doubleHyphenDemerits
      }
      const total = best[i]! + demerits
      if (total <= bestTotal) {
        bestTotal = total
        bestFrom = i
      }
    }
    best[j] = bestTotal
    from[j] = bestFrom
  }
  if (best[count] === Number.POSITIVE_INFINITY) return null
  const ends: number[] = []
  for (let j = count; j > 0; j = from[j]!) ends.unshift(j - 1)
  return ends
}
