/** The committed weights of the role decoder are what `pnpm fit` makes of corpus/train, bit for bit. */
import {roleModel} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {fitTrain} from '../src/fit.mjs'

describe('pnpm fit', () => {
  it('reproduces packages/core/src/lib/normalize/roles/weights.ts from corpus/train (run `pnpm fit` after labelling pages)', async () => {
    const {model, pages} = await fitTrain()
    expect(pages).toBeGreaterThanOrEqual(60)
    expect(JSON.stringify(model)).toBe(JSON.stringify(roleModel))
  }, 120_000)
})
