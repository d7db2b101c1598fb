import {describe, expect, it} from 'vitest'
import {hostileBooks, seedBooks} from './books.js'
import {unzipEpub} from './unzip.js'

describe('render', async () => {
  const seeds = (await seedBooks()).files
  const hostile = (await hostileBooks()).files

  it.each([...seeds, ...hostile].map((file) => [file.path, file] as const))(
    'gives %s headings in order and a language on every document',
    async (_path, file) => {
      const book = await unzipEpub(file.contents as Uint8Array)
      for (const {href, xhtml} of book.spine) {
        expect(xhtml, href).toMatch(
          /<html [^>]*xml:lang="[a-z]{2,3}(-[A-Za-z0-9]+)*" lang="[a-z]{2,3}(-[A-Za-z0-9]+)*"/
        )
        const levels = [...xhtml.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]))
        if (href === 'cover.xhtml') continue
        expect(levels[0], `${href} starts with h1`).toBe(1)
        levels.forEach((level, index) => {
          if (index > 0)
            expect(level, `${href}: h${levels[index - 1]} then h${level}`).toBeLessThanOrEqual(levels[index - 1]! + 1)
        })
      }
    }
  )
})
