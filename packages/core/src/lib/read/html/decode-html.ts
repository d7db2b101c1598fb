/**
 * Decode a saved page with the encoding it declares. The declaration is found the way browsers
 * find it (a byte order mark, then the `<meta charset>` prescan of the first 1024 bytes, per
 * https://html.spec.whatwg.org/#encoding-sniffing-algorithm, done by jsdom's html-encoding-sniffer);
 * the bytes are decoded by the WHATWG TextDecoder in Node (full ICU: windows-1252, windows-1256,
 * KOI8-R, GB18030, Shift_JIS…). When the declaration and the bytes disagree, the bytes win where
 * they are unambiguous (valid multi-byte UTF-8 under a single-byte declaration, or bytes that are
 * not UTF-8 under a UTF-8 declaration), and a warning says so.
 */
import sniffHtmlEncoding from 'html-encoding-sniffer'
import type {Message} from '../../model/publication.js'
import {messageAt} from '../../messages.js'
import {firstInvalidUtf8} from '../decode.js'

export type DecodedPage =
  | {ok: true; text: string; encoding: string; declared: string | null; warnings: Message[]}
  | {ok: false; error: Message}

/** Decode the bytes of a `.html` source; an empty, binary or undecodable file is an error naming the file. */
export function decodeHtml(file: string, bytes: Uint8Array): DecodedPage {
  const fail = (code: string, message: string, line: number | null = null): DecodedPage => ({
    ok: false,
    error: messageAt(file, code, message, line, 'error')
  })
  if (bytes.length === 0) return fail('input/empty', 'the file is empty')
  const warnings: Message[] = []
  // Sniffing twice with different defaults tells a declared encoding from a guessed one.
  const asDeclared = sniffHtmlEncoding(bytes, {defaultEncoding: 'UTF-8'})
  const declared = asDeclared === sniffHtmlEncoding(bytes, {defaultEncoding: 'windows-1252'}) ? asDeclared : null
  if (declared && /^UTF-16/i.test(declared) === false && bytes.includes(0))
    return fail(
      'input/binary',
      'the file holds NUL bytes: it is not a web page saved as HTML',
      lineOf(bytes, bytes.indexOf(0))
    )
  if (declared === 'replacement')
    return fail(
      'input/unsupported-encoding',
      'the page declares an encoding browsers refuse to decode (ISO-2022-KR, HZ…); save it as UTF-8'
    )

  const invalid = firstInvalidUtf8(bytes)
  const multiByte = invalid === -1 && bytes.some((byte) => byte >= 0x80)
  let encoding = declared ?? (invalid === -1 ? 'UTF-8' : 'windows-1252')
  if (!declared && invalid !== -1) {
    warnings.push(
      messageAt(
        file,
        'encoding/undeclared',
        'the page declares no character encoding and is not UTF-8; decoded as windows-1252, as browsers do',
        lineOf(bytes, invalid)
      )
    )
  } else if (declared === 'UTF-8' && invalid !== -1) {
    encoding = 'windows-1252'
    warnings.push(
      messageAt(
        file,
        'encoding/mismatch',
        `the page declares UTF-8 but byte ${invalid} (0x${bytes[invalid]!.toString(16)}) is not UTF-8; decoded as windows-1252`,
        lineOf(bytes, invalid)
      )
    )
  } else if (declared && declared !== 'UTF-8' && !/^UTF-16/i.test(declared) && multiByte && looksLikeUtf8Text(bytes)) {
    encoding = 'UTF-8'
    warnings.push(
      messageAt(
        file,
        'encoding/mismatch',
        `the page declares ${declared} but its bytes are UTF-8 (a page re-saved without updating its <meta charset>); decoded as UTF-8`,
        null
      )
    )
  }
  let text: string
  try {
    text = new TextDecoder(encoding).decode(bytes)
  } catch {
    return fail(
      'input/unsupported-encoding',
      `the page's encoding "${encoding}" cannot be decoded here; save it as UTF-8`
    )
  }
  if (text.trim() === '') return fail('input/empty', 'the file holds only whitespace')
  return {ok: true, text, encoding, declared, warnings}
}

/** Valid UTF-8 with several multi-byte sequences; a single-byte page almost never is. */
function looksLikeUtf8Text(bytes: Uint8Array): boolean {
  let sequences = 0
  for (const byte of bytes) if (byte >= 0xc2 && byte <= 0xf4) sequences++
  return sequences >= 2
}

/** 1-based line of a byte offset. */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++
  return line
}
