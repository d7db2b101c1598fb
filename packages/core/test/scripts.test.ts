/**
 * Golden tests per script: each folder of `test/scripts/` is a small invented source in one writing
 * system (Arabic, Urdu inside English, Persian with ZWNJ, Devanagari, Chinese, Japanese, Korean,
 * Cyrillic, emoji, decomposed input). The renderers' tests read the same folders.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {normalizeSource, toRecord, type Block, type Publication} from '../src/index.js'

const root = path.join(import.meta.dirname, 'scripts')

function blocks(publication: Publication): Block[] {
  return [
    ...publication.intro,
    ...publication.qa.flatMap((qa) => qa.answer),
    ...publication.body,
    ...publication.about,
    ...publication.notes
  ]
}

function view(publication: Publication) {
  return {
    lang: publication.lang,
    title: publication.title.text,
    questions: publication.qa.map((qa) => qa.question.text),
    blocks: blocks(publication).map((block) => [block.lang ?? null, block.dir ?? null, block.text]),
    blockLanguages: toRecord(publication).blockLanguages
  }
}

describe('normalizeSource per script', () => {
  for (const name of readdirSync(root).sort()) {
    it(`reads ${name} as reviewed in expected.json`, async () => {
      const bytes = readFileSync(path.join(root, name, 'input.txt'))
      const result = normalizeSource({path: `${name}.txt`, bytes, meta: null})
      if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '))
      await expect(`${JSON.stringify(view(result.publication), null, 2)}\n`).toMatchFileSnapshot(
        path.join(root, name, 'expected.json')
      )
      // Every text is NFC, whatever the input was.
      for (const block of blocks(result.publication)) expect(block.text).toBe(block.text.normalize('NFC'))
    })
  }
})
