/**
 * One registry of formats: the command line's choices, the build order and turbo.json's publish
 * task all follow it, and every registered package follows the one-publication contract.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {formats, loadFormat, registry, turboOutputTask} from '../src/index.js'

const root = path.join(import.meta.dirname, '../../..')

describe('the registry of formats', () => {
  it('is what turbo.json publishes (run `node scripts/sync-turbo.mjs` after adding a format)', () => {
    const turbo = JSON.parse(readFileSync(path.join(root, 'turbo.json'), 'utf8'))
    expect(turbo.tasks['@dossier/cli#output']).toEqual(turboOutputTask())
    const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts
    expect(scripts.build).toBe('turbo run build output')
    // The task's outputs are exactly the formats' folders, the marker that makes output/ Dossier's
    // (without it, a folder restored from turbo's cache would be refused by the next build) and the
    // manifest of SHA-256 sums (`dossier verify` reads it beside the files).
    expect(turboOutputTask().outputs).toEqual(
      [
        ...formats.map((format) => `$TURBO_ROOT$/output/${registry[format].folder}/**`),
        '$TURBO_ROOT$/output/.dossier-output.json',
        '$TURBO_ROOT$/output/SHA256SUMS'
      ].sort()
    )
  })

  it('lists packages that implement the contract, each needing only formats built before it', async () => {
    for (const [position, format] of formats.entries()) {
      const module = await loadFormat(format)
      expect(module.format).toBe(format)
      expect(module.folder).toBe(registry[format].folder)
      expect(typeof module.renderPublication).toBe('function')
      expect(typeof module.renderCollection).toBe('function')
      for (const need of module.needs)
        expect(formats.indexOf(need as never), `${format} needs ${need}`).toBeLessThan(position)
    }
  })
})
