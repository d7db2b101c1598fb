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
import {exampleOf, loadSet} from './sets.mjs'

const root = path.resolve(import.meta.dirname, '../../..')
const target = path.join(root, 'packages/core/src/lib/normalize/roles/weights.ts')

/** Fit on the labelled pages of corpus/train; returns the model and what it was fitted on. */
export async function fitTrain() {
  const {pages} = await loadSet(path.join(root, 'corpus/train'))
  const labelled = pages.filter((page) => page.roles)
  const examples = labelled.map(exampleOf)
  const lines = examples.reduce((sum, e) => sum + e.labels.filter(Boolean).length, 0)
  return {model: fitRoles(examples), pages: labelled.length, lines}
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {model, pages, lines} = await fitTrain()
  writeFileSync(
    target,
    `/**
 * The role decoder's weights, fitted by \`pnpm fit\` (tooling/eval/src/fit.mjs) on corpus/train:
 * ${pages} labelled pages, ${lines} labelled lines. Data, not code: do not edit by hand; fit again.
 * Order of every array: \`roleClasses\` (decode.ts).
 */
import type {RoleModel} from './decode.js'

export const roleModel: RoleModel = ${JSON.stringify(model)}
`
  )
  execFileSync('npx', ['biome', 'format', '--write', target], {cwd: root, stdio: 'ignore'})
  console.log(
    `${path.relative(root, target)}: ${Object.keys(model.weights).length} features × ${model.bias.length} roles, fitted on ${pages} pages (${lines} lines)`
  )
}
