/**
 * Ace by DAISY (https://daisy.github.io/ace/), the EPUB accessibility checker, over many books in
 * one process with one Chromium (`ace-batch.mjs`: Ace's own engine and Puppeteer runner, the browser
 * launched once instead of once a book). A missing tool throws: the test fails, never skips.
 */
import {spawn} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {tempDir} from './helpers.js'

const batch = fileURLToPath(new URL('./ace-batch.mjs', import.meta.url))
const cli = fileURLToPath(new URL('../node_modules/@daisy/ace-cli/package.json', import.meta.url))
const chromium = '/usr/bin/chromium'

/** One failed Ace assertion: the rule, its impact and the document. */
export interface AceViolation {
  rule: string
  impact: string
  document: string
  description: string
}

/** Ace's verdict on a book. */
export interface AceReport {
  outcome: string
  violations: AceViolation[]
}

interface Assertion {
  'earl:test': {'dct:title': string; 'earl:impact': string; 'dct:description': string}
  'earl:result': {'earl:outcome': string}
}

/** Run Ace once over `books` (name and bytes; names must differ); give each book's report by name. */
export async function ace(books: Array<{name: string; bytes: Uint8Array}>): Promise<Map<string, AceReport>> {
  if (!existsSync(cli)) throw new Error(`Ace by DAISY is required: expected ${cli} (pnpm install)`)
  if (!existsSync(chromium))
    throw new Error(`Chromium is required for Ace: expected ${chromium} (apt-get install chromium)`)
  const dir = tempDir('ace')
  mkdirSync(join(dir, 'books'))
  const paths = books.map(({name, bytes}) => {
    const path = join(dir, 'books', `${name}.epub`)
    writeFileSync(path, bytes)
    return path
  })
  const out = join(dir, 'reports')
  const child = spawn(process.execPath, [batch, out, ...paths], {
    env: {...process.env, PUPPETEER_EXECUTABLE_PATH: chromium},
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', resolve)
  })
  const reports = new Map<string, AceReport>()
  for (const {name} of books) {
    const report = join(out, name, 'report.json')
    if (!existsSync(report)) throw new Error(`Ace wrote no report for ${name} (exit ${code}): ${stderr}`)
    reports.set(name, read(report))
  }
  return reports
}

function read(report: string): AceReport {
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
