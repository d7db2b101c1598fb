/** The Nu HTML Checker (vnu.jar from the vnu-jar package, on Java) over files of a site on disk. */
import {spawnSync} from 'node:child_process'
import {createRequire} from 'node:module'
import {join} from 'node:path'

const vnuJar = join(createRequire(import.meta.url).resolve('vnu-jar'), '..', 'build', 'dist', 'vnu.jar')

export interface VnuMessage {
  type: string
  subType?: string
  url: string
  message: string
  lastLine?: number
}

/** Run the Nu HTML Checker on files; throws when java or the jar is missing (never skips). */
export function checkHtml(files: string[]): VnuMessage[] {
  const result = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  if (result.error) throw result.error
  if (result.status !== 0) throw new Error(`vnu exited ${result.status}: ${result.stderr}`)
  return (JSON.parse(result.stderr) as {messages: VnuMessage[]}).messages
}
