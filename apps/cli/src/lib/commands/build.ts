/**
 * `dossier build`: one publication at a time.
 *
 * 1. Read the sources; normalize each one the store does not already know, on every core.
 * 2. Settle what needs every source: ids (an inferred id that collides gets a suffix), the order,
 *    the build date.
 * 3. Render each publication in every requested format, in `needs` order (its EPUB and PDF before
 *    its page, which links them), on a pool of workers, or in this thread when what is made anew
 *    is small (a changed source or two); every result is kept in the content-addressed store, so an
 *    unchanged publication is copied, not rendered.
 * 4. Assemble each format's collection files from the publications' parts, side by side on the
 *    pool (the site once the files it links are made), then swap each format's folder in atomically.
 *
 * With `--shard K/N` only step 3 runs, for the publications whose id hashes to shard K, into the
 * store; a later build without `--shard` and the same store assembles everything. One failed
 * source does not stop the others; the exit code says what happened.
 */
import {createHash} from 'node:crypto'
import {mkdir, readdir, readFile, rename, rm, stat, writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import type {Attachment, Collection, Corpus, Message, PublicationHead} from '@dossier/core'
import {
  buildCorpus,
  contentKey,
  idRegistry,
  messageAt,
  ownerOf,
  parseCollection,
  reservedIds,
  resolveBuildDate
} from '@dossier/core'
import {checkSeparate, claimOutput, lockOutput, OutputRefused, type OutputLock} from '../io/out-folder.js'
import {type AssetRefs, assetsDigest, hashAssets} from '../io/read-assets.js'
import {readSources} from '../io/read-sources.js'
import {FolderStore, openStore, StoreLog, storeSpec, type Store, type StoreReport, type StoreSpec} from '../io/store.js'
import {manifestName, writeManifest} from '../io/manifest.js'
import {
  createStaging,
  describeWriteError,
  fileIdentity,
  hashFile,
  hashFolderSeen,
  listFolder,
  type Staging
} from '../io/write-output.js'
import {createPool, type Pool, splitSize, poolSize} from '../pipeline/pool.js'
import {
  sourceKey,
  type Made,
  type ModelRef,
  type NormalizeOutcome,
  type Previous,
  type Setup,
  type WriteError
} from '../pipeline/tasks.js'
import {formats, loadDeclaration, registry, type Format} from '../renderers.js'
import type {Reporter} from '../report.js'

export interface BuildOptions {
  sources: string
  out: string
  formats: Format[]
  strict: boolean
  paper: 'a4' | 'letter' | null
  /** `SOURCE_DATE_EPOCH`, passed in so the build never reads the clock. */
  sourceDateEpoch: string | undefined
  /** Reuse results of earlier builds from the store (default true; `--no-cache` renders everything). */
  cache?: boolean
  /** `--store`: a folder or a Turborepo remote cache URL; default `<out>/.cache/store`. */
  store?: string
  /** `--shard K/N`: render only shard K of N into the store, write no output. */
  shard?: {index: number; count: number}
  /** `--jobs N`: worker threads (1 = this thread only); default: one per core for large builds. */
  jobs?: number
  /** The environment, for a remote store's `TURBO_TOKEN` and `TURBO_TEAM`. */
  env?: Record<string, string | undefined>
}

export interface BuildResult {
  exitCode: 0 | 1
  /** Every publication's head, in the collection's order. */
  heads: PublicationHead[]
  problems: Message[]
  /** The formats whose folder now holds this build's output (written or already up to date); none for a shard. */
  published: Format[]
}

/** Normalize the sources folder in this thread (for `dossier check`), reporting progress per source; `texts` are the sources as text, by path. */
export async function loadCorpus(
  sourcesDir: string,
  reporter: Reporter
): Promise<{corpus: Corpus; problems: Message[]; texts: Map<string, string>}> {
  const read = await readSources(sourcesDir)
  const texts = new Map(read.sources.map((source) => [source.path, new TextDecoder().decode(source.bytes)]))
  const corpus = buildCorpus({
    ...read,
    onSource: (file, index, total, result) =>
      reporter.progress(`[${index}/${total}] ${result === 'ok' ? 'normalized' : 'FAILED'} ${file}`)
  })
  const problems = [...read.problems, ...corpus.failures]
  return {corpus, problems, texts}
}

const require = createRequire(import.meta.url)
const versions = new Map<string, Promise<string>>()

/**
 * Above this many publications rendered anew, the workers are replaced before the collection files
 * (a heap grown over hundreds of publications is given back); at or below it, as in an incremental
 * build, the warm workers assemble them (starting a pair cost ~0.6 s of CPU each time, issue 23).
 */
const recycleAfter = 64

/** sha256 of every `.js` file of a package's `dist` folder: the version of its code, for keys. */
function codeVersion(packageName: string): Promise<string> {
  if (!versions.has(packageName))
    versions.set(
      packageName,
      (async () => {
        const entry = require.resolve(packageName)
        const dist = entry.slice(0, entry.lastIndexOf(`${path.sep}dist${path.sep}`) + 5)
        const hash = createHash('sha256')
        const visit = async (dir: string): Promise<void> => {
          const entries = (await readdir(dir, {withFileTypes: true})).sort((a, b) => (a.name < b.name ? -1 : 1))
          for (const entry of entries) {
            const full = path.join(dir, entry.name)
            if (entry.isDirectory()) await visit(full)
            else if (/\.js$/.test(entry.name)) hash.update(entry.name).update(await readFile(full))
          }
        }
        await visit(dist)
        return hash.digest('hex')
      })()
    )
  return versions.get(packageName)!
}

/** The shard (0-based) a publication belongs to: a stable hash of its id, never its position. */
export function shardOf(id: string, count: number): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % count
}

