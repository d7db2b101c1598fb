/**
 * Characters no embedded font can draw, gathered while a document is laid out and reported once per
 * publication as a typed message naming the source file, the first line where they occur and the
 * characters themselves (with their code points, since a reader's terminal may not show them either).
 * A publication's own PDF and the briefing meet the same characters: the briefing repeats the
 * publication's message word for word (from its part), so the CLI, which drops identical messages,
 * shows it once.
 */
import type {Message} from '@dossier/core'

/** A publication's own missing-glyph message and the clusters it names (see `missingReportOf`). */
export interface MissingReport {
  message: Message
  clusters: string[]
}

/** Where the text being laid out comes from: a source file (relative to the sources folder) and line. */
export interface SourceRef {
  file: string
  line: number | null
}

/** Missing clusters by source file, with the first source line they occur on; `null` is text outside any publication. */
export type MissingGlyphs = Map<string | null, {line: number | null; clusters: Set<string>}>

/** Record a cluster no font has, against the source being laid out. */
export function noteMissing(missing: MissingGlyphs, source: SourceRef | null, cluster: string): void {
  const key = source?.file ?? null
  let entry = missing.get(key)
  if (!entry) {
    entry = {line: source?.line ?? null, clusters: new Set()}
    missing.set(key, entry)
  }
  const line = source?.line ?? null
  if (line !== null && (entry.line === null || line < entry.line)) entry.line = line
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
export function missingMessages(
  missing: MissingGlyphs,
  known: (file: string) => MissingReport | null = () => null
): Message[] {
  const inSources = new Set([...missing].flatMap(([file, entry]) => (file === null ? [] : [...entry.clusters])))
  const out: Message[] = []
  for (const [file, entry] of missing) {
    const clusters =
      file === null ? [...entry.clusters].filter((cluster) => !inSources.has(cluster)) : [...entry.clusters]
    if (clusters.length === 0) continue
    // The publication's own PDF already said it (or more): say exactly that again.
    const own = file === null ? null : known(file)
    if (own && clusters.every((cluster) => own.clusters.includes(cluster))) out.push(own.message)
    else out.push(messageOf(file ?? 'collection.yaml', entry.line, clusters))
  }
  return out
}

/** A publication's own missing-glyph message and its clusters, kept in its part; null when it has none. */
export function missingReportOf(missing: MissingGlyphs, file: string): MissingReport | null {
  const entry = missing.get(file)
  if (!entry || entry.clusters.size === 0) return null
  const clusters = [...entry.clusters]
  return {message: messageOf(file, entry.line, clusters), clusters}
}

function messageOf(file: string, line: number | null, clusters: string[]): Message {
  return {
    code: 'pdf/missing-glyph',
    severity: 'warning',
    file,
    line,
    message: `the PDF has no embedded font for ${clusters.map(describe).join(', ')}; shown as \uFFFD (an emoji by its name)`
  }
}
