/**
 * How every entry is kept, in a folder and on a remote alike: a 48-byte seal, then its bytes.
 *
 * A key names an entry's inputs, not its bytes, so the key alone cannot tell a damaged entry from a
 * good one. The seal can: it holds the bytes' length and the sha256 of the key and the bytes,
 * written when the entry is put and checked on every read. Binding the key means an entry copied
 * or served under another key fails too. Anything without a seal (an older Dossier's entry, a
 * server's garbage) is never trusted.
 *
 * Layout: 8 bytes `dossier` + 0x01 (the version), 8 bytes body length (big-endian), 32 bytes
 * sha256(key, "\n", body).
 */
import {createHash, type Hash} from 'node:crypto'
import type {Damage} from './types.js'

export const sealSize = 48
const magic = Buffer.from('dossier\x01', 'latin1')

/** A sha256 over the key, to be fed the body. */
export function startDigest(key: string): Hash {
  return createHash('sha256').update(key).update('\n')
}

/** The seal of a body of `length` bytes whose digest (from `startDigest`) is `digest`. */
export function sealOf(length: number, digest: Buffer): Buffer {
  const seal = Buffer.alloc(sealSize)
  magic.copy(seal, 0)
  seal.writeBigUInt64BE(BigInt(length), 8)
  digest.copy(seal, 16)
  return seal
}

/** The seal of `bytes` kept under `key`. */
export function seal(key: string, bytes: Uint8Array): Buffer {
  return sealOf(bytes.byteLength, startDigest(key).update(bytes).digest())
}

/** What a seal says, or null when these bytes do not start with one. */
export function readSeal(head: Uint8Array): {length: number; digest: Buffer} | null {
  const buffer = Buffer.from(head.buffer, head.byteOffset, head.byteLength)
  if (buffer.byteLength < sealSize || !buffer.subarray(0, magic.byteLength).equals(magic)) return null
  const length = buffer.readBigUInt64BE(8)
  if (length > BigInt(Number.MAX_SAFE_INTEGER)) return null
  return {length: Number(length), digest: Buffer.from(buffer.subarray(16, sealSize))}
}

/** The body of a sealed entry kept under `key`, or why it cannot be trusted. */
export function unseal(key: string, bytes: Uint8Array): {ok: true; body: Uint8Array} | {ok: false; why: Damage} {
  const found = readSeal(bytes)
  if (!found) return {ok: false, why: 'unsealed'}
  if (found.length !== bytes.byteLength - sealSize) return {ok: false, why: 'damaged'}
  const body = bytes.subarray(sealSize)
  return startDigest(key).update(body).digest().equals(found.digest) ? {ok: true, body} : {ok: false, why: 'damaged'}
}
