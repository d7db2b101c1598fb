/**
 * Turn a source's bytes into text, or explain precisely why that is impossible.
 * Errors name the line (and byte offset) so an editor can find the problem.
 */
import type {Message} from '../model/publication.js'
import {messageAt} from '../messages.js'

export type DecodeResult = {ok: true; text: string} | {ok: false; error: Message}

/** Magic numbers of formats editors sometimes drop into the folder by mistake. */
const signatures: Array<[string, number[]]> = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive (or .docx/.epub)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['Word 97 document', [0xd0, 0xcf, 0x11, 0xe0]]
]

/**
 * Decode a source's bytes: UTF-8 (a BOM is stripped later), or UTF-16 (little or big endian) when a
 * byte order mark says so or, without one, when the bytes have the shape of UTF-16 text (`utf16Of`).
 * Empty, binary and invalid input is rejected with a message naming file and line.
 */
export function decodeSource(file: string, bytes: Uint8Array): DecodeResult {
  const fail = (code: string, message: string, line: number | null = null): DecodeResult => ({
    ok: false,
    error: messageAt(file, code, message, line, 'error')
  })

  if (bytes.length === 0) return fail('input/empty', 'the file is empty')

  const utf16 = utf16Of(bytes)
  if (utf16) {
    try {
      const text = new TextDecoder(utf16, {fatal: true, ignoreBOM: false}).decode(bytes)
      if (text.trim() === '') return fail('input/empty', 'the file holds only whitespace')
      return {ok: true, text}
    } catch {
      return fail(
        'input/invalid-utf16',
        `the file looks like ${utf16.toUpperCase()} but is not valid; save it as UTF-8`
      )
    }
  }

  for (const [name, magic] of signatures) {
    if (magic.every((byte, index) => bytes[index] === byte)) {
      return fail('input/binary', `this is a ${name}, not text: save it as .txt or .md`, 1)
    }
  }

  if (looksBinary(bytes)) {
    const line = lineOfOffset(bytes, Math.max(bytes.indexOf(0), 0))
    return fail('input/binary', 'the file looks binary (many control bytes), not text', line)
  }

  const bad = firstInvalidUtf8(bytes)
  if (bad !== -1) {
    const line = lineOfOffset(bytes, bad)
    const hex = bytes[bad]!.toString(16).padStart(2, '0')
    return fail('input/invalid-utf8', `invalid UTF-8 at byte ${bad} (0x${hex}); save the file as UTF-8`, line)
  }

  const text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes)
  if (text.trim() === '') return fail('input/empty', 'the file holds only whitespace')
  return {ok: true, text}
}

/**
 * The UTF-16 form of `bytes`, or null: a byte order mark (FF FE little endian, FE FF big endian), or,
 * without one, an even length and, in the first 8 KiB, a zero in at least 30% of the odd (little
 * endian) or even (big endian) bytes and in almost none of the others — what UTF-16 text in Latin,
 * Cyrillic, Greek and most scripts looks like, and UTF-8 text never does (it holds no zero bytes).
 */
export function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null
  const sample = bytes.subarray(0, 8192)
  let evenZeros = 0
  let oddZeros = 0
  for (let index = 0; index < sample.length; index++) {
    if (sample[index] !== 0) continue
    if (index % 2 === 0) evenZeros++
    else oddZeros++
  }
  const half = sample.length / 2
  if (oddZeros >= half * 0.3 && evenZeros <= half * 0.02) return 'utf-16le'
  if (evenZeros >= half * 0.3 && oddZeros <= half * 0.02) return 'utf-16be'
  return null
}

/**
 * Decode a YAML file of the sources folder (`NAME.meta.yaml`, `collection.yaml`) as `decodeSource`
 * does, except that an empty file is an empty document.
 */
export function decodeYamlFile(file: string, bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0 || bytes.every((byte) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09))
    return {ok: true, text: ''}
  const decoded = decodeSource(file, bytes)
  return decoded.ok ? {ok: true, text: decoded.text.replace(/^\ufeff/, '')} : decoded
}

/** More than 10% control bytes (other than tab, LF, CR, FF) in the first 8 KiB means binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192)
  let control = 0
  for (const byte of sample) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++
  }
  return control > Math.max(8, sample.length * 0.1)
}

/** 1-based line number of a byte offset. */
function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let index = 0; index < offset && index < bytes.length; index++) {
    if (bytes[index] === 0x0a) line++
  }
  return line
}

/**
 * Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF),
 * or -1. TextDecoder can only say "invalid"; editors need to know where.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]!
    if (byte < 0x80) {
      index++
      continue
    }
    let need: number
    let min: number
    if (byte >= 0xc2 && byte <= 0xdf) [need, min] = [1, 0x80]
    else if (byte >= 0xe0 && byte <= 0xef) [need, min] = [2, 0x800]
    else if (byte >= 0xf0 && byte <= 0xf4) [need, min] = [3, 0x10000]
    else return index
    let code = byte & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const next = bytes[index + k]
      if (next === undefined || (next & 0xc0) !== 0x80) return index
      code = (code << 6) | (next & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return index
    index += need + 1
  }
  return -1
}
