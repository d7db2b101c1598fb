/**
 * `dossier check` tells an editor how each source was read: the language with its confidence and
 * evidence, why the title and the structure were chosen, and every warning; `--strict` fails on
 * warnings (issue 11: "never silent").
 */
import {execFile} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const bin = path.join(import.meta.dirname, '../dist/bin.js')
const exec = promisify(execFile)

async function check(dir: string, ...flags: string[]) {
  try {
    const {stdout, stderr} = await exec('node', [bin, 'check', '--sources', dir, ...flags], {
      env: {...process.env, CI: '1'}
    })
    return {code: 0, out: stdout + stderr}
  } catch (error) {
    const e = error as {code: number; stdout: string; stderr: string}
    return {code: e.code, out: e.stdout + e.stderr}
  }
}

describe('dossier check', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-check-'))
  writeFileSync(
    path.join(dir, 'urdu.txt'),
    'گوادر کی بندرگاہ پر گفتگو\n\nسوال: آپ نے بندرگاہ کب دیکھی؟\n\nجواب: پچھلے سال، جب نیا ٹرمینل کھلا تھا۔\n\nسوال: تجارت کیسی ہے؟\n\nجواب: پہلے سے بہتر ہے، مگر سڑکیں ابھی ادھوری ہیں۔\n'
  )
  writeFileSync(
    path.join(dir, 'cues.txt'),
    'An interview with the harbour master\n\nThe harbour master said the new crane arrives in May, and that the pier will be closed for a week while it is installed.\n'
  )

  it('shows the language with its confidence and evidence, and the reasons for the title and the structure', async () => {
    const {code, out} = await check(dir)
    expect(code).toBe(0)
    expect(out).toMatch(/language: ur \(inferred, confidence \d\.\d\d: Arabic script \d+%/)
    expect(out).toMatch(/\(headline: the best of \d+ head line\(s\)/)
    expect(out).toMatch(/reading: {2}Q:\/A: prefixes: 2 question\(s\)/)
  })

  it('fails with --strict when a reading is uncertain, naming the file, the line and the code', async () => {
    const {code, out} = await check(dir, '--strict')
    expect(code).toBe(1)
    expect(out).toMatch(
      /cues\.txt → [\s\S]*?line +1 +the text says it is an interview, but no questions were recognised[^\n]*\[structure\/interview-without-questions\]/
    )
  })
})
