/**
 * Ace by DAISY (https://daisy.github.io/ace/), the EPUB accessibility checker, run as the CLI of
 * `@daisy/ace-cli` with the system's Chromium. A missing tool throws: the test fails, never skips.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {tempDir} from './helpers.js'

const bin = fileURLToPath(new URL('../node_modules/.bin/ace-cli', import.meta.url))
const chromium = '/usr/bin/chromium'

/** One failed Ace assertion: the rule, its impact and the document. */
export interface AceViolation {
  rule: string
  impact: string
  document: string
  description: string
}

interface Assertion {
  'earl:test': {'dct:title': string; 'earl:impact': string; 'dct:description': string}
  'earl:result': {'earl:outcome': string}
}

/** Run Ace on a book; return `{outcome, violations}` from its `report.json`. */
export function ace(bytes: Uint8Array, name: string): {outcome: string; violations: AceViolation[]} {
  if (!existsSync(bin)) throw new Error(`Ace by DAISY is required: expected ${bin} (pnpm install)`)
  if (!existsSync(chromium))
    throw new Error(`Chromium is required for Ace: expected ${chromium} (apt-get install chromium)`)
  const dir = tempDir('ace')
  const book = join(dir, name)
  writeFileSync(book, bytes)
  const out = join(dir, 'report')
  const run = spawnSync(bin, ['-s', '-f', '-o', out, book], {
    encoding: 'utf8',
    env: {...process.env, PUPPETEER_EXECUTABLE_PATH: chromium},
    timeout: 240_000
  })
  const report = join(out, 'report.json')
  if (!existsSync(report))
    throw new Error(`Ace wrote no report (exit ${run.status}): ${run.stderr}${run.error?.message ?? ''}`)
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    'earl:result': {'earl:outcome': string}
    assertions: Array<{'earl:testSubject': {url: string}; assertions: Assertion[]}>
  }
  const violations = json.assertions.flatMap((document) =>
    document.assertions
      .filter((assertion) => assertion['earl:result']['earl:outcome'] === 'fail')
      .map((assertion) => ({
        rule: assertion['earl:test']['dct:title'],
        impact: assertion['earl:test']['earl:impact'],
        document: document['earl:testSubject'].url,
        description: assertion['earl:test']['dct:description']
      }))
  )
  return {outcome: json['earl:result']['earl:outcome'], violations}
}
