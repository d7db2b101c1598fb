/**
 * A whole corpus through a `FormatModule`, in memory, in one thread: every publication in order,
 * then the collection files from the parts. This is the reference the CLI's scheduled, cached,
 * streamed build must equal byte for byte, and what the formats' own tests call (`render`).
 */
import {contentKey} from './content-key.js'
import type {Attachment, FormatModule, OutputEntry, PublicationHead} from './format.js'
import type {OutputFile, RenderInput, RenderOptions} from './output.js'
import type {Message, Publication} from './publication.js'

/** The head of a publication (`PublicationHead`): what other publications' files may show of it. */
export function headOf(publication: Publication): PublicationHead {
  return {
    id: publication.id,
    title: publication.title.text,
    lang: publication.lang,
    kind: publication.kind,
    date: publication.date?.value ?? null,
    source: publication.source.path
  }
}

/** Byte length of a file's contents (strings are UTF-8). */
export function byteLength(contents: string | Uint8Array): number {
  return typeof contents === 'string' ? Buffer.byteLength(contents) : contents.byteLength
}

/**
 * Render `input` with `format` into a flat list of files, resolving copies against
 * `options.attachments` and joining streams. Throws when a copy names a file that is not attached.
 */
export async function renderWhole(
  format: FormatModule,
  input: RenderInput,
  options: RenderOptions
): Promise<OutputFile[]> {
  const report = (message: Message | string) => options.report?.(message)
  const context = {
    collection: input.collection,
    buildDate: options.buildDate,
    paper: options.paper,
    assets: options.assets,
    report
  }
  const attached = new Map(options.attachments.map((file) => [file.path, file.contents]))
  const attachments: Attachment[] = options.attachments.map((file) => ({
    path: file.path,
    bytes: byteLength(file.contents)
  }))
  const heads = input.publications.map(headOf)
  const files: OutputFile[] = []
  const resolve = async (entry: OutputEntry): Promise<OutputFile> => {
    if ('contents' in entry) return entry
    if ('copyOf' in entry) {
      const contents = attached.get(entry.copyOf)
      if (contents === undefined)
        throw new Error(`${format.format}: ${entry.path} copies ${entry.copyOf}, which is not attached`)
      return {path: entry.path, contents}
    }
    // A stream of text stays text (as a renderer returning one string would give it).
    const chunks: Array<string | Uint8Array> = []
    for await (const chunk of entry.chunks) chunks.push(chunk)
    if (chunks.every((chunk) => typeof chunk === 'string')) return {path: entry.path, contents: chunks.join('')}
    const bytes = chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk))
    return {path: entry.path, contents: new Uint8Array(Buffer.concat(bytes))}
  }
  const parts: unknown[] = []
  for (const [index, publication] of input.publications.entries()) {
    const result = await format.renderPublication({
      ...context,
      publication,
      previous: heads[index - 1] ?? null,
      next: heads[index + 1] ?? null,
      attachments: attachments.filter((file) => ownerOf(file.path) === publication.id)
    })
    for (const entry of result.files) files.push(await resolve(entry))
    parts.push(result.part)
  }
  const byId = new Map(input.publications.map((publication) => [publication.id, publication]))
  for await (const entry of format.renderCollection({
    ...context,
    heads,
    parts: async function* () {
      for (const [index, head] of heads.entries()) yield {head, part: parts[index]}
    },
    publication: async (id) => {
      const publication = byId.get(id)
      if (!publication) throw new Error(`${format.format}: no publication "${id}"`)
      return publication
    },
    attachments,
    part: async (index) => parts[index],
    partKeys: parts.map((part) => contentKey('part', format.format, part)),
    ownFile: async (path) => {
      const file = files.find((entry) => entry.path === path)
      if (!file) throw new Error(`${format.format}: no file "${path}" was made for a publication`)
      return typeof file.contents === 'string' ? new Uint8Array(Buffer.from(file.contents)) : file.contents
    },
    memo: async (_name, _inputs, make) => make()
  })) {
    files.push(await resolve(entry))
  }
  return files
}

/** The publication id a format's file belongs to: the stem of `<folder>/<id>.<extension>`, else null. */
export function ownerOf(path: string): string | null {
  const match = /^[^/]+\/([^/]+)\.[a-z0-9]+$/i.exec(path)
  return match?.[1] ?? null
}
