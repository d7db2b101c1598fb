/**
 * The README's analyst questions (issue 24), run as an analyst would: every SQL block of the
 * section "Querying the dataset" with the `sqlite3` command-line tool against `dossier.sqlite`, and
 * every Python block with `python3` (standard library only) in a folder holding `output/dataset/`.
 * The dataset is `collection.ts`'s: the seeds, a press conference and a Chinese interview.
 */
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {files, root} from './collection.js'

const folder = mkdtempSync(path.join(tmpdir(), 'dossier-readme-queries-'))
mkdirSync(path.join(folder, 'output/dataset'), {recursive: true})
for (const file of files) writeFileSync(path.join(folder, 'output/dataset', path.basename(file.path)), file.contents)
afterAll(() => rmSync(folder, {recursive: true, force: true}))

/** The fenced blocks of the README's section, in order, as [language, code]. */
function sectionBlocks(): Array<[string, string]> {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
  const start = readme.indexOf('### Querying the dataset')
  const section = readme.slice(start, readme.indexOf('\n### ', start + 1))
  return [...section.matchAll(/```(sql|python)\n([\s\S]*?)```/g)].map((m) => [m[1]!, m[2]!])
}

const run = (language: string, code: string) =>
  language === 'sql'
    ? execFileSync('sqlite3', ['-batch', '-bail', path.join(folder, 'output/dataset/dossier.sqlite')], {input: code})
    : execFileSync('python3', ['-I', '-c', code], {cwd: folder})

const answers = [
  // Who answered the most questions?
  ['Andrew Korybko|16', '张桂梅|3', 'Minister Lindqvist|2', 'Minister Okafor|2'],
  // How many questions did each outlet publish, per year?
  ['The Diplomatic Insight|2017|11', 'OneWorld|2024|5'],
  // Every answer in which Minister Okafor mentions trains
  [1, 3].map(
    (number) => `2024-06-03-joint-press-conference-of-the-ministers-of-transport-and-of-energy-3-june-2024|${number}`
  )
]

describe('the README’s analyst questions', () => {
  const blocks = sectionBlocks()

  it('asks three questions, each in SQL and in Python', () => {
    expect(blocks.map(([language]) => language)).toEqual(['sql', 'python', 'sql', 'python', 'sql', 'python'])
  })

  answers.forEach((rows, index) => {
    it(`answers question ${index + 1} with the same rows in SQL (sqlite3) and in Python (python3)`, () => {
      const [sql, python] = [blocks[2 * index]!, blocks[2 * index + 1]!]
      expect(
        String(run(...sql))
          .trimEnd()
          .split('\n')
      ).toEqual(rows)
      expect(
        String(run(...python))
          .trimEnd()
          .split('\n')
      ).toEqual(rows)
    })
  })
})
