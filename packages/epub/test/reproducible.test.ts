import {describe, expect, it} from 'vitest'
import {render} from '../src/index.js'
import {seedBooks} from './books.js'
import {readCorpus, renderOptions} from './helpers.js'
import {unzipEpub} from './unzip.js'

describe('render', () => {
  it('gives byte-identical EPUBs for the same sources and build date', async () => {
    // The run's render of the seeds, and a second one from sources read again.
    const first = (await seedBooks()).files
    const second = await render(readCorpus(), renderOptions())
    expect(second.map((file) => file.path)).toEqual(first.map((file) => file.path))
    first.forEach((file, index) => {
      expect(
        Buffer.from(second[index]!.contents as Uint8Array).equals(Buffer.from(file.contents as Uint8Array)),
        file.path
      ).toBe(true)
    })
  })

  it('stores mimetype first and uncompressed, and dates every entry with the build date', async () => {
    const [file] = (await seedBooks()).files
    const bytes = file!.contents as Uint8Array
    expect(Buffer.from(bytes.subarray(30, 38)).toString('latin1')).toBe('mimetype')
    expect(Buffer.from(bytes.subarray(38, 58)).toString('latin1')).toBe('application/epub+zip')
    expect(bytes[8]).toBe(0) // compression method: stored
    const book = await unzipEpub(bytes)
    for (const entry of Object.values(book.zip.files)) expect(entry.date.toISOString()).toBe('2024-06-01T12:00:00.000Z')
  })

  it('changes dcterms:modified, not the identifier, with the build date', async () => {
    const [a] = (await seedBooks()).files
    const [b] = await render(readCorpus(), {...renderOptions(), buildDate: '2030-01-01T00:00:00.000Z'})
    const opfA = (await unzipEpub(a!.contents as Uint8Array)).opf
    const opfB = (await unzipEpub(b!.contents as Uint8Array)).opf
    const identifier = (opf: string) => /<dc:identifier id="book-id">([^<]+)</.exec(opf)![1]
    expect(identifier(opfB)).toBe(identifier(opfA))
    expect(opfB).toContain('2030-01-01T00:00:00Z')
  })
})
