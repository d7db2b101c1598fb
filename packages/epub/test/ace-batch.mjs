#!/usr/bin/env node
/**
 * Ace by DAISY over several books in one process with one Chromium: `ace-cli` launches and closes
 * a browser for every book, which is most of its cost. This runs Ace's own engine (`@daisy/ace-core`,
 * reached through the `@daisy/ace-cli` devDependency) with Ace's own Puppeteer runner, launched once.
 *
 *   PUPPETEER_EXECUTABLE_PATH=/usr/bin/chromium node ace-batch.mjs REPORTS BOOK.epub…
 *
 * writes REPORTS/<book name>/report.json for each book (the file `ace-cli -o` writes) and exits 0,
 * or names the book it could not check and exits 1.
 */
import {createRequire} from 'node:module'
import path from 'node:path'

const [reports, ...books] = process.argv.slice(2)
if (!reports || books.length === 0) {
  console.error('usage: node ace-batch.mjs REPORTS BOOK.epub…')
  process.exit(2)
}
const fromCli = createRequire(createRequire(import.meta.url).resolve('@daisy/ace-cli'))
const fromShared = createRequire(fromCli.resolve('@daisy/ace-cli-shared'))
const ace = fromShared('@daisy/ace-core')
const logger = fromShared('@daisy/ace-logger')
const runner = fromCli('@daisy/ace-axe-runner-puppeteer')

logger.initLogger({silent: true, fileName: 'ace-batch.log'})
let launched = null
// Ace launches and closes the runner around each book; here the first book launches it and the batch closes it.
const shared = {...runner, launch: () => (launched ??= runner.launch()), close: async () => {}}
let failed = 0
try {
  for (const book of books) {
    const name = path.parse(book).name
    try {
      await ace(
        path.resolve(book),
        {cwd: process.cwd(), outdir: path.join(reports, name), silent: true, jobId: name},
        shared
      )
    } catch (error) {
      failed++
      console.error(`${book}: Ace failed: ${error?.message ?? error}`)
    }
  }
} finally {
  if (launched) await launched.then(() => runner.close())
}
process.exit(failed ? 1 : 0)
