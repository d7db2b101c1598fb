import {readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {normalizeSource} from '../src/index.js'
import {project} from './helpers/project.js'
import {readFixture} from './helpers/read-fixture.js'

const root = path.join(import.meta.dirname, 'fixtures')

describe('normalizeSource on fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(`normalizes ${name} as reviewed in expected.json`, async () => {
      const result = normalizeSource(readFixture(path.join(root, name)))
      if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '))
      await expect(`${JSON.stringify(project(result.publication), null, 2)}\n`).toMatchFileSnapshot(
        path.join(root, name, 'expected.json')
      )
    })
  }
})
