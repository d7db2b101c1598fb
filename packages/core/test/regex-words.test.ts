/**
 * Words are data: no regular expression in normalize/ or text/ may hold more than a few word
 * alternatives (test/helpers/regex-words.ts counts them); lists live in `languages/`. Files not yet
 * moved keep a ceiling — the word alternatives in their over-long patterns today — that may only
 * go down: lower it when a list moves out, never raise it.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {regexWords, wordAlternatives} from './helpers/regex-words.js'

/** The most word alternatives one pattern may hold. */
const limit = 5

/** Word alternatives in patterns over the limit, by file (relative to src/lib): may only go down. */
const ceilings: Record<string, number> = {
  'normalize/roles/decode.ts': 11,
  'normalize/roles/features.ts': 21
}

const lib = fileURLToPath(new URL('../src/lib/', import.meta.url))
const sources = ['normalize', 'text'].flatMap((folder) =>
  (readdirSync(join(lib, folder), {recursive: true}) as string[])
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(lib, folder, file))
)

describe('regex word lists', () => {
  it('counts word alternatives in a pattern', () => {
    expect(wordAlternatives('^(?:mr|mrs|dr)\\.?\\s+')).toBe(3)
    expect(wordAlternatives('(?:[a-z]|\\p{L}|\\s)')).toBe(0)
    expect(wordAlternatives('(?<!\\b(?:Dr|Mr))x|y')).toBe(2)
    expect(regexWords("const a = ['alpha', 'beta']\nconst b = /(?:one|two|six)\\s/").map((r) => r.words)).toEqual([
      2, 3
    ])
    expect(regexWords("// not words: codes\nconst a = ['eng', 'fra', 'deu']")).toEqual([])
  })

  it(`keeps every pattern in normalize/ and text/ to ${limit} word alternatives, or under its file's ceiling`, () => {
    const over: Record<string, number> = {}
    const offenders: string[] = []
    for (const file of sources) {
      const name = relative(lib, file)
      const found = regexWords(readFileSync(file, 'utf8'), name).filter((regex) => regex.words > limit)
      if (found.length === 0) continue
      over[name] = found.reduce((sum, regex) => sum + regex.words, 0)
      for (const regex of found) offenders.push(`${name}:${regex.line} ${regex.words} words: ${regex.excerpt}`)
    }
    for (const [name, count] of Object.entries(over))
      expect(
        count,
        `${name} holds ${count} word alternatives in long patterns (ceiling ${ceilings[name] ?? 0}):\n${offenders.filter((o) => o.startsWith(`${name}:`)).join('\n')}`
      ).toBeLessThanOrEqual(ceilings[name] ?? 0)
  })
})
