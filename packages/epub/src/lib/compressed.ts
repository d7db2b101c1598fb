/**
 * Zip entries copied from one book into another still compressed: the collection book takes each
 * publication's content documents from that publication's own book (`<id>.epub`) instead of
 * deflating their text again. Both books are written by the same JSZip at the same level
 * (`book.ts`), so a document's deflated bytes, CRC-32 and sizes are the same in both; JSZip writes
 * an entry given as its `CompressedObject` without recompressing it when the method matches
 * (jszip 3.10 `ZipObject._compressWorker`). Reading a book's central directory inflates nothing.
 */
import {createRequire} from 'node:module'
import type JSZipType from 'jszip'

/**
 * The JSZip epub-gen-memory writes books with: entries are copied only when they are that module's
 * own `CompressedObject`s (an `instanceof` check), so a second copy of JSZip would not do.
 */
const requireFromEpubGen = createRequire(createRequire(import.meta.url).resolve('epub-gen-memory'))
const JSZip = requireFromEpubGen('jszip') as typeof JSZipType
/** JSZip's class of compressed entries (its prototype is replaced whole, so `constructor` is not it). */
const CompressedObject = requireFromEpubGen('jszip/lib/compressedObject') as new (
  compressedSize: number,
  uncompressedSize: number,
  crc32: number,
  compression: {magic: string},
  data: Uint8Array
) => CompressedEntry

/** One compressed entry, as JSZip keeps it (its `CompressedObject`); opaque outside this module. */
export interface CompressedEntry {
  readonly compressedSize: number
  readonly uncompressedSize: number
  readonly crc32: number
}

/** The fields of a loaded entry's `CompressedObject` this module reads. */
interface LoadedEntry extends CompressedEntry {
  compression: {magic: string}
  compressedContent: Uint8Array
}

/**
 * The entries `names` (paths in the zip: `OEBPS/text.xhtml`) of the zip `bytes`, each with its own
 * copy of its compressed bytes (the book itself is not kept). Throws when the zip cannot be read
 * or lacks one of `names`, naming `label` (the book's file name).
 */
export async function compressedEntries(
  bytes: Uint8Array,
  names: string[],
  label: string
): Promise<Map<string, CompressedEntry>> {
  let zip: JSZipType
  try {
    zip = await JSZip.loadAsync(bytes)
  } catch (error) {
    throw new Error(`${label}: not a readable zip (${(error as Error).message})`)
  }
  const entries = new Map<string, CompressedEntry>()
  for (const name of names) {
    const data = (zip.file(name) as unknown as {_data?: LoadedEntry} | null)?._data
    if (!data || !(data.compressedContent instanceof Uint8Array))
      throw new Error(`${label}: expected a compressed entry ${name}, got ${data ? 'another kind of entry' : 'none'}`)
    entries.set(
      name,
      new CompressedObject(
        data.compressedSize,
        data.uncompressedSize,
        data.crc32,
        data.compression,
        data.compressedContent.slice()
      )
    )
  }
  return entries
}
