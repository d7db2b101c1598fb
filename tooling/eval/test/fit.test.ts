/** The committed weights of the role decoder are what `pnpm fit` makes of corpus/train, bit for bit. */
import {roleModel, shapeRoleModel} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {fitTrain} from '../src/fit.mjs'

describe('pnpm fit', () => {
  it('reproduces packages/core/src/lib/normalize/roles/weights.ts from corpus/train (run `pnpm fit` after labelling pages)', async () => {
    const {model, shapeModel, pages} = await fitTrain()
    expect(pages).toBeGreaterThanOrEqual(60)
    expect(JSON.stringify(model)).toBe(JSON.stringify(roleModel))
    expect(JSON.stringify(shapeModel)).toBe(JSON.stringify(shapeRoleModel))
    expect(Object.keys(shapeModel.weights).some((feature) => feature.startsWith('rule.'))).toBe(false)
  }, 900_000)
})