/** Run a build; never throws for bad sources, only for a missing sources folder or a bad `--store`. */
export async function build(options: BuildOptions, reporter: Reporter): Promise<BuildResult> {
  await checkSeparate(options.sources, options.out, options.store)
  // Nothing is written into --out before Dossier knows the folder is its own and no other build writes there.
  let lock: OutputLock | null = null
  if (!options.shard || !options.store) {
    const sources = await stat(options.sources).catch(() => null)
    if (!sources?.isDirectory())
      throw new Error(`sources folder "${options.sources}" does not exist or is not a folder`)
    try {
      const adopted = await claimOutput(
        options.out,
        Object.values(registry).map((entry) => entry.folder)
      )
      if (adopted) reporter.info(adopted)
      lock = await lockOutput(options.out)
    } catch (error) {
      const e = error as NodeJS.ErrnoException
      if (error instanceof OutputRefused || typeof e.code !== 'string') throw error
      // A read-only or full output folder: said in words, nothing was changed.
      throw new OutputRefused(
        `${options.out} cannot be written: ${describeWriteError(e)}; the previous output is unchanged`,
        1
      )
    }
  }
  try {
    return await buildOwned(options, reporter)
  } finally {
    await lock?.release()
  }
}

/** The build itself, once the output folder is known to be Dossier's and locked. */
async function buildOwned(options: BuildOptions, reporter: Reporter): Promise<BuildResult> {
  const env = options.env ?? process.env
  const read = await readSources(options.sources)
  const problems: Message[] = [...read.problems]
  const parsed = parseCollection(read.collection)
  problems.push(...parsed.errors)
  const collection: Collection = parsed.collection
  const paper = options.paper ?? collection.paper
  const wanted = formats.filter((f) => options.formats.includes(f))
  const spec: StoreSpec = storeSpec(options.store, options.out, env)
  // A shared store is never emptied by one build: `--no-cache` only applies to the default one.
  if (options.cache === false && options.store)
    throw new Error(
      '--no-cache empties the default store; it cannot be used with --store (a shared store is never emptied)'
    )
  if (options.cache === false) await rm(spec.folder, {recursive: true, force: true})
  // Caches of earlier versions of Dossier (`<out>/.cache/<folder>/`) are not read any more.
  if (!options.store) await removeOldCaches(options.out)
  const store = openStore(spec)
  // What every thread's store met: damaged entries, a remote that failed, what reached the store.
  const log = new StoreLog(spec)
  const used = new Set<string>()
  const coreVersion = await codeVersion('@dossier/core')
  const sourcesDir = path.resolve(options.sources)
  const setup: Setup = {
    store: spec,
    collection,
    buildDate: '',
    paper,
    coreVersion,
    sourcesDir,
    formats: {},
    outDir: path.resolve(options.out)
  }
  const bytes = read.sources.reduce((sum, source) => sum + source.bytes.byteLength, 0)
  const onStore = (report: StoreReport) => log.add(report)
  // Workers start on their first task; `local` runs tasks in this thread.
  const pool = createPool(setup, poolSize(bytes, options.jobs, read.sources.length), onStore)
  const local = pool.size > 0 ? createPool(setup, 0, onStore) : pool
  /**
   * Where work of `anew` bytes of sources runs: the workers only when it is large enough to pay for
   * them (`poolSize`). A one-change rebuild stays in this thread, which has loaded core already:
   * each of two workers loaded core and every format's code again (about 1.7 s of CPU each) and
   * warmed its own JIT and heap for one publication and the four collection tasks (issue 23).
   */
  const total = read.sources.length
  const poolFor = (anew: number) => (poolSize(anew, options.jobs, total) > 0 ? pool : local)
  const where = (chosen: Pool) => (chosen.size === 0 ? 'in this thread' : `on ${chosen.size} worker(s)`)
  const stagingsOut: Staging[] = []
  try {
    // 1. Normalize what the store does not know.
    let normalized = 0
    const known = await Promise.all(
      read.sources.map(async (source) => {
        const key = sourceKey(coreVersion, collection, source)
        used.add(key).add(`m-${key.slice(2)}`)
        return {source, key, stored: await store.get(key)}
      })
    )
    const unknown = known.filter((entry) => !entry.stored)
    const normalizer = poolFor(unknown.reduce((sum, entry) => sum + entry.source.bytes.byteLength, 0))
    if (unknown.length > 0) reporter.progress(`normalizing ${unknown.length} source(s) ${where(normalizer)}`)
    const outcomes = await Promise.all(
      known.map(async ({source, key, stored}) => {
        const outcome: NormalizeOutcome = stored
          ? (JSON.parse(Buffer.from(stored).toString('utf8')) as NormalizeOutcome)
          : ((await normalizer.run({kind: 'normalize', key, source}).catch((error: Error) => ({
              ok: false,
              errors: [messageAt(source.path, 'input/failed', `could not be read: ${error.message}`, null, 'error')]
            }))) as NormalizeOutcome)
        normalized++
        reporter.progress(`[${normalized}/${total}] ${outcome.ok ? 'normalized' : 'FAILED'} ${source.path}`)
        return {source: {path: source.path}, key, outcome}
      })
    )
    // Sizes only: the bytes are not needed any more (a worker that lacks a model reads its source again).
    const sourceBytes = new Map(read.sources.map((source) => [source.path, source.bytes.byteLength]))
    const splitAbove = splitSize(options.env ?? process.env)
    read.sources.length = 0
    known.length = 0
    unknown.length = 0

    // 2.–5. Publish what normalized. A publication whose rendering fails is left out like a source
    // that did not normalize, and the others are published without it (its neighbours' links, the
    // collection's lists and ids change), never a format withheld for everyone.
    const baseProblems = [...problems]
    const publish = async (
      outcomes: Array<{source: {path: string}; key: string; outcome: NormalizeOutcome}>
    ): Promise<BuildResult | {dropped: Map<string, Message>}> => {
      const problems: Message[] = [...baseProblems]
      // 2. Ids, order and date, as core's buildCorpus settles them.
      const claimId = idRegistry(reservedIds(collection))
      const models: ModelRef[] = []
      const heads: PublicationHead[] = []
      const warnings: Message[] = []
      for (const {source, key, outcome} of outcomes) {
        if (!outcome.ok) {
          problems.push(...outcome.errors)
          continue
        }
        const settled = claimId({source: source.path, id: outcome.head.id, inferred: outcome.idSource === 'inferred'})
        if (!settled.ok) {
          problems.push(settled.error)
          continue
        }
        const id = settled.id
        const added = settled.warning ? [settled.warning] : []
        models.push({key, source: source.path, id, warnings: added})
        heads.push({...outcome.head, id})
        warnings.push(...outcome.warnings, ...added)
      }
      const buildDate = resolveBuildDate(
        heads.map((head) => ({date: head.date === null ? null : {value: head.date}})),
        options.sourceDateEpoch
      )

      // 3. Plan: every result's key, from the sources, the code and the options alone.
      // Declarations only: the renderers load in the workers that run them.
      const modules = new Map(await Promise.all(wanted.map(async (f) => [f, await loadDeclaration(f)] as const)))
      const writing = !options.shard
      const contexts = new Map<Format, string>()
      // Each declared file hashed once, streamed; the tasks read a file only when they use it.
      const assetRefs = new Map<Format, AssetRefs>()
      const assetHashes = new Map<string, string>()
      for (const format of wanted) {
        const refs = await hashAssets(modules.get(format)!.assetFiles ?? {}, assetHashes)
        assetRefs.set(format, refs)
        contexts.set(
          format,
          contentKey(
            'format',
            format,
            coreVersion,
            await codeVersion(registry[format].package),
            collection,
            buildDate,
            paper,
            assetsDigest(refs)
          )
        )
      }
      // Files of formats a build needs but does not make (`--format html`) come from the existing output.
      const external = new Map<Format, Attachment[]>()
      for (const format of wanted)
        for (const need of modules.get(format)!.needs as Format[])
          if (isFormatName(need) && !wanted.includes(need) && !external.has(need)) {
            const folder = registry[need].folder
            const files = await listFolder(path.join(options.out, folder))
            external.set(
              need,
              files.map((file) => ({path: `${folder}/${file.path}`, bytes: file.bytes}))
            )
          }
      const ownExternal = (need: Format, id: string) =>
        (external.get(need) ?? []).filter((file) => ownerOf(file.path) === id)
      const resultKeys = new Map<Format, string[]>()
      const collectionKeys = new Map<Format, string>()
      for (const format of wanted) {
        const needs = (modules.get(format)!.needs as Format[]).filter(isFormatName)
        const context = contexts.get(format)!
        const keys = heads.map(
          (head, index) =>
            `r-${contentKey(
              context,
              models[index],
              heads[index - 1] ?? null,
              heads[index + 1] ?? null,
              needs.map((need) => resultKeys.get(need)?.[index] ?? ownExternal(need, head.id))
            )}`
        )
        resultKeys.set(format, keys)
        collectionKeys.set(
          format,
          `c-${contentKey(
            context,
            heads,
            models,
            keys,
            needs.map((need) =>
              collectionKeys.has(need) ? [collectionKeys.get(need), resultKeys.get(need)] : (external.get(need) ?? [])
            )
          )}`
        )
      }

      // What the output folders hold now (written by the last build), to link what has not changed.
      const {state, writtenNs} =
        writing && options.cache !== false ? await readState(options.out) : {state: {} as OutputState, writtenNs: 0n}
      const upToDate = new Set<Format>()
      // Hashes of files read in this build, by identity: a file linked into the next folder is not read twice.
      const hashed = new Map<string, string>()
      // Copies a task made, by identity, with the identity of the file copied (resolved in `hashStaging`).
      const copies = new Map<string, string>()
      /** What a task says of the files it wrote: their hashes, made as it wrote them, spare reading them back. */
      const absorb = (seen: Made['seen']) => {
        for (const [identity, what] of seen ?? [])
          if (typeof what === 'string') hashed.set(identity, what)
          else copies.set(identity, what.from)
      }
      for (const format of wanted) {
        const held = state[registry[format].folder]
        if (!writing || options.cache === false || !held) continue
        // Every file is checked by content: one damaged without changing size is made again, never linked.
        const intact = await verifyFolder(path.join(options.out, registry[format].folder), held, hashed, writtenNs)
        if (
          intact &&
          held.collection?.key === collectionKeys.get(format) &&
          resultKeys.get(format)!.every((key) => held.results[key])
        )
          upToDate.add(format)
      }
      const stagings = new Map<Format, Staging>()
      const failed = new Set<Format>()
      /** A format whose next folder cannot be written is not published; its previous output stays. */
      const writeFailed = (format: Format, error: WriteError | NodeJS.ErrnoException) => {
        if (failed.has(format)) return
        failed.add(format)
        const target = path.join(options.out, registry[format].folder)
        problems.push(
          messageAt(
            target,
            `output/${error.code ?? 'failed'}`,
            `${format} not written: ${describeWriteError(error)}; the previous output is unchanged`,
            null,
            'error'
          )
        )
      }
      for (const format of wanted) {
        let staging: Staging | null = null
        if (writing && !upToDate.has(format))
          staging = await createStaging(options.out, registry[format].folder).catch((error: NodeJS.ErrnoException) => {
            writeFailed(format, error)
            return null
          })
        if (staging) stagings.set(format, staging)
        setup.formats[format] = {
          contextKey: contexts.get(format)!,
          staging: staging?.dir ?? null,
          assets: assetRefs.get(format)!
        }
      }
      stagingsOut.push(...stagings.values())
      setup.buildDate = buildDate

      // 4. Every publication in every format (those whose folder is up to date are not touched).
      const chosen = options.shard
        ? heads.flatMap((head, index) =>
            shardOf(head.id, options.shard!.count) === options.shard!.index ? [index] : []
          )
        : heads.map((_, index) => index)
      const active = wanted.filter((format) => !upToDate.has(format))
      // What the output being replaced does not hold decides where this build's tasks run (the
      // collection files too: after a few changes they are one task per format).
      const anew = chosen.filter((index) =>
        active.some((format) => !state[registry[format].folder]?.results[resultKeys.get(format)![index]!])
      )
      const work = poolFor(anew.reduce((sum, index) => sum + (sourceBytes.get(heads[index]!.source) ?? 0), 0))
      await work.configure({...setup})
      if (active.length > 0) reporter.progress(`rendering ${anew.length} publication(s) anew ${where(work)}`)
      const made: Array<Partial<Record<Format, Made>>> = heads.map((_, index) =>
        Object.fromEntries(
          [...upToDate].map((format) => {
            const key = resultKeys.get(format)![index]!
            return [format, {key, ...state[registry[format].folder]!.results[key]!, reused: true}]
          })
        )
      )
      let rendered = 0
      /** Publications rendered in at least one format (not all reused). */
      let renderedAnew = 0
      const dropped = new Map<string, Message>()
      const reused = new Map<Format, number>()
      for (const format of upToDate) reused.set(format, heads.length)
      /** One task rendering `formats` of publication `index`, in order; `also` are files made for it already. */
      const renderFormats = async (index: number, formats: Format[], also: Attachment[] = []) =>
        (await work.run({
          kind: 'publication',
          model: models[index]!,
          previous: heads[index - 1] ?? null,
          next: heads[index + 1] ?? null,
          steps: formats.map((format) => {
            const key = resultKeys.get(format)![index]!
            return {format, key, previous: state[registry[format].folder]?.results[key] ?? null}
          }),
          // Files of needed formats not made in this task: an earlier build's, an up-to-date folder's,
          // or this build's other tasks for the publication.
          external: [
            ...[...external.keys()].flatMap((need) => ownExternal(need, heads[index]!.id)),
            ...[...upToDate].flatMap((format) =>
              made[index]![format]!.files.map((file) => ({
                path: `${registry[format].folder}/${file.path}`,
                bytes: file.bytes
              }))
            ),
            ...also
          ]
        })) as Partial<Record<Format, Made>>
      /**
       * A large source's formats run as separate tasks, side by side on the pool, those another
       * format links first (one 50 MB source took its four formats one after another on one core).
       * A small one's are one task: its model is read once.
       */
      const renderPublicationOf = async (index: number): Promise<Partial<Record<Format, Made>>> => {
        if (work.size < 2 || (sourceBytes.get(heads[index]!.source) ?? 0) < splitAbove)
          return renderFormats(index, active)
        const linked = new Set(active.flatMap((format) => modules.get(format)!.needs as Format[]))
        const first = active.filter(
          (format) => !(modules.get(format)!.needs as Format[]).some((n) => active.includes(n))
        )
        const rest = active.filter((format) => !first.includes(format))
        // Every task settles before a failure is passed on: a build that drops this publication
        // discards the staging folders, which no task of it may still be writing into.
        const settled = await Promise.allSettled(first.map((format) => renderFormats(index, [format])))
        const failure = settled.find((result) => result.status === 'rejected')
        if (failure) throw failure.reason
        const made1 = Object.assign(
          {},
          ...settled.map((result) => (result as PromiseFulfilledResult<Partial<Record<Format, Made>>>).value)
        ) as Partial<Record<Format, Made>>
        const files = first
          .filter((format) => linked.has(format))
          .flatMap((format) =>
            (made1[format]?.files ?? []).map((file) => ({
              path: `${registry[format].folder}/${file.path}`,
              bytes: file.bytes
            }))
          )
        return rest.length > 0 ? {...made1, ...(await renderFormats(index, rest, files))} : made1
      }
      await Promise.all(
        chosen.map(async (index) => {
          const head = heads[index]!
          if (active.length === 0) return
          try {
            const result = await renderPublicationOf(index)
            Object.assign(made[index]!, result)
            if (Object.values(result).some((done) => !done.reused)) renderedAnew++
            for (const [format, done] of Object.entries(result) as Array<[Format, Made]>) {
              absorb(done.seen)
              if (done.reused) reused.set(format, (reused.get(format) ?? 0) + 1)
              if (done.writeError) writeFailed(format, done.writeError)
            }
          } catch (error) {
            dropped.set(
              head.source,
              messageAt(
                head.source,
                'render/failed',
                `could not be rendered: ${(error as Error).message}; it is left out of this build and the other sources publish without it`,
                null,
                'error'
              )
            )
          }
          rendered++
          reporter.progress(`[${rendered}/${chosen.length}] rendered ${head.id}`)
        })
      )
      if (dropped.size > 0) {
        // Start again from the ids without them: what was staged is thrown away (the store keeps
        // every result made, so the second pass copies all but the dropped ones' neighbours).
        for (const staging of stagings.values()) {
          await staging.discard()
          stagingsOut.splice(stagingsOut.indexOf(staging), 1)
        }
        reporter.info(`${dropped.size} publication(s) could not be rendered; publishing the others without them`)
        return {dropped}
      }
      for (const index of chosen)
        for (const format of wanted) {
          const key = resultKeys.get(format)![index]!
          used.add(key).add(`p-${key.slice(2)}`)
        }

      // 5. The collection files, from the parts; the site last, since it links the others' files.
      if (!options.shard) {
        // The heap a worker kept from many publications is given back before the largest single
        // tasks run; after a few (an incremental build) the warm workers are kept instead.
        if (renderedAnew > recycleAfter) await work.recycle()
        const produced = new Map<Format, Attachment[]>()
        const next: OutputState = {}
        const assemble = async (format: Format) => {
          if (failed.has(format)) return
          const module = modules.get(format)!
          const folder = registry[format].folder
          const attachments: Attachment[] = []
          for (const need of (module.needs as Format[]).filter(isFormatName)) {
            const needFolder = registry[need].folder
            const files = wanted.includes(need) ? (produced.get(need) ?? []) : (external.get(need) ?? [])
            attachments.push(
              ...files.map((file) => ({
                path: wanted.includes(need) ? `${needFolder}/${file.path}` : file.path,
                bytes: file.bytes
              }))
            )
          }
          attachments.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
          const key = collectionKeys.get(format)!
          const held = state[folder]?.collection
          try {
            // An up-to-date folder keeps its collection files: nothing to run.
            const result = (
              upToDate.has(format) && held
                ? {key, files: held.files, reports: held.reports, reused: true}
                : await work.run({
                    kind: 'collection',
                    format,
                    key,
                    heads,
                    results: resultKeys.get(format)!,
                    models,
                    attachments,
                    previous: held?.key === key ? {files: held.files, reports: held.reports} : null
                  })
            ) as Made
            if (result.writeError) return writeFailed(format, result.writeError)
            absorb(result.seen)
            used.add(key)
            const own = made.flatMap((m) => m[format]!.files)
            produced.set(format, [...own, ...result.files])
            for (const report of [...made.flatMap((m) => m[format]!.reports), ...result.reports])
              problems.push(
                typeof report === 'string'
                  ? messageAt(`(${format})`, `render/${format}`, report, null, 'warning')
                  : report
              )
            next[folder] = {
              results: Object.fromEntries(
                made.map((m) => [m[format]!.key, {files: m[format]!.files, reports: m[format]!.reports}])
              ),
              collection: {key, files: result.files, reports: result.reports},
              ...(stagings.has(format)
                ? await hashStaging(format, stagings.get(format)!.dir, hashed, copies)
                : {files: {}, seen: {}})
            }
          } catch (error) {
            failed.add(format)
            problems.push(
              messageAt(
                `(${format})`,
                'render/failed',
                `${format}: the collection files could not be made: ${(error as Error).message}`,
                null,
                'error'
              )
            )
          }
        }
        // Each format's collection as soon as the formats it links are assembled (the site waits for
        // the others' files), on the same pool: the dataset, the collection EPUB and the briefing run
        // side by side, one per worker.
        const assembled = new Map<Format, Promise<void>>()
        for (const format of wanted) {
          const needs = (modules.get(format)!.needs as Format[]).filter((need) => wanted.includes(need))
          assembled.set(
            format,
            Promise.all(needs.map((need) => assembled.get(need))).then(() => assemble(format))
          )
        }
        await Promise.all(assembled.values())

        // Folders about to be swapped are forgotten first: a build killed between a swap and the
        // state's update then finds no state for that folder, never a state describing other files.
        for (const format of stagings.keys()) delete state[registry[format].folder]
        await writeState(options.out, state).catch(() => {})
        for (const format of wanted) {
          const folder = registry[format].folder
          const target = path.join(options.out, folder)
          const staging = stagings.get(format)
          const hits = reused.get(format) ?? 0
          const count = produced.get(format)?.length ?? 0
          if (!staging) {
            if (!failed.has(format))
              reporter.info(`${format}: ${target} is up to date (${count} file(s)), ${hits} reused from the cache`)
            continue
          }
          if (failed.has(format)) {
            await staging.discard()
            continue
          }
          try {
            // The state first: if the swap then fails, the next build finds files that differ and relinks nothing.
            await staging.commit()
            state[folder] = next[folder]!
            reporter.info(
              `${format}: wrote ${count} file(s) to ${target}${hits ? `, ${hits} reused from the cache` : ''}`
            )
          } catch (error) {
            // A full disk or read-only folder fails this format only; its previous output is untouched.
            await staging.discard()
            problems.push(
              messageAt(
                target,
                `output/${(error as NodeJS.ErrnoException).code ?? 'failed'}`,
                `${format} not written: ${describeWriteError(error as NodeJS.ErrnoException)}; the previous output is unchanged`,
                null,
                'error'
              )
            )
          }
        }
        await writeState(options.out, state).catch(() => {})
        // The manifest of what the folders hold now, as the state says (`sha256sum -c` and `dossier verify` read it).
        await writeManifest(
          options.out,
          Object.entries(state).flatMap(([folder, held]) =>
            Object.entries(held.files).map(([file, sha256]): [string, string] => [`${folder}/${file}`, sha256])
          )
        ).catch((error: NodeJS.ErrnoException) =>
          problems.push(
            messageAt(
              path.join(options.out, manifestName),
              `output/${error.code ?? 'failed'}`,
              `${manifestName} not written: ${describeWriteError(error)}`,
              null,
              'warning'
            )
          )
        )
        // The default store holds exactly what the current sources need; a shared one is never pruned.
        if (!options.store && options.cache !== false) {
          for (const format of upToDate) used.add(collectionKeys.get(format)!)
          await keepFilesOf(store, used)
          await new FolderStore(spec.folder).prune(used).catch(() => 0)
        }
      } else {
        // A shard is worth what reached the store: every result of its publications there (results
        // found only in the local folder in front of a remote are sent now), or it says what is missing.
        const hits = [...reused.values()].reduce((a, b) => a + b, 0)
        const keysOf = (index: number) =>
          wanted.flatMap((format) => {
            const key = resultKeys.get(format)![index]!
            return [key, `p-${key.slice(2)}`]
          })
        log.add(store.report())
        for (const index of chosen) for (const key of keysOf(index)) if (!log.holds(key)) await store.reach(key)
        log.add(store.report())
        const stored = chosen.filter((index) => keysOf(index).every((key) => log.holds(key))).length
        const shard = `shard ${options.shard.index + 1}/${options.shard.count}`
        reporter.info(
          stored === chosen.length
            ? `${shard}: ${chosen.length} of ${heads.length} publication(s) in the store (${store.where})${hits ? `, ${hits} result(s) already there` : ''}`
            : `${shard}: only ${stored} of its ${chosen.length} publication(s) reached the store (${store.where}), ${chosen.length - stored} did not (see the warnings); ${heads.length} in all`
        )
      }
      // The stores' troubles, as warnings naming the store; they never fail the build, even with
      // --strict (what was published was made or checked here).
      log.add(store.report())
      problems.push(...log.warnings())
      if (spec.remote && !options.shard)
        reporter.info(`${store.where}: ${log.writtenCount} result(s) of this build sent there`)

      // Problems once each (the briefing and a publication's own PDF meet the same missing glyph).
      const seen = new Set<string>()
      const unique = [...problems, ...warnings].filter((message) => {
        const key = JSON.stringify(message)
        if (seen.has(key)) return false
        seen.add(key)
        return true
      })
      for (const message of unique) reporter.problem(message)
      const errors = unique.filter((m) => m.severity === 'error').length
      const failedBuild = errors > 0 || (options.strict && unique.some((m) => !m.code.startsWith('store/')))
      const warningCount = unique.filter((m) => m.severity === 'warning').length
      // The summary says what was published: a format that failed (a full disk) is named, never counted.
      const published = options.shard ? [] : wanted.filter((format) => !failed.has(format))
      const notWritten = options.shard ? [] : wanted.filter((format) => failed.has(format))
      reporter.info(
        notWritten.length === 0
          ? `${heads.length} published, ${errors} error(s), ${warningCount} warning(s)`
          : `${heads.length} normalized; ${published.length ? `published as ${published.join(', ')}` : 'nothing published'}; ${notWritten.join(', ')} NOT written (the previous output is kept); ${errors} error(s), ${warningCount} warning(s)`
      )
      return {exitCode: failedBuild ? 1 : 0, heads, problems, published}
    }
    let current = outcomes
    for (;;) {
      const done = await publish(current)
      if (!('dropped' in done)) return done
      current = current.map((entry) => {
        const error = done.dropped.get(entry.source.path)
        return error ? {...entry, outcome: {ok: false, errors: [error]}} : entry
      })
    }
  } finally {
    for (const staging of stagingsOut) await staging.discard()
    await pool.close()
    await local.close()
  }
}

