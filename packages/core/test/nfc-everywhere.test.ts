/**
 * Text keeps NFC everywhere (issue 22), not only the blocks: every string of the model and of the
 * dataset record — title, people and their evidence, removed lines, warnings, the ledger — is NFC
 * for a source typed in NFD (core's fixture scripts/nfd-input).
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {normalizeSource, toRecord} from '../src/index.js'

/** Every string reachable from `value`, with its path. */
function strings(value: unknown, path: string, out: Array<[string, string]> = []): Array<[string, string]> {
  if (typeof value === 'string') out.push([path, value])
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) strings(child, `${path}.${key}`, out)
  return out
}

describe('NFC everywhere', () => {
  it('holds for every string of the model and the record of a source typed in NFD, evidence included', () => {
    const bytes = readFileSync(new URL('./scripts/nfd-input/input.txt', import.meta.url))
    expect(bytes.toString('utf8')).not.toBe(bytes.toString('utf8').normalize('NFC'))
    const result = normalizeSource({path: 'nfd-input.txt', bytes, meta: null})
    if (!result.ok) throw new Error('did not normalize')
    const all = [...strings(result.publication, 'publication'), ...strings(toRecord(result.publication), 'record')]
    expect(all.some(([path]) => path.includes('evidence'))).toBe(true)
    expect(all.filter(([, text]) => text !== text.normalize('NFC')).map(([path]) => path)).toEqual([])
  })
})
