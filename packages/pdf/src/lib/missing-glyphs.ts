/**
 * Characters no embedded font can draw, gathered while a document is laid out and reported once per
 * publication as a typed message naming the source file, the first line where they occur and the
 * characters themselves (with their code points, since a reader's terminal may not show them either).
 */
import type {Message} from '@dossier/core'

/** Where the text being laid out comes from: a source file (relative to the sources folder) and line. */
export interface SourceRef {
  file: string
  line: number | null
}

/** Missing clusters by source file, with the first line they were met on; `null` is text outside any publication. */
export type MissingGlyphs = Map<string | null, {line: number | null; clusters: Set<string>}>

/** Record a cluster no font has, against the source being laid out. */
export function noteMissing(missing: MissingGlyphs, source: SourceRef | null, cluster: string): void {
  const key = source?.file ?? null
  let entry = missing.get(key)
  if (!entry) {
    entry = {line: source?.line ?? null, clusters: new Set()}
    missing.set(key, entry)
  }
  entry.clusters.add(cluster)
}

/** A cluster and its code points: `"𒀀" (U+12000)`. */
function describe(cluster: string): string {
  const points = [...cluster].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
  return `"${cluster}" (${points.join(' ')})`
}

/**
 * One `pdf/missing-glyph` warning per source file. Clusters met only outside a publication (the cover
 * or contents of a collection) and not already reported for a source are attributed to `collection.yaml`.
 */
export function missingMessages(missing: MissingGlyphs): Message[] {
  const inSources = new Set([...missing].flatMap(([file, entry]) => (file === null ? [] : [...entry.clusters])))
  const out: Message[] = []
  for (const [file, entry] of missing) {
    const clusters =
      file === null ? [...entry.clusters].filter((cluster) => !inSources.has(cluster)) : [...entry.clusters]
    if (clusters.length === 0) continue
    out.push({
      code: 'pdf/missing-glyph',
      severity: 'warning',
      file: file ?? 'collection.yaml',
      line: entry.line,
      message: `the PDF has no embedded font for ${clusters.map(describe).join(', ')}; shown as \uFFFD (an emoji by its name)`
    })
  }
  return out
}