/**
 * Every file of a format's staging folder with its sha256 (a file whose identity `hashed` already
 * knows is not read: one linked from the previous output, or one a task hashed as it wrote it); a folder the registry marks `checksums`
 * (the site, which a web server publishes as it is) first gets its own SHA256SUMS listing the others,
 * so a file downloaded from the site can be checked against the site (`dossier verify --manifest URL`).
 */
async function hashStaging(
  format: Format,
  dir: string,
  hashed: Map<string, string>,
  copies: Map<string, string>
): Promise<{files: Record<string, string>; seen: Record<string, string>}> {
  // A copy has the hash of the file it copies, once that one is hashed (the site's downloads are
  // hashed after the folders they copy from).
  for (const [identity, from] of copies) {
    const sha256 = hashed.get(from)
    if (sha256) hashed.set(identity, sha256)
  }
  const {files, seen} = await hashFolderSeen(dir, hashed)
  if (!('checksums' in registry[format])) return {files, seen}
  delete files[manifestName]
  await writeManifest(dir, Object.entries(files))
  const sums = path.join(dir, manifestName)
  seen[manifestName] = (await fileIdentity(sums)).identity
  files[manifestName] = await hashFile(sums, hashed)
  return {files, seen}
}

/** True for a format of the registry (a `needs` entry naming something else is ignored). */
function isFormatName(name: string): name is Format {
  return Object.hasOwn(registry, name)
}

