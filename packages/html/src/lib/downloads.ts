/**
 * Other formats' files (EPUB, PDF, dataset) copied into `downloads/` so the site is complete on
 * its own. Only what the CLI actually passed is linked: a format that was not built is not promised.
 *
 * Naming rule: a flat name (`downloads/<file name>`) reads best; when two files would share a flat
 * name, the one whose path sorts later keeps its folder (`downloads/pdf-x.pdf`). A publication's own
 * files are named among themselves only, so their names never depend on other publications; the
 * collection-wide files are named after every publication's, and yield to them on a clash.
 */
import {type Attachment, type Collection, type OutputCopy, ownerOf} from '@dossier/core'

export interface Download {
  /** Site-relative path (`downloads/<name>`). */
  path: string
  /** Format label shown to readers ("EPUB", "PDF", "CSV"). */
  label: string
  /** What the file holds ("Briefing", "Questions and answers"…), for collection-wide files. */
  title: string
  /** Size in bytes. */
  bytes: number
  /** Publication id the file belongs to, or null for collection-wide files. */
  owner: string | null
  /** Books to read (EPUB, PDF) or data to reuse (the dataset), from the attachment's folder. */
  group: 'books' | 'data'
  /** The attachment this is a copy of (`Attachment.path`: `epub/<id>.epub`). */
  copyOf: string
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

/**
 * Name and label the downloads of one publication from its own attachments (`epub/<id>.epub`,
 * `pdf/<id>.pdf`…), in path order. Attachments without an extension or with an empty or `..`
 * segment are skipped.
 */
export function planPublicationDownloads(attachments: Attachment[], owner: string): Download[] {
  return plan(attachments, new Set(), () => ({owner, title: 'This publication'}))
}

/**
 * Name and label the collection-wide downloads (briefing, collection EPUB, dataset files): every
 * attachment that no publication of `ids` owns (core's `ownerOf`). Names already taken by a
 * publication's own downloads are not reused.
 */
export function planCollectionDownloads(attachments: Attachment[], ids: string[], collection: Collection): Download[] {
  const owned = new Set(ids)
  const byOwner = new Map<string, Attachment[]>()
  const shared: Attachment[] = []
  for (const attachment of attachments) {
    const owner = ownerOf(attachment.path)
    if (owner !== null && owned.has(owner)) byOwner.set(owner, [...(byOwner.get(owner) ?? []), attachment])
    else shared.push(attachment)
  }
  const used = new Set<string>()
  for (const [owner, files] of byOwner)
    for (const download of planPublicationDownloads(files, owner)) used.add(download.path.slice('downloads/'.length))
  return plan(shared, used, (stem) => ({
    owner: null,
    title: stem === collection.id ? 'The whole collection' : (titles[stem] ?? humanize(stem))
  }))
}

/** The copies that put downloads in place: `downloads/<name>` ← `<folder>/<file>`. */
export function downloadCopies(downloads: Download[]): OutputCopy[] {
  return downloads.map((download) => ({path: download.path, copyOf: download.copyOf}))
}

function plan(
  attachments: Attachment[],
  used: Set<string>,
  describe: (stem: string) => {owner: string | null; title: string}
): Download[] {
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
    downloads.push({
      path: `downloads/${flat}`,
      label: labels[extension] ?? extension.toUpperCase(),
      bytes: attachment.bytes,
      group: extension === 'epub' || extension === 'pdf' ? 'books' : 'data',
      copyOf: attachment.path,
      ...describe(stem)
    })
  }
  return downloads
}
