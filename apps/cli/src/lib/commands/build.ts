/**
 * `dossier build`: read sources, normalize, render each requested format and write it
 * atomically. One failed source does not stop the others; the exit code says what happened.
 */
import path from 'node:path'
import type {Corpus, Message, OutputFile, RendererModule} from '@dossier/core'
import {buildCorpus, messageAt, resolveBuildDate} from '@dossier/core'
import {readAssets} from '../io/read-assets.js'
import {readSources} from '../io/read-sources.js'
import {readFolder, writeFolder} from '../io/write-output.js'
import {formats, loadRenderer, registry, type Format} from '../renderers.js'
import {openCache} from '../io/render-cache.js'
import type {Reporter} from '../report.js'

export interface BuildOptions {
  sources: string
  out: string
  formats: Format[]
  strict: boolean
  paper: 'a4' | 'letter' | null
  /** `SOURCE_DATE_EPOCH`, passed in so the build never reads the clock. */
  sourceDateEpoch: string | undefined
  /** Reuse per-publication results of earlier builds (`<out>/.cache`). */
  cache?: boolean
}

export interface BuildResult {
  exitCode: 0 | 1
  corpus: Corpus
  problems: Message[]
}

/** Normalize the sources folder, reporting progress per source. */
export async function loadCorpus(
  sourcesDir: string,
  reporter: Reporter
): Promise<{corpus: Corpus; problems: Message[]}> {
  const read = await readSources(sourcesDir)
  const corpus = buildCorpus({
    ...read,
    onSource: (file, index, total, result) =>
      reporter.progress(`[${index}/${total}] ${result === 'ok' ? 'normalized' : 'FAILED'} ${file}`)
  })
  const problems = [...read.problems, ...corpus.failures]
  return {corpus, problems}
}

/** Run a build; never throws for bad sources, only for a missing sources folder or a write error. */
export async function build(options: BuildOptions, reporter: Reporter): Promise<BuildResult> {
  const {corpus, problems} = await loadCorpus(options.sources, reporter)
  const buildDate = resolveBuildDate(corpus.publications, options.sourceDateEpoch)
  const paper = options.paper ?? corpus.collection.paper
  const wanted = formats.filter((f) => options.formats.includes(f))

  for (const format of wanted) {
    const renderer = await loadRenderer(format)
    const target = path.join(options.out, renderer.folder)
    reporter.progress(`rendering ${format} → ${target}`)
    try {
      await publish(renderer)
    } catch (error) {
      // A full disk or read-only folder fails this format only; its previous output is untouched.
      problems.push(
        messageAt(
          target,
          `output/${(error as NodeJS.ErrnoException).code ?? 'failed'}`,
          `${format} not written: ${describeWriteError(error)}; the previous output is unchanged`,
          null,
          'error'
        )
      )
    }
  }

  async function publish(renderer: RendererModule): Promise<void> {
    const format = renderer.format
    // The cache only saves time: if it cannot be opened (read-only disk…), render everything.
    const cache =
      options.cache === false
        ? undefined
        : await openCache(options.out, renderer.folder, registry[format as Format]).catch(() => undefined)
    const files = await renderer.render(
      {collection: corpus.collection, publications: corpus.publications},
      {
        buildDate,
        paper,
        assets: await readAssets(renderer),
        attachments: await readAttachments(renderer, options.out),
        report: (text) =>
          problems.push(
            typeof text === 'string' ? messageAt(`(${format})`, `render/${format}`, text, null, 'warning') : text
          ),
        ...(cache ? {cache} : {})
      }
    )
    await writeFolder(options.out, renderer.folder, files)
    await cache?.prune().catch(() => {})
    const reused = cache && cache.hits > 0 ? `, ${cache.hits} reused from the cache` : ''
    reporter.info(`${format}: wrote ${files.length} file(s) to ${path.join(options.out, renderer.folder)}${reused}`)
  }

  const warnings = corpus.publications.flatMap((p) => p.warnings)
  for (const message of [...problems, ...warnings]) reporter.problem(message)
  const failed =
    problems.some((m) => m.severity === 'error') || (options.strict && (warnings.length > 0 || problems.length > 0))
  reporter.info(
    `${corpus.publications.length} published, ${problems.filter((m) => m.severity === 'error').length} error(s), ${warnings.length + problems.filter((m) => m.severity === 'warning').length} warning(s)`
  )
  return {exitCode: failed ? 1 : 0, corpus, problems}
}

/** Say what went wrong writing, in words, with the system's code. */
function describeWriteError(error: unknown): string {
  const e = error as NodeJS.ErrnoException
  const words: Record<string, string> = {
    ENOSPC: 'no space left on the device',
    EROFS: 'the output folder is on a read-only file system',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EDQUOT: 'disk quota exceeded',
    ENOTDIR: 'a path in the output folder is a file, not a folder'
  }
  return e.code && words[e.code] ? `${words[e.code]} (${e.code}${e.path ? ` at ${e.path}` : ''})` : e.message
}

/** Outputs of the formats this renderer needs, read from the output folder (built before it). */
async function readAttachments(renderer: RendererModule, outDir: string): Promise<OutputFile[]> {
  const attachments: OutputFile[] = []
  for (const need of renderer.needs ?? []) {
    const module = await loadRenderer(need as Format).catch(() => null)
    if (module) attachments.push(...(await readFolder(path.join(outDir, module.folder), module.folder)))
  }
  return attachments
}