/**
 * What each output folder holds, as the last build that wrote it left it (`<out>/.cache/state.json`):
 * the result behind every file, so the next build links what has not changed instead of writing it,
 * and skips a folder that is already exactly what it would write.
 */
type OutputState = Record<
  string,
  {
    results: Record<string, Previous>
    collection: ({key: string} & Previous) | null
    /** Every file's sha256 (hex), to notice a folder changed by hand, even without a change of size. */
    files: Record<string, string>
    /**
     * Every file's identity when it was hashed (`identityOf`: device, inode, size, modification
     * time): a file that still has it is taken to hold the bytes of `files` without being read.
     */
    seen?: Record<string, string>
  }
>

const stateFile = (out: string) => path.join(out, '.cache', 'state.json')

/** The state, and when it was written (its modification time, ns; 0 when there is none). */
async function readState(out: string): Promise<{state: OutputState; writtenNs: bigint}> {
  try {
    const file = stateFile(out)
    const {mtimeNs} = await fileIdentity(file)
    return {state: JSON.parse(await readFile(file, 'utf8')) as OutputState, writtenNs: mtimeNs}
  } catch {
    return {state: {}, writtenNs: 0n}
  }
}

async function writeState(out: string, state: OutputState): Promise<void> {
  const file = stateFile(out)
  await mkdir(path.dirname(file), {recursive: true})
  const temp = `${file}.${process.pid}.tmp`
  await writeFile(temp, JSON.stringify(state))
  await rename(temp, file)
}

