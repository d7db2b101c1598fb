/**
 * How the CLI talks: a progress line that rewrites itself on a terminal, plain lines in CI and
 * pipes, and every problem as `file:line: severity: message [code]` on stderr. A progress line and a
 * problem stay one line whatever a file is named (control characters are printed as escapes).
 */
import type {Message} from '@dossier/core'
import {formatMessage, printable} from '@dossier/core'

export interface Reporter {
  progress(text: string): void
  info(text: string): void
  problem(message: Message): void
  done(): void
}

/** A reporter for the given streams; `tty` decides whether progress overwrites itself. */
export function createReporter(
  stdout: NodeJS.WritableStream & {isTTY?: boolean},
  stderr: NodeJS.WritableStream
): Reporter {
  const tty = Boolean(stdout.isTTY) && !process.env['CI']
  let pending = false
  const clear = () => {
    if (pending) stdout.write('\r\x1b[2K')
    pending = false
  }
  return {
    progress(line) {
      const text = printable(line)
      if (tty) {
        clear()
        stdout.write(text.slice(0, (process.stdout.columns ?? 80) - 1))
        pending = true
      } else stdout.write(`${text}\n`)
    },
    info(text) {
      clear()
      stdout.write(`${text}\n`)
    },
    problem(message) {
      clear()
      stderr.write(`${formatMessage(message)}\n`)
    },
    done: clear
  }
}
