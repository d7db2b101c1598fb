#!/usr/bin/env node
/**
 * `pnpm fit`: fit the role decoder's weights on corpus/train (never corpus/sealed) and write them
 * to packages/core/src/lib/normalize/roles/weights.ts. Deterministic: the same pages give the same
 * file; tooling/eval/test/fit.test.ts checks the committed weights are a fresh fit.
 */
import {execFileSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {fitRoles} from '@dossier/core'
import {exampleOf, loadSet, offModel} from './sets.mjs'

const root = path.resolve(import.meta.dirname, '../../..')
const target = path.join(root, 'packages/core/src/lib/normalize/roles/weights.ts')

/**
 * Fit on the labelled pages of corpus/train (or `pages`, for leave-one-family-out); returns both
 * models and what they were fitted on: `model` reads today's ledger as a vote (for `pnpm eval` and
 * `check --why`), `shapeModel` reads the lines alone (inside the normalizer, before any ledger).
 */
export async function fitTrain(pages) {
  // The votes are the rules' own ledger (the decoder's readings off), so a fit does not depend on
  // the weights it replaces: the same pages give the same weights whatever core holds now.
  const labelled = (
    pages ?? (await loadSet(path.join(root, 'corpus/train'), {roleModel: offModel, voteRoleModel: offModel})).pages
  ).filter((page) => page.roles)
  const examples = labelled.map(exampleOf)
  const lines = examples.reduce((sum, e) => sum + e.labels.filter(Boolean).length, 0)
  return {
    model: fitRoles(examples),
    shapeModel: fitRoles(examples.map(withoutVotes)),
    pages: labelled.length,
    lines
  }
}

/** An example without the ledger's votes (`rule.*` features). */
export function withoutVotes(example) {
  return {
    rows: example.rows.map((row) => Object.fromEntries(Object.entries(row).filter(([f]) => !f.startsWith('rule.')))),
    labels: example.labels
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {model, shapeModel, pages, lines} = await fitTrain()
  writeFileSync(
    target,
    `/**
 * The role decoder's weights, fitted by \`pnpm fit\` (tooling/eval/src/fit.mjs) on corpus/train:
 * ${pages} labelled pages, ${lines} labelled lines. Data, not code: do not edit by hand; fit again.
 * Order of every array: \`roleClasses\` (decode.ts).
 */
import type {RoleModel} from './decode.js'

/** Lines and today's ledger as a vote: for \`pnpm eval\` and \`dossier check --why\`. */
export const roleModel: RoleModel = ${JSON.stringify(model)}

/** Lines alone (no \`rule.*\` features): inside the normalizer, where no ledger exists yet. */
export const shapeRoleModel: RoleModel = ${JSON.stringify(shapeModel)}
`
  )
  execFileSync('npx', ['biome', 'format', '--write', target], {cwd: root, stdio: 'ignore'})
  console.log(
    `${path.relative(root, target)}: ${Object.keys(model.weights).length} features (${Object.keys(shapeModel.weights).length} without votes) × ${model.bias.length} roles, fitted on ${pages} pages (${lines} lines)`
  )
}
