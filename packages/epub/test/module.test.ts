import type {FormatModule} from '@dossier/core'
import {existsSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import * as epub from '../src/index.js'
import {toIdentifier} from '../src/index.js'

describe('@dossier/epub', () => {
  it('exports a FormatModule and names asset files that exist', () => {
    const module: FormatModule = epub.epub
    expect([module.format, module.folder, module.needs]).toEqual(['epub', 'epub', []])
    expect([epub.format, epub.folder, epub.needs, epub.assetFiles]).toEqual([
      module.format,
      module.folder,
      module.needs,
      module.assetFiles
    ])
    expect([epub.renderPublication, epub.renderCollection]).toEqual([module.renderPublication, module.renderCollection])
    for (const path of Object.values(module.assetFiles)) expect(existsSync(path), path).toBe(true)
  })
})

describe('toIdentifier', () => {
  it('derives the same version-5 UUID from the same name, and another from another name', () => {
    expect(toIdentifier('dossier:a/b')).toBe(toIdentifier('dossier:a/b'))
    expect(toIdentifier('dossier:a/b')).not.toBe(toIdentifier('dossier:a/c'))
    expect(toIdentifier('dossier:a/b')).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    )
  })
})
