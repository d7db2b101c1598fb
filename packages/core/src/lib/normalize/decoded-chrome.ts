/**
 * Page furniture the role decoder sees and no chrome rule lists (issue 20; MISSES.md "template
 * chrome outside the lists"): in a plain-text source, above the first paragraph of prose, a one-line
 * unit no step has claimed, which the decoder, fitted on
 * labelled pages of many sites, reads as removed with high probability on its own and in the
 * decoded sequence. Short lines only (a paragraph of prose is never furniture by shape alone), and
 * never a line that asks. Each removal names the decoder, and `dossier check --why LINE` gives its
 * probability and reasons.
 */
import {decodeRoles, roleClasses} from './roles/decode.js'
import {lineFeatures} from './roles/features.js'
import {shapeRoleModel} from './roles/weights.js'
import {endsWithQuestion} from './questions/patterns.js'
import type {State} from './state.js'
import {removeUnit} from './state.js'

/** Probability of `removed` a line needs, on its own (tuned on corpus/train, leave-one-family-out). */
export const chromeThreshold = 0.6
/** Longest unit, in words, removed by shape alone. */
const maxWords = 12
/** A unit longer than this, in words, is prose: the page's head ends there. */
const proseWords = 20

/**
 * Lines below the first paragraph of prose the decoder still reads, so the head's last lines are
 * decoded with what follows them, as in a whole page.
 */
const decodedBelowHead = 40

/**
 * Remove the head's one-line units the role decoder reads as furniture (see the module comment).
 * Decodes the lines down to the first paragraph of prose and `decodedBelowHead` more.
 */
export function removeDecodedChrome(state: State): void {
  const model = state.roleModel ?? shapeRoleModel
  // Plain text only: the weights were fitted on copied text, and Markdown and saved pages say in
  // their markup what is heading, list or furniture.
  if (state.format !== 'txt' || Object.keys(model.weights).length === 0) return
  // Only above the text: the first paragraph of prose ends the page's head. Below it, short lines
  // are credits, notes and bios that later steps read ("Interviewed by …" names the interviewer).
  const firstProse = state.units.find((unit) => unit.text.split(/\s+/u).length > proseWords)?.line ?? Infinity
  // The decoder reads the head and the lines just below it, not a 50 MB source's every line.
  const lines = state.lines.slice(0, Math.min(state.lines.length, firstProse + decodedBelowHead))
  const decisions = decodeRoles(
    lineFeatures(lines, []),
    lines.map((line) => !line.trim()),
    model
  )
  const byLine = new Map(decisions.map((d) => [d.line, d]))
  const removed = roleClasses.indexOf('removed')
  for (const unit of state.units) {
    if (unit.line >= firstProse) break
    if (unit.role !== null || unit.line !== unit.endLine) continue
    const decision = byLine.get(unit.line)
    if (decision?.role !== 'removed') continue
    const p = decision.probabilities[removed]!
    if (p < chromeThreshold || unit.text.split(/\s+/u).length > maxWords || endsWithQuestion(unit.text)) continue
    removeUnit(
      state,
      unit,
      'chrome/decoded',
      'page furniture by its shape (role decoder; `dossier check --why` says why)'
    )
  }
}
