import {readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {normalizeSource} from '../src/index.js'
import {readFixture} from './helpers/read-fixture.js'

const root = path.join(import.meta.dirname, 'errors')

describe('normalizeSource on bad input', () => {
  for (const name of readdirSync(root).sort()) {
    it(`rejects ${name} with the messages in messages.json`, async () => {
      const result = normalizeSource(readFixture(path.join(root, name)))
      expect(result.ok).toBe(false)
      const errors = result.ok ? [] : result.errors
      for (const error of errors) {
        expect(error.severity).toBe('error')
        expect(error.file).toMatch(/^input\.(txt|md|meta\.yaml)$/)
      }
      await expect(`${JSON.stringify(errors, null, 2)}\n`).toMatchFileSnapshot(path.join(root, name, 'messages.json'))
    })
  }
})
