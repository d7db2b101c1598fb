/**
 * Hostile sources reach the renderer and give books with no markup, script, comment or control
 * character let through as such. (EPUBCheck passes these books clean: `epubcheck.test.ts`.)
 */
import {describe, expect, it} from 'vitest'
import {hostileSources} from './fixtures/hostile.js'
import {hostileBooks} from './books.js'
import {unzipEpub} from './unzip.js'

describe('render', async () => {
  const {corpus, files, reports} = await hostileBooks()

  it('normalizes every hostile source (the fixture reaches the renderer)', () => {
    // The collection's control character is removed with a warning (the fixture puts one there).
    expect(corpus.failures.filter((m) => m.severity === 'error')).toEqual([])
    expect(corpus.failures.map((m) => `${m.file}:${m.line} ${m.code}`)).toEqual([
      'collection.yaml:1 text/control-characters'
    ])
    expect(files).toHaveLength(hostileSources.length + 1)
  })

  it('lets no markup, script, comment or control character through as such', async () => {
    for (const file of files) {
      const book = await unzipEpub(file.contents as Uint8Array)
      for (const name of book.names.filter((n) => /\.(xhtml|opf|svg)$/.test(n))) {
        const xml = await book.zip.file(name)!.async('string')
        expect(xml, name).not.toMatch(/<(script|iframe|style|object|svg:?[a-z]*\s+onload|img\s+src="x")/i)
        // Attribute values are escaped text; look at attribute names only.
        expect(xml.replace(/"[^"]*"/g, '""'), name).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i)
        expect(xml, name).not.toMatch(/href="javascript:/i)
        expect(xml, name).not.toMatch(/<!--|<!\[CDATA\[/)
        expect(xml, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/)
      }
    }
    expect(reports).toEqual([])
  })
})
