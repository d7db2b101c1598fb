import {describe, expect, it} from 'vitest'
import {render} from '../src/index.js'
import {describeMessages, epubcheck, readCorpus, renderOptions} from './helpers.js'

describe('render', () => {
  it('writes one EPUB per publication and one for the collection, each passing EPUBCheck with no error or warning', async () => {
    const corpus = readCorpus()
    expect(corpus.publications.length).toBeGreaterThan(0)
    const reports: string[] = []
    const files = await render(corpus, renderOptions(reports))
    expect(files.map((file) => file.path)).toEqual([
      ...corpus.publications.map((p) => `${p.id}.epub`),
      `${corpus.collection.id}.epub`
    ])
    for (const file of files) {
      const messages = epubcheck(file.contents as Uint8Array, file.path)
      expect(describeMessages(messages), file.path).toEqual([])
    }
    expect(reports).toEqual([])
  }, 120_000)
})
