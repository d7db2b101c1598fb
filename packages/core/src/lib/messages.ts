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

/**
 * Characters that must not reach a terminal or a log as themselves: C0 and C1 controls (a newline in
 * a file name would forge a line of its own, an escape sequence would drive the terminal), the line
 * and paragraph separators, and the direction controls that reorder what follows (U+202A–U+202E,
 * U+2066–U+2069, the "Trojan Source" characters).
 */
const unprintable = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
const named: Record<string, string> = {'\n': '\\n', '\r': '\\r', '\t': '\\t'}

/** `text` safe to print on one line: unprintable characters as escapes (`\n`, `\x1b`, `\u202e`). */
export function printable(text: string): string {
  if (!unprintable.test(text)) return text
  unprintable.lastIndex = 0
  return text.replace(unprintable, (char) => {
    const code = char.charCodeAt(0)
    return named[char] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`)
  })
}

/** Format a message the way compilers do: `file:line: message [code]`, on one line whatever the file is named. */
export function formatMessage(message: Message): string {
  const file = printable(message.file)
  const where = message.line === null ? file : `${file}:${message.line}`
  return `${where}: ${message.severity}: ${printable(message.message)} [${message.code}]`
}
