/**
 * EPUBCheck for test runs: one JVM for the whole run (`EpubcheckServer.java`), started by a vitest
 * globalSetup, asked by every test file over loopback HTTP. EPUBCheck's command line checks one book
 * per JVM, and a JVM costs seconds to start and warm up (10 s of CPU a book on a shared 2-core
 * machine, against under a second for a warm one). A missing tool throws: the tests fail, never skip.
 */
import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import path from 'node:path'

const jar = '/usr/bin/epubcheck'
const server = path.join(import.meta.dirname, 'EpubcheckServer.java')

/** Start one EPUBCheck JVM; resolves once it listens. `stop()` ends it. */
export async function startEpubcheck() {
  if (!existsSync(jar)) throw new Error(`EPUBCheck is required: expected ${jar} (apt-get install epubcheck)`)
  const child = spawn('java', ['-Xss1024k', '-cp', jar, server], {stdio: ['pipe', 'pipe', 'pipe']})
  let output = ''
  const url = await new Promise((resolve, reject) => {
    const collect = (chunk) => {
      output += chunk.toString()
      const port = /listening on (\d+)/.exec(output)?.[1]
      if (port) resolve(`http://127.0.0.1:${port}/check`)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.once('error', (error) => reject(new Error(`Could not run java for EPUBCheck: ${error.message}`)))
    child.once('exit', (code) => reject(new Error(`the EPUBCheck server exited (${code}) before listening: ${output}`)))
  })
  // From here on its output is EPUBCheck's own console chatter; the reports are what count.
  child.stdout.resume()
  child.stderr.resume()
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.stdin.end()
      })
  }
}

/**
 * EPUBCheck's JSON report of the book at `file` (an absolute path), from the server at `url`: the
 * report `java -jar epubcheck FILE --json REPORT` writes.
 */
export async function epubcheckReport(url, file) {
  if (!url) throw new Error('no EPUBCheck server: the test run has no referees globalSetup (see vitest.config.ts)')
  const response = await fetch(url, {method: 'POST', body: path.resolve(file)})
  const text = await response.text()
  if (!response.ok) throw new Error(`EPUBCheck failed on ${file}: ${text}`)
  return JSON.parse(text)
}

/** Every message of a report that counts: fatal, error and warning (usage and info are not problems). */
export function problems(report) {
  return report.messages.filter((message) => message.severity !== 'USAGE' && message.severity !== 'INFO')
}
