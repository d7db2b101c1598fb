/**
 * Normalize an invented page given as its paragraphs (joined by blank lines, as `page.txt`): the
 * publication, or an error when the normalizer refused it. For tests that read a page in a few lines.
 */
import type {Publication} from '../../src/index.js'
import {normalizeSource} from '../../src/index.js'

export function readPage(paragraphs: readonly string[], path = 'page.txt'): Publication {
  const result = normalizeSource({path, bytes: new TextEncoder().encode(paragraphs.join('\n\n')), meta: null})
  if (!result.ok) throw new Error(`${path} not normalized: ${result.errors.map((e) => e.message).join('; ')}`)
  return result.publication
}
