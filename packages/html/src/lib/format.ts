/**
 * What the site formats itself: plain text of inline trees (titles in `<title>`, search documents)
 * and the sizes of download links. Every word around a publication comes from core's presentation
 * model (`present`), not from here.
 */
import type {Inline} from '@dossier/core'
import type {PhrasingContent} from 'mdast'

/** Human file size: "812 B", "41 kB", "1.2 MB" (SI units, as browsers show downloads). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`
  return `${(bytes / 1_000_000).toFixed(1)} MB`
}

/** Plain text of inline content, from the same tree the page shows (falls back to `text`). */
export function plainText(inline: Inline): string {
  const walk = (nodes: PhrasingContent[]): string =>
    nodes
      .map((node) =>
        'value' in node && typeof node.value === 'string'
          ? node.value
          : 'children' in node
            ? walk(node.children as PhrasingContent[])
            : ''
      )
      .join('')
  return walk(inline.children) || inline.text
}
