/**
 * Justified paragraphs are broken for the whole paragraph (Knuth–Plass, issue 22): no line is left
 * loose so that the one before it could be full, and a line never goes past the measure.
 */
import {describe, expect, it} from 'vitest'
import {optimalBreaks, type Piece} from '../src/lib/optimal-breaks.js'

const space = 5
const width = 300

/** Words of 15–65 points from a fixed linear congruential sequence, each followed by a space. */
function paragraph(count: number, seed: number): Piece[] {
  let state = seed
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
  }
  let end = 0
  return Array.from({length: count}, (_, index) => {
    end += 1
    return {end, width: 15 + Math.round(next() * 50), trailing: index === count - 1 ? 0 : space, hyphen: 0}
  })
}

/** Lines (first and last piece index) filled greedily, as the PDF broke them before. */
function greedy(pieces: Piece[]): number[] {
  const ends: number[] = []
  let line = 0
  pieces.forEach((piece, index) => {
    if (line > 0 && line + piece.width > width) {
      ends.push(index - 1)
      line = 0
    }
    line += piece.width + piece.trailing
  })
  ends.push(pieces.length - 1)
  return ends
}

/** Each line but the last: how far its spaces must stretch (1 = by half a space) or shrink (negative). */
function ratios(pieces: Piece[], ends: number[]): number[] {
  let first = 0
  return ends.slice(0, -1).map((last) => {
    const line = pieces.slice(first, last + 1)
    first = last + 1
    const natural = line.reduce((sum, p) => sum + p.width + p.trailing, 0) - line.at(-1)!.trailing
    const gaps = line.length - 1
    return natural <= width ? (width - natural) / (gaps * space * 0.5) : Number.NEGATIVE_INFINITY
  })
}

describe('optimalBreaks', () => {
  it('leaves no line looser than the greedy breaker’s loosest, and less total badness, over many paragraphs', () => {
    let kpLoose = 0
    let greedyLoose = 0
    for (let seed = 1; seed <= 40; seed++) {
      const pieces = paragraph(120, seed)
      const kp = optimalBreaks(pieces, width, space)!
      const kpRatios = ratios(pieces, kp)
      const greedyRatios = ratios(pieces, greedy(pieces))
      expect(Math.max(...kpRatios), `seed ${seed}`).toBeLessThanOrEqual(Math.max(...greedyRatios) + 1e-9)
      // Never squeezed: spaces do not shrink, so no line is wider than the measure.
      expect(Math.min(...kpRatios), `seed ${seed}`).toBeGreaterThanOrEqual(0)
      // Badness as TeX counts it (100·r³ of a stretched line), summed over the paragraph.
      const badness = (list: number[]) => list.reduce((sum, r) => sum + 100 * Math.max(0, r) ** 3, 0)
      kpLoose += badness(kpRatios)
      greedyLoose += badness(greedyRatios)
    }
    // Measured: 0.76 of the greedy breaker's (spaces never shrink, so narrow measures stay hard).
    expect(kpLoose).toBeLessThan(greedyLoose * 0.8)
  })

  it('keeps the last line at its natural width, inside the measure', () => {
    const pieces = paragraph(57, 7)
    const ends = optimalBreaks(pieces, width, space)!
    expect(ends.at(-1)).toBe(pieces.length - 1)
    const start = ends.length > 1 ? ends.at(-2)! + 1 : 0
    const last = pieces.slice(start)
    expect(last.reduce((sum, p) => sum + p.width + p.trailing, 0) - last.at(-1)!.trailing).toBeLessThanOrEqual(width)
  })

  it('avoids hyphens on consecutive lines when another way costs little', () => {
    // Twelve 23-point syllables with a hyphen break after each: lines of four syllables fit exactly
    // at the hyphens; breaking at a space costs a little looseness but no stacked hyphens.
    const pieces: Piece[] = []
    for (let i = 0; i < 24; i++)
      pieces.push({end: i + 1, width: 70, trailing: i % 2 === 1 ? space : 0, hyphen: i % 2 === 0 ? 4 : 0})
    const ends = optimalBreaks(pieces, 290, space)!
    const hyphenated = ends.slice(0, -1).map((end) => pieces[end]!.hyphen > 0)
    expect(hyphenated.some((h, i) => h && hyphenated[i + 1])).toBe(false)
  })

  it('gives up (null) when one piece is wider than the measure, so the caller cuts it', () => {
    expect(optimalBreaks([{end: 1, width: 400, trailing: 0, hyphen: 0}], width, space)).toBeNull()
    expect(optimalBreaks([], width, space)).toEqual([])
  })
})

describe('optimalBreaks, pruned', () => {
  it('chooses the breaks of the exhaustive search, ties included, on random paragraphs', async () => {
    const {referenceOptimalBreaks} = await import('./reference-optimal-breaks.js')
    let state = 7
    const next = () => {
      state = (state * 1103515245 + 12345) % 2 ** 31
      return state / 2 ** 31
    }
    let compared = 0
    for (let round = 0; round < 600; round++) {
      const count = 1 + Math.floor(next() * 160)
      const measure = 120 + Math.floor(next() * 300)
      let end = 0
      // Words, hyphenation points (no trailing space, a hyphen's width), spaceless CJK-like pieces,
      // the occasional word wider than half the line, and equal widths (ties).
      const pieces: Piece[] = Array.from({length: count}, (_, index) => {
        end += 1 + Math.floor(next() * 8)
        const kind = next()
        const wordWidth = kind < 0.1 ? 40 : kind < 0.15 ? measure * (0.5 + next() * 0.45) : 5 + Math.round(next() * 60)
        const last = index === count - 1
        if (kind > 0.8 && !last) return {end, width: wordWidth, trailing: 0, hyphen: 3}
        if (kind > 0.7 && !last) return {end, width: 12, trailing: 0, hyphen: 0}
        return {end, width: wordWidth, trailing: last ? 0 : 4, hyphen: 0}
      })
      const expected = referenceOptimalBreaks(pieces, measure, 4)
      expect(optimalBreaks(pieces, measure, 4), `round ${round}`).toEqual(expected)
      compared++
    }
    expect(compared).toBe(600)
  })
})
