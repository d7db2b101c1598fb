/** `dossier check --why [FILE:]LINE`: the role decoder's reading of a line, with its reasons (issue 20). */
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

const bin = path.join(import.meta.dirname, '../dist/bin.js')
const seeds = path.join(import.meta.dirname, '../../../sources')
const check = (...args: string[]) =>
  spawnSync('node', [bin, 'check', '--sources', seeds, ...args], {encoding: 'utf8', env: {...process.env, CI: '1'}})

describe('dossier check --why', () => {
  it("prints the ledger's role, the decoder's role, its margin and the features that weighed most", () => {
    const result = check('--why', '002_63918c13af0e94a2.txt:11')
    expect(result.status).toBe(0)
    const why = result.stdout.slice(result.stdout.indexOf('002_63918c13af0e94a2.txt:11 why'))
    expect(why).toMatch(/text: {4}" {2}1\. What is your paradigm/)
    expect(why).toMatch(/ledger: {2}question/)
    expect(why).toMatch(/decoder: question \(runner-up \w+, margin -?\d+\.\d\d; this line alone: question \d+%/)
    expect(why).toMatch(/because: .*end\.question \+\d\.\d\d/)
    // Only the named source is explained.
    expect(result.stdout).not.toContain('000_388b1c817c432ae6.txt:11 why')
  }, 60_000)

  it('explains the line in every source when no file is named, and says when a line is blank or past the end', () => {
    const result = check('--why', '2')
    expect(result.stdout).toContain('000_388b1c817c432ae6.txt:2 why')
    expect(result.stdout).toContain('002_63918c13af0e94a2.txt:2 why')
    expect(check('--why', '002_63918c13af0e94a2.txt:99999').stdout).toMatch(/the source has \d+ line\(s\)/)
  }, 60_000)

  it('refuses a line that is not a number ≥ 1', () => {
    const result = check('--why', '0')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('--why wants LINE or FILE:LINE')
  })
})
