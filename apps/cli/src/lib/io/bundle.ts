/**
 * One stored result as bytes: a JSON header (the files' paths and sizes or copy sources, the
 * messages met while rendering) followed by the files' bytes in order. Deterministic: equal
 * results give equal bytes.
 *
 * Layout: 4 bytes big-endian header length, the UTF-8 JSON header, then each file's bytes.
 */
import type {Message, OutputCopy} from '@dossier/core'

export interface BundleFile {
  path: string
  contents: Uint8Array
}

export interface Bundle {
  files: Array<BundleFile | OutputCopy>
  /** Problems the renderer reported (replayed on every build that reuses the result). */
  reports: Array<Message | string>
}

type Header = {
  files: Array<{path: string; bytes: number} | {path: string; copyOf: string}>
  reports: Array<Message | string>
}

/** Encode a bundle. */
export function encodeBundle(bundle: Bundle): Uint8Array {
  const header: Header = {
    files: bundle.files.map((file) =>
      'copyOf' in file ? {path: file.path, copyOf: file.copyOf} : {path: file.path, bytes: file.contents.byteLength}
    ),
    reports: bundle.reports
  }
  const head = Buffer.from(JSON.stringify(header))
  const size = Buffer.alloc(4)
  size.writeUInt32BE(head.byteLength)
  const bodies = bundle.files.flatMap((file) => ('contents' in file ? [file.contents] : []))
  return new Uint8Array(Buffer.concat([size, head, ...bodies]))
}

/** Decode a bundle; throws on bytes that are not one (a damaged store entry). */
export function decodeBundle(bytes: Uint8Array): Bundle {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buffer.byteLength < 4) throw new Error('store entry too short to be a bundle')
  const length = buffer.readUInt32BE(0)
  const header = JSON.parse(buffer.subarray(4, 4 + length).toString('utf8')) as Header
  let offset = 4 + length
  const files: Bundle['files'] = header.files.map((file) => {
    if ('copyOf' in file) return file
    const contents = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, file.bytes)
    offset += file.bytes
    if (contents.byteLength !== file.bytes) throw new Error(`store entry truncated at ${file.path}`)
    return {path: file.path, contents}
  })
  if (offset !== buffer.byteLength) throw new Error('store entry has trailing bytes')
  return {files, reports: header.reports}
}
