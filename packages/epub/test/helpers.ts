/**
 * Test helpers: the real sources, the assets the CLI would read, and the validators. A missing
 * tool throws (the test fails) rather than skipping.
 */
import {
  buildCorpus,
  type Collection,
  type Corpus,
  type Publication,
  type PublicationJob,
  type RenderOptions,
  type SourceInput
} from '@dossier/core'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {inject} from 'vitest'
import {type EpubcheckMessage, epubcheckReport, problems} from '../../../scripts/referees/epubcheck.mjs'
import {assetFiles, renderPublication} from '../src/index.js'
import {unzipEpub} from './unzip.js'

export type {EpubcheckMessage}

export const sourcesDir = fileURLToPath(new URL('../../../sources/', import.meta.url))

/** The repository's `sources/` folder, normalized by core. */
export function readCorpus(dir = sourcesDir): Corpus {
  const names = readdirSync(dir)
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort()
  const sources: SourceInput[] = names.map((name) => {
    const metaPath = join(dir, name.replace(/\.[^.]+$/, '.meta.yaml'))
    const meta = existsSync(metaPath)
      ? {path: name.replace(/\.[^.]+$/, '.meta.yaml'), text: readFileSync(metaPath, 'utf8')}
      : null
    return {path: name, bytes: readFileSync(join(dir, name)), meta}
  })
  const collectionPath = join(dir, 'collection.yaml')
  const collection = existsSync(collectionPath)
    ? {path: 'collection.yaml', text: readFileSync(collectionPath, 'utf8')}
    : null
  return buildCorpus({sources, collection})
}

/** What the CLI does with `assetFiles`: read each file. */
export function readAssets(): Record<string, Uint8Array> {
  return Object.fromEntries(
    Object.entries(assetFiles).map(([name, path]) => [name, new Uint8Array(readFileSync(path))])
  )
}

/** Render options as the CLI would pass them, collecting reports. */
export function renderOptions(reports: string[] = []): RenderOptions {
  return {
    buildDate: '2024-06-01T12:00:00.000Z',
    paper: 'a4',
    attachments: [],
    assets: readAssets(),
    report: (message) => reports.push(typeof message === 'string' ? message : message.message)
  }
}

/** The job the CLI would give for one publication (no neighbours unless given: a book does not show them). */
export function publicationJob(
  publication: Publication,
  collection: Collection,
  neighbours: Pick<PublicationJob, 'previous' | 'next'> = {previous: null, next: null}
): PublicationJob {
  const options = renderOptions()
  return {
    collection,
    buildDate: options.buildDate,
    paper: options.paper,
    assets: options.assets,
    report: options.report!,
    publication,
    ...neighbours,
    attachments: []
  }
}

/** A publication's own book, rendered alone. */
export async function renderBook(publication: Publication, collection: Collection): Promise<Uint8Array> {
  const {files} = await renderPublication(publicationJob(publication, collection))
  const [book] = files
  if (files.length !== 1 || !book || !('contents' in book) || typeof book.contents === 'string')
    throw new Error(`Expected one EPUB from renderPublication, got ${files.map((file) => file.path).join(', ')}`)
  return book.contents
}

/** A fresh temporary folder. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `dossier-epub-${prefix}-`))
}

/** The files under a book's `OEBPS/`, written to a new temporary folder (for a browser to open); its path. */
export async function extractBook(bytes: Uint8Array, prefix: string): Promise<string> {
  const book = await unzipEpub(bytes)
  const dir = tempDir(prefix)
  for (const name of book.names.filter((entry) => entry.startsWith('OEBPS/') && !entry.endsWith('/'))) {
    const file = join(dir, name.slice('OEBPS/'.length))
    mkdirSync(dirname(file), {recursive: true})
    writeFileSync(file, await book.zip.file(name)!.async('uint8array'))
  }
  return dir
}

/**
 * Run Debian's EPUBCheck on bytes; return every message (fatal, error, warning; usage and info are
 * ignored). The run's one EPUBCheck JVM checks it (`test/referees.setup.ts`).
 */
export async function epubcheck(bytes: Uint8Array, name: string): Promise<EpubcheckMessage[]> {
  const file = join(tempDir('check'), name)
  writeFileSync(file, bytes)
  return problems(await epubcheckReport(inject('epubcheck'), file))
}

/** Short, readable form of EPUBCheck messages for assertion output. */
export function describeMessages(messages: EpubcheckMessage[]): string[] {
  return messages.map(
    (m) =>
      `${m.severity} ${m.ID} ${m.message} @ ${m.locations.map((l) => `${l.path}:${l.line}:${l.column}`).join(', ')}`
  )
}