/**
 * True when a folder holds exactly the files the state says, with the same sha256. Results and
 * collection files whose files are damaged, missing or unknown (a state of an earlier Dossier kept
 * sizes) are dropped from `held`, so nothing damaged is linked into the next folder.
 *
 * A file is read only when it may have changed since it was hashed: one whose identity (device,
 * inode, size, modification time in ns) is still the one the state recorded, and whose time is
 * before the state was written (`writtenNs`), is taken to hold the recorded bytes, as git's index
 * and make trust a file's time. Writing a file in place, replacing it or changing its size changes
 * its identity, so it is read and checked; a file written in the same clock tick as the state
 * (a time not before it) is read too, since a write just after the hashing could keep its time.
 * Only a change that puts the old time back, with the same size, goes unseen. Reading every file of
 * every folder on every build cost most of the main thread's time of a one-change build (issue 23).
 */
async function verifyFolder(
  dir: string,
  held: OutputState[string],
  hashed: Map<string, string>,
  writtenNs: bigint
): Promise<boolean> {
  const files = await listFolder(dir)
  const present = new Set(files.map((file) => file.path))
  const good = new Set<string>()
  for (const file of files) {
    const want = held.files[file.path]
    if (typeof want !== 'string') continue
    const full = path.join(dir, file.path)
    const then = held.seen?.[file.path]
    if (then !== undefined) {
      const now = await fileIdentity(full).catch(() => null)
      if (now && now.identity === then && now.mtimeNs < writtenNs) {
        // Known: later hashing of the same file in this build (its link in the next folder) reads nothing.
        hashed.set(now.identity, want)
        good.add(file.path)
        continue
      }
    }
    if ((await hashFile(full, hashed)) === want) good.add(file.path)
  }
  const intact =
    files.length === Object.keys(held.files).length &&
    good.size === files.length &&
    [...present].every((p) => good.has(p))
  if (intact) return true
  for (const [key, result] of Object.entries(held.results))
    if (!result.files.every((file) => good.has(file.path))) delete held.results[key]
  if (held.collection && !held.collection.files.every((file) => good.has(file.path))) held.collection = null
  return false
}

/** Keep the `f-` entries and `k-` pieces the kept collection manifests name. */
async function keepFilesOf(store: Store, used: Set<string>): Promise<void> {
  for (const key of [...used].filter((k) => k.startsWith('c-'))) {
    const bytes = await store.get(key)
    if (!bytes) continue
    try {
      const manifest = JSON.parse(Buffer.from(bytes).toString('utf8')) as {
        files: Array<{key?: string}>
        pieces?: string[]
      }
      for (const entry of manifest.files) if (entry.key) used.add(entry.key)
      for (const piece of manifest.pieces ?? []) used.add(piece)
    } catch {}
  }
}

/** `<out>/.cache/<format folder>/` of earlier versions. */
async function removeOldCaches(out: string): Promise<void> {
  for (const folder of Object.values(registry).map((entry) => entry.folder))
    await rm(path.join(out, '.cache', folder), {recursive: true, force: true})
}
