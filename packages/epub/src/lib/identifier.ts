/**
 * Stable book identifiers. EPUB needs a unique identifier that stays the same across builds
 * (https://www.w3.org/TR/epub-33/#sec-opf-dcidentifier); epub-gen-memory draws a random one, so we
 * derive a name-based UUID (RFC 9562 version 5) from the collection and publication ids instead.
 * Hashing is computation, not I/O, so `render` stays pure.
 */
import {createHash} from 'node:crypto'

/** The URL namespace of RFC 9562, Appendix A. */
const urlNamespace = '6ba7b811-9dad-11d1-80b4-00c04fd430c8'

/** `urn:uuid:…` (version 5) for a name such as `dossier:collection-id/publication-id`. */
export function toIdentifier(name: string): string {
  const namespace = Buffer.from(urlNamespace.replace(/-/g, ''), 'hex')
  const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest()
  const bytes = hash.subarray(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x50
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
