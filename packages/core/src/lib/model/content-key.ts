/**
 * Content addresses for the render cache: the sha256 of everything a result depends on, so equal
 * inputs give equal keys and any change gives a new one.
 */
import {createHash} from 'node:crypto'

/** sha256 (hex) of the parts: strings, byte arrays, or anything JSON can serialize. */
export function contentKey(...parts: unknown[]): string {
  const hash = createHash('sha256')
  for (const part of parts) {
    if (part instanceof Uint8Array) hash.update(part)
    else hash.update(typeof part === 'string' ? part : (JSON.stringify(part) ?? 'undefined'))
    hash.update('\u0000')
  }
  return hash.digest('hex')
}

/** One key for a renderer's assets (fonts…), by name and bytes. */
export function assetsKey(assets: Record<string, Uint8Array>): string {
  return contentKey(
    ...Object.keys(assets)
      .sort()
      .flatMap((name) => [name, assets[name]!])
  )
}
