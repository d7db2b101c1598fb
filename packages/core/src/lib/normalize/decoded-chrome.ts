/**
 * Page furniture the role decoder sees and no chrome rule lists (issue 20; MISSES.md "template
 * chrome outside the lists" and "furniture above the headline"): in a plain-text source, a one-line
 * unit no step has claimed, above the first paragraph of prose or below the last one, which the
 * decoder, fitted on labelled pages of many sites, reads as removed with high probability on its
 * own and in the decoded sequence. Short lines only (a paragraph of prose is never furniture by
 * shape alone), and never a line that asks (a copy cut off after a question ends on one). Between
 * the first and the last paragraph of prose nothing is removed by shape: crossheads, short
 * answers and prompts live there. Each removal names the decoder, and `dossier check --why LINE`
 * gives its probability and reasons.
 *
 * Measured on corpus/train, each family decoded by weights fitted on the others: below the last
 * paragraph of prose, 82 lines pass these tests, 63 of them labelled furniture by the editors
 * (30 that no rule removed) and 2 a note; between the paragraphs, 23 pass and only 13 are furniture.
 */
import {lexicon} from '../languages/index.js'
import {decodeRoles, type RoleDecision, roleClasses} from './roles/decode.js'
import {lineFeatures} from './roles/features.js'
import {shapeRoleModel} from './roles/weights.js'
import {endsWithQuestion} from './questions/patterns.js'
import type {State} from './state.js'
import type {Unit} from './unit.js'
import {removeUnit} from './state.js'

/** Probability of `removed` a line needs, on its own (tuned on corpus/train, leave-one-family-out). */
export const chromeThreshold = 0.6
/** Longest unit, in words, removed by shape alone. */
const maxWords = 12
/** A unit longer than this, in words, is prose: the page's head ends there, its tail starts after the last. */
const proseWords = 20

/** Four words or more with a comma between clauses (any script's comma). */
const clause = /\S+\s+\S+.*[,،、，]\s*\S+\s+\S+/u

/** A credit line's lead, in any language's words (languages/<lang>/lexicon.ts). */
const credit = new RegExp(
  `^[^\\p{L}\\p{N}]*${lexicon(['interviewerLead', 'byLead', 'chooserLead'])}(?:\\s|[:：]|$)`,
  'iu'
)

/**
 * Lines beyond the first and last paragraphs of prose the decoder still reads, so the head's last
 * lines and the tail's first are decoded with their neighbours, as in the whole page.
 */
const decodedBeyondProse = 40

/**
 * The decoder's reading of a plain-text source's lines alone (no rule has voted): 1-based line →
 * decision. Empty for Markdown and saved pages, and without weights. With `window`, only the
 * lines it accepts (0-based) are decoded, as one sequence; their features still see the whole page
 * (position, neighbours), so a 50 MB source's middle is never shaped.
 */
export function decodedLines(state: State, window?: (index: number) => boolean): Map<number, RoleDecision> {
  const model = state.roleModel ?? shapeRoleModel
  // Plain text only: the weights were fitted on copied text, and Markdown and saved pages say in
  // their markup what is heading, list or furniture.
  if (state.format !== 'txt' || Object.keys(model.weights).length === 0) return new Map()
  const decisions = decodeRoles(
    lineFeatures(state.lines, [], window),
    state.lines.map((line, index) => !line.trim() || (window !== undefined && !window(index))),
    model
  )
  return new Map(decisions.map((d) => [d.line, d]))
}

/**
 * True when the decoder reads a one-line unit as page furniture with the confidence its removal
 * needs: `removed` in the decoded sequence, probability `chromeThreshold` or more on its own, at
 * most `maxWords` words, and not a line that asks.
 */
export function isDecodedFurniture(byLine: Map<number, RoleDecision>, unit: Unit): boolean {
  const decision = byLine.get(unit.line)
  return (
    unit.line === unit.endLine &&
    decision?.role === 'removed' &&
    decision.probabilities[roleClasses.indexOf('removed')]! >= chromeThreshold &&
    unit.text.split(/\s+/u).length <= maxWords &&
    !endsWithQuestion(unit.text)
  )
}

/**
 * Remove the one-line units above the first paragraph of prose and below the last that the role
 * decoder reads as furniture (see the module comment); the lines between are not decoded.
 */
export function removeDecodedChrome(state: State): void {
  // Above the text the first paragraph of prose ends the page's head; below it the last one starts
  // its tail. Short lines in between are crossheads, prompts and short answers.
  const prose = state.units.filter((unit) => unit.role !== 'removed' && unit.text.split(/\s+/u).length > proseWords)
  const firstProse = prose[0]?.line ?? Infinity
  const lastProse = prose.at(-1)?.endLine ?? Infinity
  // Lines are 1-based, indexes 0-based: line n is index n - 1.
  const byLine = decodedLines(
    state,
    (index) => index < firstProse + decodedBeyondProse || index >= lastProse - decodedBeyondProse
  )
  if (byLine.size === 0) return
  for (const unit of state.units) {
    if (unit.line >= firstProse && unit.line <= lastProse) continue
    if (unit.role !== null || !isDecodedFurniture(byLine, unit)) continue
    // Below the text, a clause broken by a comma is prose cut off by the copy, and a credit
    // ("Interviewed by …", "By …") names people later steps read: neither is furniture.
    if (unit.line > lastProse && (clause.test(unit.text) || credit.test(unit.text))) continue
    removeUnit(
      state,
      unit,
      'chrome/decoded',
      'page furniture by its shape (role decoder; `dossier check --why` says why)'
    )
  }
}
