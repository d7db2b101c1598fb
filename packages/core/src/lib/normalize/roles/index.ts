/**
 * The role decoder, in shadow (issue 20): features of every line, a linear model fitted on
 * labelled pages (`weights.ts`, written by `pnpm fit`), Viterbi decoding with margins and reasons.
 */
import type {LineRole} from '../../model/publication.js'
import {decodeRoles, type RoleDecision} from './decode.js'
import {lineFeatures} from './features.js'
import {roleModel} from './weights.js'

export {
  decodeRoles,
  roleClasses,
  scoreRow,
  softmax,
  type RoleClass,
  type RoleDecision,
  type RoleModel
} from './decode.js'
export {lineFeatures, type FeatureRow} from './features.js'
export {fitRoles, type FitOptions, type RoleExample} from './fit.js'
export {classFor, editorRoles, parseRoleLabels} from './labels.js'
export {roleModel, shapeRoleModel} from './weights.js'

/** Split a source's text into its physical lines, numbered as the ledger numbers them (line 1 first). */
export function physicalLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
}

/**
 * Decode the roles of a plain-text or Markdown source's lines with the fitted model, given the
 * ledger today's reading made of it (`Publication.lines`). One decision per non-blank line.
 */
export function readRoles(text: string, ledger: readonly LineRole[], model = roleModel): RoleDecision[] {
  const lines = physicalLines(text)
  return decodeRoles(
    lineFeatures(lines, ledger),
    lines.map((line) => !line.trim()),
    model
  )
}
