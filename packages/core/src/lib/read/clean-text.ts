/**
 * Make decoded text uniform before any rule looks at it: one kind of line end, one kind of space,
 * no invisible control characters. Line numbers are preserved (CRLF and CR count as one line end).
 */
import type {Message} from '../model/publication.js'
import {messageAt} from '../messages.js'
import {decodeReferences, repairMojibake} from '../text/repair-encoding.js'

export interface CleanText {
  lines: string[]
  warnings: Message[]
}

// Tabs and the "odd" spaces of copied web text (NBSP, en/em/thin/hair spaces, narrow NBSP, ideographic).
const oddSpace = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g
// Invisible characters that only get in the way: soft hyphen (breaks pdfkit), zero-width space, BOM, word joiner.
const invisible = /[\u00ad\u200b\u2060\ufeff]/g
// C0 controls except LF, DEL, C1 controls, the lone form feed/vertical tab, and the noncharacters U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex
const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/g

/**
 * Normalize line ends, spaces and invisible characters; warn when control characters are removed.
 * Plain text (`repair`) also gets HTML references decoded and UTF-8-as-Windows-1252 undone; Markdown
 * decodes its own references.
 */
export function cleanText(file: string, text: string, repair = false): CleanText {
  const warnings: Message[] = []
  const withoutBom = text.startsWith('\ufeff') ? text.slice(1) : text
  const lines = withoutBom.replace(/\r\n?/g, '\n').split('\n')
  // A final newline ends the last line; it does not start an empty one.
  if (lines.length > 1 && lines.at(-1) === '') lines.pop()

  const controlLines: number[] = []
  const repairs = {references: [] as number[], mojibake: [] as number[], escapes: [] as number[]}
  const replacementLines: number[] = []
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index]!
    if (control.test(line)) {
      control.lastIndex = 0
      controlLines.push(index + 1)
      line = line.replace(control, '')
    }
    if (repair) {
      const mojibake = repairMojibake(line)
      if (mojibake.count > 0) repairs.mojibake.push(index + 1)
      const references = decodeReferences(mojibake.text)
      if (references.count > 0) repairs.references.push(index + 1)
      line = references.text
      // Backslash escapes a database or a JSON export left in the text ("Italy\'s", \"quoted\"): undone.
      if (/\\['"]/u.test(line)) {
        repairs.escapes.push(index + 1)
        line = line.replace(/\\(['"])/gu, '$1')
      }
    }
    if (line.includes('\ufffd')) replacementLines.push(index + 1)
    lines[index] = line.replace(oddSpace, ' ').replace(invisible, '').replace(/ +$/, '')
  }

  if (controlLines.length > 0) {
    const shown = controlLines.slice(0, 5).join(', ') + (controlLines.length > 5 ? ', …' : '')
    warnings.push(
      messageAt(
        file,
        'text/control-characters',
        `removed control characters on ${controlLines.length} line(s): ${shown}`,
        controlLines[0]!
      )
    )
  }
  const list = (lines: number[]) => lines.slice(0, 5).join(', ') + (lines.length > 5 ? ', …' : '')
  if (repairs.mojibake.length > 0) {
    warnings.push(
      messageAt(
        file,
        'text/mojibake',
        `repaired UTF-8 that had been read as Windows-1252 ("â€™" → "’") on ${repairs.mojibake.length} line(s): ${list(repairs.mojibake)}`,
        repairs.mojibake[0]!
      )
    )
  }
  if (repairs.escapes.length > 0) {
    warnings.push(
      messageAt(
        file,
        'text/backslash-escapes',
        `undid backslash escapes (\\' → ') on ${repairs.escapes.length} line(s): ${list(repairs.escapes)}`,
        repairs.escapes[0]!
      )
    )
  }
  if (repairs.references.length > 0) {
    warnings.push(
      messageAt(
        file,
        'text/html-references',
        `decoded HTML character references ("&amp;" → "&") on ${repairs.references.length} line(s): ${list(repairs.references)}`,
        repairs.references[0]!
      )
    )
  }
  if (replacementLines.length > 0) {
    warnings.push(
      messageAt(
        file,
        'text/replacement-character',
        `the text contains U+FFFD (�) on ${replacementLines.length} line(s): it was mis-decoded before it reached Dossier; check the original`,
        replacementLines[0]!
      )
    )
  }
  return {lines, warnings}
}
