/**
 * The units of work of a build, run on a worker thread (or in this thread for small builds): the
 * same task gives the same bytes wherever it runs. Each reads its inputs from and keeps its results
 * in the content-addressed store, writes the files it makes into the staging folders, and returns
 * only small facts (keys, sizes, messages) to the main thread — so the main thread never holds a
 * publication, and memory stays bounded by what the workers hold at once.
 *
 * Store keys (`<kind>-<sha256>`):
 * - `h-` the outcome of normalizing one source (its head, warnings or errors), `m-` its model;
 * - `r-` one publication's files in one format (a bundle), `p-` its part (JSON);
 * - `c-` one format's collection files (a manifest of `f-` entries, one per file).
 */
import {constants, createWriteStream} from 'node:fs'
import {copyFile, link as linkFile, mkdir, readFile, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {gunzipSync, gzipSync} from 'node:zlib'
import type {
  Attachment,
  Collection,
  FormatModule,
  Message,
  OutputCopy,
  OutputEntry,
  Publication,
  PublicationHead,
  SourceInput
} from '@dossier/core'
import {contentKey, headOf, normalizeSource, ownerOf, validatePublication} from '@dossier/core'
import {createHash} from 'node:crypto'
import {pipeline} from 'node:stream/promises'
import {decodeBundle, encodeBundle, type Bundle, type BundleFile} from '../io/bundle.js'
import {type AssetRefs, lazyAssets} from '../io/read-assets.js'
import {openStore, type Store, type StoreReport, type StoreSpec} from '../io/store.js'
import {fileIdentity, safeJoin} from '../io/write-output.js'
import {loadFormat, registry, type Format} from '../renderers.js'

/** What every task of one build shares (sent once to each worker). */
export interface Setup {
  store: StoreSpec
  collection: Collection
  /** Empty until the build date is known (normalizing does not need it). */
  buildDate: string
  paper: 'a4' | 'letter'
  coreVersion: string
  /** The sources folder, to remake a model the store lacks. */
  sourcesDir: string
  /** Per format: its context key (code, collection, date, paper, assets), where its files go, its assets' files. */
  formats: Partial<Record<Format, {contextKey: string; staging: string | null; assets: AssetRefs}>>
  /** Existing output folders, for files of formats a build needs but does not make (`--format html`). */
  outDir: string
}

/** How a task names one publication's model: its store key, source and final id. */
export interface ModelRef {
  key: string
  source: string
  /** The id after collisions were resolved, and any warning that resolving added. */
  id: string
  warnings: Message[]
}

/** The outcome of normalizing one source (stored as `h-…`). */
export type NormalizeOutcome =
  | {ok: true; head: PublicationHead; idSource: 'editor' | 'inferred'; warnings: Message[]; questions: number}
  | {ok: false; errors: Message[]}

export type Task =
  | {kind: 'normalize'; key: string; source: SourceInput}
  | {
      kind: 'publication'
      model: ModelRef
      previous: PublicationHead | null
      next: PublicationHead | null
      /** The formats in build order, each with the key of its result, planned by the main thread. */
      steps: Array<{format: Format; key: string; previous: Previous | null}>
      /** This publication's files of formats it needs but this build does not make, from earlier output. */
      external: Attachment[]
    }
  | {
      kind: 'collection'
      format: Format
      /** The `c-` key, planned by the main thread. */
      key: string
      heads: PublicationHead[]
      /** The `r-` keys of this format's publication results, in collection order. */
      results: string[]
      models: ModelRef[]
      attachments: Attachment[]
      /** The output being replaced holds exactly these collection files (same key): link them. */
      previous: Previous | null
    }

/** What the output being replaced holds of one result: its files and the messages met making it. */
export interface Previous {
  files: Attachment[]
  reports: Array<Message | string>
}

/** One format's files for one publication, as the main thread needs to know them. */
export interface Made {
  key: string
  /** Paths in the format's folder and sizes in bytes. */
  files: Attachment[]
  reports: Array<Message | string>
  reused: boolean
  /** Writing into the format's next folder failed (a full disk, a read-only folder): that format is not published. */
  writeError?: WriteError
  /**
   * What this task knows of the files it wrote, so the main thread need not read them back to hash
   * them: `[identity, sha256]` of a file whose bytes it hashed as it wrote them, `[identity, from]`
   * of a copy of the file whose identity was `from` before and after copying (see `identityOf`).
   */
  seen?: Array<[identity: string, sha256: string] | [identity: string, {from: string}]>
}

/** A file-system error, as it crosses from a worker (Error objects lose their `code` there). */
export interface WriteError {
  code: string | null
  message: string
  path: string | null
}

/** A file-system error (it has a `code`) as a `WriteError`; anything else is thrown again. */
function asWriteError(error: unknown): WriteError {
  const e = error as NodeJS.ErrnoException
  if (!e || typeof e.code !== 'string' || !/^E[A-Z]+$/.test(e.code)) throw error
  // A copy that ran out of room (or hit a read-only disk) failed at its destination, not its source.
  const dest = /^(ENOSPC|EROFS|EDQUOT)$/.test(e.code) ? (e as {dest?: string}).dest : undefined
  return {code: e.code, message: e.message, path: dest ?? e.path ?? null}
}

export type TaskResult = NormalizeOutcome | Partial<Record<Format, Made>> | Made

/** The `h-` key of a source: core's code, the collection language, the path, bytes and sidecar. */
export function sourceKey(coreVersion: string, collection: Collection, source: SourceInput): string {
  return `h-${contentKey('source', coreVersion, collection.lang, source.path, source.bytes, source.meta)}`
}

const hexOf = (key: string) => key.slice(key.indexOf('-') + 1)

/** Runs tasks; `report()` says what its store met since last asked (the build reports it once). */
export type Runner = ((task: Task) => Promise<TaskResult>) & {report: () => StoreReport}

/** A task runner bound to one build's setup: `run(task)` in whichever thread holds it. */
export function createRunner(setup: Setup): Runner {
  const store = openStore(setup.store)
  const modules = new Map<Format, Promise<FormatModule>>()
  const assets = new Map<Format, Record<string, Uint8Array>>()
  // The asset files this thread has read, by path: one copy of a Noto face for the three formats declaring it.
  const assetBytes = new Map<string, Uint8Array>()
  const moduleOf = (format: Format) => {
    if (!modules.has(format)) modules.set(format, loadFormat(format))
    return modules.get(format)!
  }
  /** A format's assets, each read on its first lookup (one object per format: the PDF keeps its parsed fonts by it). */
  const assetsOf = async (format: Format) => {
    if (!assets.has(format)) assets.set(format, lazyAssets(setup.formats[format]?.assets ?? {}, assetBytes))
    return assets.get(format)!
  }

  /** A model from the store, else normalized again from its source; with its final id and warnings. */
  async function loadModel(ref: ModelRef): Promise<Publication> {
    const stored = await store.get(`m-${hexOf(ref.key)}`)
    let publication: Publication
    if (stored) publication = JSON.parse(gunzipSync(stored).toString('utf8')) as Publication
    else {
      const source = await readSource(setup.sourcesDir, ref.source)
      const result = normalizeSource(source, {lang: setup.collection.lang})
      if (!result.ok) throw new Error(`${ref.source}: could not be normalized again`)
      publication = result.publication
    }
    publication.id = ref.id
    publication.warnings.push(...ref.warnings)
    return publication
  }

  async function normalize(task: Extract<Task, {kind: 'normalize'}>): Promise<NormalizeOutcome> {
    const result = normalizeSource(task.source, {lang: setup.collection.lang})
    // No renderer sees a publication its own dataset schema would reject.
    const invalid = result.ok ? validatePublication(result.publication) : result.errors
    let outcome: NormalizeOutcome
    if (!result.ok || invalid.length > 0) outcome = {ok: false, errors: invalid}
    else {
      const publication = result.publication
      await store.put(`m-${hexOf(task.key)}`, gzipSync(JSON.stringify(publication), {level: 1}), {localOnly: true})
      outcome = {
        ok: true,
        head: headOf(publication),
        idSource: publication.inference.id,
        warnings: publication.warnings,
        questions: publication.qa.length
      }
    }
    await store.put(task.key, Buffer.from(JSON.stringify(outcome)))
    return outcome
  }

  /** Where a file another format made is: its staging folder in this build, else the existing output. */
  function fileOf(folderPath: string): string {
    const [folder, ...rest] = folderPath.split('/')
    const format = (Object.keys(registry) as Format[]).find((f) => registry[f].folder === folder)
    const staging = format ? setup.formats[format]?.staging : null
    return safeJoin(staging ?? path.join(setup.outDir, folder!), rest.join('/'))
  }

  /** Write files into the format's staging folder (none in a shard); `known` gives the sizes of copied attachments. */
  async function write(
    format: Format,
    files: Array<BundleFile | OutputCopy>,
    known: Attachment[] = [],
    seen: NonNullable<Made['seen']> = []
  ): Promise<Attachment[]> {
    const staging = setup.formats[format]?.staging ?? null
    const written: Attachment[] = []
    for (const file of files) {
      if ('copyOf' in file) {
        const size = known.find((attachment) => attachment.path === file.copyOf)?.bytes
        if (!staging && size !== undefined) {
          written.push({path: file.path, bytes: size})
          continue
        }
        const from = fileOf(file.copyOf)
        if (staging) {
          const to = safeJoin(staging, file.path)
          await mkdir(path.dirname(to), {recursive: true})
          const before = await fileIdentity(from)
          await copyFile(from, to, constants.COPYFILE_FICLONE)
          // The copy holds the bytes `from` held, if `from` was not written meanwhile.
          if ((await fileIdentity(from)).identity === before.identity)
            seen.push([(await fileIdentity(to)).identity, {from: before.identity}])
        }
        written.push({path: file.path, bytes: (await stat(from)).size})
        continue
      }
      if (staging) {
        const to = safeJoin(staging, file.path)
        await mkdir(path.dirname(to), {recursive: true})
        await writeFile(to, file.contents)
      }
      written.push({path: file.path, bytes: file.contents.byteLength})
    }
    return written
  }

  async function publication(task: Extract<Task, {kind: 'publication'}>): Promise<Partial<Record<Format, Made>>> {
    let model: Promise<Publication> | undefined
    const made: Partial<Record<Format, Made>> = {}
    for (const step of task.steps) {
      const {format, key} = step
      const module = await moduleOf(format)
      // The files of the formats this one needs, made just before for this publication (the site's
      // downloads), or found in the output of an earlier build when this one does not make them.
      const attachments = module.needs.flatMap((need) => {
        const folder = registry[need as Format]?.folder
        const done = made[need as Format]
        if (!folder) return []
        if (done) return done.files.map((file) => ({path: `${folder}/${file.path}`, bytes: file.bytes}))
        return task.external.filter((file) => file.path.startsWith(`${folder}/`))
      })
      // Unchanged since the output being replaced: link its files, read nothing.
      if (step.previous && (await link(format, step.previous.files))) {
        made[format] = {key, files: step.previous.files, reports: step.previous.reports, reused: true}
        continue
      }
      const stored = await store.get(key)
      let bundle: Bundle | undefined
      try {
        bundle = stored ? decodeBundle(stored) : undefined
      } catch {
        bundle = undefined
      }
      const reused = Boolean(bundle)
      if (!bundle) {
        model ??= loadModel(task.model)
        const reports: Array<Message | string> = []
        const result = await module.renderPublication({
          collection: setup.collection,
          buildDate: setup.buildDate,
          paper: setup.paper,
          assets: await assetsOf(format),
          report: (message) => reports.push(message),
          publication: await model,
          previous: task.previous,
          next: task.next,
          attachments
        })
        bundle = {
          files: result.files.map((file) =>
            'copyOf' in file ? file : {path: file.path, contents: toBytes(file.contents)}
          ),
          reports
        }
        await store.put(`p-${hexOf(key)}`, Buffer.from(JSON.stringify(result.part ?? null)))
        await store.put(key, encodeBundle(bundle))
      }
      try {
        const seen: NonNullable<Made['seen']> = []
        const files = await write(format, bundle.files, attachments, seen)
        made[format] = {key, files, reports: bundle.reports, reused, seen}
      } catch (error) {
        made[format] = {key, files: [], reports: bundle.reports, reused, writeError: asWriteError(error)}
      }
    }
    return made
  }

  /**
   * Hard-link files of the output being replaced into the staging folder (output files are never
   * written in place, so sharing them is safe). False when one is missing: the caller makes them.
   */
  async function link(format: Format, files: Attachment[]): Promise<boolean> {
    const staging = setup.formats[format]?.staging
    if (!staging) return true
    const old = path.join(setup.outDir, registry[format].folder)
    try {
      for (const file of files) {
        const from = safeJoin(old, file.path)
        const to = safeJoin(staging, file.path)
        await mkdir(path.dirname(to), {recursive: true})
        if ((await stat(from)).size !== file.bytes) return false
        await linkFile(from, to).catch(() => copyFile(from, to))
      }
      return true
    } catch {
      return false
    }
  }

  async function collection(task: Extract<Task, {kind: 'collection'}>): Promise<Made> {
    const module = await moduleOf(task.format)
    const key = task.key
    if (task.previous && (await link(task.format, task.previous.files)))
      return {key, files: task.previous.files, reports: task.previous.reports, reused: true}
    const manifest = await readManifest(store, key)
    if (manifest) {
      const files: Attachment[] = []
      try {
        for (const entry of manifest.files) {
          if ('copyOf' in entry) files.push(...(await write(task.format, [entry], task.attachments)))
          else {
            // A file missing or damaged in the store: the collection is made again below.
            const copied = await copyStored(task.format, entry)
            if (!copied) break
            files.push(copied)
          }
        }
      } catch (error) {
        return {key, files, reports: manifest.reports, reused: true, writeError: asWriteError(error)}
      }
      if (files.length === manifest.files.length) return {key, files, reports: manifest.reports, reused: true}
    }
    const reports: Array<Message | string> = []
    const byId = new Map(task.models.map((ref) => [ref.id, ref]))
    const heads = task.heads
    const written: Attachment[] = []
    const entries: ManifestEntry[] = []
    const pieces = new Set<string>()
    const seen: NonNullable<Made['seen']> = []
    let keepable = true
    const partAt = async (index: number): Promise<unknown> => {
      const bytes = await store.get(`p-${hexOf(task.results[index]!)}`)
      return bytes ? (JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown) : await remakePart(task, index)
    }
    const contextKey = setup.formats[task.format]?.contextKey ?? ''
    for await (const entry of module.renderCollection({
      collection: setup.collection,
      buildDate: setup.buildDate,
      paper: setup.paper,
      assets: await assetsOf(task.format),
      report: (message) => reports.push(message),
      heads,
      attachments: task.attachments,
      parts: async function* () {
        for (const [index, head] of heads.entries()) yield {head, part: await partAt(index)}
      },
      part: partAt,
      partKeys: task.results,
      ownFile: async (file) => {
        const staging = setup.formats[task.format]?.staging
        if (!staging)
          throw new Error(`${task.format}: no folder to read ${file} from (a shard makes no collection files)`)
        return new Uint8Array(await readFile(safeJoin(staging, file)))
      },
      // Pieces kept under `k-` keys; the manifest names them, so the store keeps them while it is used.
      memo: async (name, inputs, make) => {
        const pieceKey = `k-${contentKey('piece', contextKey, task.format, name, inputs)}`
        pieces.add(pieceKey)
        const stored = await store.get(pieceKey)
        if (stored) return stored
        const made = await make()
        await store.put(pieceKey, made)
        return made
      },
      publication: async (id) => {
        const ref = byId.get(id)
        if (!ref) throw new Error(`${task.format}: no publication "${id}" in this build`)
        return loadModel(ref)
      }
    })) {
      let done: Awaited<ReturnType<typeof writeEntry>>
      try {
        done = await writeEntry(task.format, entry, task.attachments, seen)
      } catch (error) {
        return {key, files: written, reports, reused: false, writeError: asWriteError(error)}
      }
      written.push(done.file)
      if ('copyOf' in entry) entries.push({path: entry.path, copyOf: entry.copyOf})
      else if (done.sha256 && done.written) {
        const fileKey = `f-${done.sha256}`
        if (!(await store.putFile(fileKey, done.written))) keepable = false
        entries.push({path: entry.path, key: fileKey})
      } else keepable = false
    }
    if (keepable)
      await store.put(
        key,
        Buffer.from(JSON.stringify({files: entries, reports, pieces: [...pieces]} satisfies Manifest))
      )
    return {key, files: written, reports, reused: false, seen}
  }

  /**
   * A publication's part the store lost or held damaged (its files are in the output already):
   * rendered again from its model and kept, as the publication task would have.
   */
  async function remakePart(task: Extract<Task, {kind: 'collection'}>, index: number): Promise<unknown> {
    const module = await moduleOf(task.format)
    const head = task.heads[index]!
    const result = await module.renderPublication({
      collection: setup.collection,
      buildDate: setup.buildDate,
      paper: setup.paper,
      assets: await assetsOf(task.format),
      report: () => {},
      publication: await loadModel(task.models[index]!),
      previous: task.heads[index - 1] ?? null,
      next: task.heads[index + 1] ?? null,
      // The files its publication task was given: its own, of the formats this one needs, in that order.
      attachments: module.needs.flatMap((need) =>
        task.attachments.filter(
          (file) => file.path.startsWith(`${registry[need as Format]?.folder}/`) && ownerOf(file.path) === head.id
        )
      )
    })
    await store.put(`p-${hexOf(task.results[index]!)}`, Buffer.from(JSON.stringify(result.part ?? null)))
    return result.part ?? null
  }

  /** A collection file kept in the store, streamed and checked into the staging folder; null when lost or damaged. */
  async function copyStored(format: Format, entry: {path: string; key: string}): Promise<Attachment | null> {
    const staging = setup.formats[format]?.staging ?? null
    const to = staging ? safeJoin(staging, entry.path) : null
    if (to) await mkdir(path.dirname(to), {recursive: true})
    const bytes = await store.copyTo(entry.key, to)
    return bytes === null ? null : {path: entry.path, bytes}
  }

  /**
   * Write one collection entry into the staging folder, chunk by chunk for a stream (never the
   * whole file in memory); returns its size, the file written and the sha256 of its bytes.
   */
  async function writeEntry(
    format: Format,
    entry: OutputEntry,
    known: Attachment[],
    seen: NonNullable<Made['seen']>
  ): Promise<{file: Attachment; written: string | null; sha256: string | null}> {
    if ('copyOf' in entry) {
      const [file] = await write(format, [entry], known, seen)
      return {file: file!, written: null, sha256: null}
    }
    const staging = setup.formats[format]?.staging ?? null
    const sink = staging ? safeJoin(staging, entry.path) : null
    if (sink) await mkdir(path.dirname(sink), {recursive: true})
    const hash = createHash('sha256')
    if ('contents' in entry) {
      const contents = toBytes(entry.contents)
      const sha256 = hash.update(contents).digest('hex')
      if (sink) {
        await writeFile(sink, contents)
        seen.push([(await fileIdentity(sink)).identity, sha256])
      }
      return {file: {path: entry.path, bytes: contents.byteLength}, written: sink, sha256}
    }
    let bytes = 0
    const counted = async function* () {
      for await (const chunk of entry.chunks) {
        const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
        bytes += data.byteLength
        hash.update(data)
        yield data
      }
    }
    // pipeline() ends, and on a write error (a full disk) destroys, both sides and rejects.
    if (sink) await pipeline(counted, createWriteStream(sink))
    else for await (const _ of counted());
    const sha256 = hash.digest('hex')
    if (sink) seen.push([(await fileIdentity(sink)).identity, sha256])
    return {file: {path: entry.path, bytes}, written: sink, sha256}
  }

  const run = async (task: Task): Promise<TaskResult> => {
    if (task.kind === 'normalize') return normalize(task)
    if (task.kind === 'publication') return publication(task)
    return collection(task)
  }
  return Object.assign(run, {report: () => store.report()})
}

type ManifestEntry = {path: string; key: string} | {path: string; copyOf: string}
interface Manifest {
  files: ManifestEntry[]
  reports: Array<Message | string>
  /** The `k-` pieces its files were assembled from (`CollectionJob.memo`), kept for the next build. */
  pieces?: string[]
}

async function readManifest(store: Store, key: string): Promise<Manifest | null> {
  const bytes = await store.get(key)
  if (!bytes) return null
  try {
    const manifest = JSON.parse(Buffer.from(bytes).toString('utf8')) as Manifest
    for (const entry of manifest.files) if ('key' in entry && !(await store.has(entry.key))) return null
    return manifest
  } catch {
    return null
  }
}

/** Read one source again (a model the store lost), with its sidecar. */
export async function readSource(dir: string, rel: string): Promise<SourceInput> {
  const bytes = new Uint8Array(await readFile(safeJoin(dir, rel)))
  const metaPath = rel.replace(/\.(?:txt|md|markdown|html?)$/i, '.meta.yaml')
  const meta = await readFile(safeJoin(dir, metaPath), 'utf8').then(
    (text) => ({path: metaPath, text}),
    () => null
  )
  return {path: rel, bytes, meta}
}

function toBytes(contents: string | Uint8Array): Uint8Array {
  return typeof contents === 'string' ? new Uint8Array(Buffer.from(contents)) : contents
}
