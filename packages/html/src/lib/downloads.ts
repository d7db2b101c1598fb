/**
 * Other formats' files (EPUB, PDF, dataset) copied into `downloads/` so the site is complete on
 * its own. Only what the CLI actually passed is linked: a format that was not built is not promised.
 */
import type {Collection, OutputFile, Publication} from '@dossier/core'

export interface Download {
  /** Site-relative path (`downloads/<name>`). */
  path: string
  /** Format label shown to readers ("EPUB", "PDF", "CSV"). */
  label: string
  /** What the file holds ("Briefing", "Questions and answers"…), for collection-wide files. */
  title: string
  bytes: number
  /** Publication id the file belongs to, or null for collection-wide files. */
  owner: string | null
  /** Books to read (EPUB, PDF) or data to reuse (the dataset), from the attachment's folder. */
  group: 'books' | 'data'
}

const labels: Record<string, string> = {
  epub: 'EPUB',
  pdf: 'PDF',
  json: 'JSON',
  csv: 'CSV',
  jsonl: 'JSON Lines',
  zip: 'ZIP',
  ndjson: 'JSON Lines'
}

const titles: Record<string, string> = {
  briefing: 'Briefing',
  publications: 'Publications',
  qa: 'Questions and answers',
  datapackage: 'Data Package descriptor',
  'publications.schema': 'JSON Schema of the publications',
  'qa-row.schema': 'JSON Schema of a question row',
  'qa.tableschema': 'Table Schema of the questions'
}

/** "qa-row.schema" → "Qa row schema" for files this renderer does not know by name. */
function humanize(stem: string): string {
  const words = stem.replace(/[-_.]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** Plan the downloads: which attachments to copy, under which names, and how to label them. */
export function planDownloads(
  attachments: OutputFile[],
  publications: Publication[],
  collection: Collection
): {files: OutputFile[]; downloads: Download[]} {
  const ids = new Set(publications.map((publication) => publication.id))
  const used = new Set<string>()
  const files: OutputFile[] = []
  const downloads: Download[] = []
  const sorted = [...attachments].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  for (const attachment of sorted) {
    const parts = attachment.path.split('/')
    const name = parts.at(-1) ?? ''
    const match = /^(.+)\.([a-z0-9]+)$/i.exec(name)
    if (!match || parts.some((part) => part === '..' || part === '')) continue
    const stem = match[1] ?? ''
    const extension = (match[2] ?? '').toLowerCase()
    // Flat names read best; a clash (two folders with the same file name) keeps the folder.
    const flat = used.has(name) ? parts.join('-') : name
    used.add(flat)
    const path = `downloads/${flat}`
    const bytes =
      typeof attachment.contents === 'string'
        ? new TextEncoder().encode(attachment.contents).byteLength
        : attachment.contents.byteLength
    const owner = ids.has(stem) ? stem : null
    const title = owner
      ? 'This publication'
      : stem === collection.id
        ? 'The whole collection'
        : (titles[stem] ?? humanize(stem))
    const group = extension === 'epub' || extension === 'pdf' ? 'books' : 'data'
    files.push({path, contents: attachment.contents})
    downloads.push({path, label: labels[extension] ?? extension.toUpperCase(), title, bytes, owner, group})
  }
  return {files, downloads}
}
