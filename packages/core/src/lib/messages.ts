import type {Message, Severity} from './model/publication.js'

/** Build a message; one place so every problem has the same shape. */
export function messageAt(
  file: string,
  code: string,
  message: string,
  line: number | null,
  severity: Severity = 'warning'
): Message {
  return {code, message, severity, file, line}
}

/** Format a message the way compilers do: `file:line: message [code]`. */
export function formatMessage(message: Message): string {
  const where = message.line === null ? message.file : `${message.file}:${message.line}`
  return `${where}: ${message.severity}: ${message.message} [${message.code}]`
}
