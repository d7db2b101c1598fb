/**
 * The accessibility gate (issue 14): Ace by DAISY finds no violation in any EPUB we make — the
 * seeds' books and collection, the hostile fixtures, core's script fixtures, the fixture with every
 * block kind and the field cases with a table and with notes. EPUBCheck stays at zero too.
 */
import {buildCorpus, type SourceInput} from '@dossier/core'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {render} from '../src/index.js'
import {ace} from './ace.js'
import {hostileCollection, hostileSources} from './fixtures/hostile.js'
import {describeMessages, epubcheck, readCorpus, renderOptions} from './helpers.js'

const scriptsDir = fileURLToPath(new URL('../../core/test/scripts/', import.meta.url))
const scripts: SourceInput[] = readdirSync(scriptsDir)
  .sort()
  .map((name) => ({path: `${name}.txt`, bytes: readFileSync(join(scriptsDir, name, 'input.txt')), meta: null}))
const everyKind: SourceInput = {
  path: 'every-block-kind.md',
  bytes: readFileSync(fileURLToPath(new URL('../../core/test/fixtures/every-block-kind/input.md', import.meta.url))),
  meta: null
}
const fieldDir = fileURLToPath(new URL('../../core/test/field-cases/', import.meta.url))
const field: SourceInput[] = [
  '12-markdown-table/sources/trade-figures.md',
  '15-footnotes/sources/wheat-deal.md',
  '15-footnotes/sources/gas-pipeline.txt'
].map((path) => ({
  path: path.split('/').pop()!,
  bytes: readFileSync(join(fieldDir, path)),
  meta: null
}))

const books = async () => [
  ...(await render(readCorpus(), renderOptions())).map((file) => ['seeds', file] as const),
  ...(await render(buildCorpus({sources: hostileSources, collection: hostileCollection}), renderOptions())).map(
    (file) => ['hostile', file] as const
  ),
  ...(await render(buildCorpus({sources: scripts, collection: null}), renderOptions())).map(
    (file) => ['scripts', file] as const
  ),
  ...(await render(buildCorpus({sources: [everyKind, ...field], collection: null}), renderOptions())).map(
    (file) => ['block kinds', file] as const
  )
]

describe('render, checked by Ace by DAISY', async () => {
  const all = await books()
  it.each(all.map(([set, file]) => [`${set}: ${file.path}`, file] as const))(
    '%s has no Ace violation and no EPUBCheck message',
    (name, file) => {
      const bytes = file.contents as Uint8Array
      const report = ace(bytes, file.path)
      expect(report.violations, name).toEqual([])
      expect(report.outcome).toBe('pass')
      expect(describeMessages(epubcheck(bytes, file.path)), name).toEqual([])
    },
    300_000
  )
})
