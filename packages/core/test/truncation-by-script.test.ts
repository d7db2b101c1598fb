/**
 * "Cut off mid-sentence" is read from the script's own punctuation (field case 21, issue 22): Khmer
 * ends a sentence with ។, Thai sets no stop at the end of a paragraph, so neither finished text is
 * flagged as incomplete; a Khmer paragraph that stops without its ។ still is.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {normalizeSource} from '../src/index.js'

const dir = new URL('./field-cases/21-khmer-lao-search/sources/', import.meta.url)

function truncated(path: string, bytes: Uint8Array): boolean {
  const result = normalizeSource({path, bytes, meta: null})
  if (!result.ok) throw new Error(`${path} did not normalize`)
  return result.publication.truncated
}

describe('truncation by script', () => {
  it.each(readdirSync(dir))('%s ends as finished text', (name) => {
    expect(truncated(name, readFileSync(new URL(name, dir)))).toBe(false)
  })

  it('still flags a Khmer answer that stops before its ។', () => {
    const text = readFileSync(new URL('tonle-sap-khmer.md', dir), 'utf8').trimEnd()
    expect(text.endsWith('។')).toBe(true)
    const cut = text.slice(0, text.lastIndexOf(' ', text.length - 8))
    expect(truncated('cut-khmer.md', new TextEncoder().encode(`${cut}\n`))).toBe(true)
  })
})
