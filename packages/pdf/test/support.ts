/**
 * Test support: build the corpus from the repository's real `sources/`, render it, write the files
 * to a temporary folder, and run the real PDF tools (qpdf, poppler-utils). A missing tool fails the
 * test with the package to install; nothing is skipped.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {
  buildCorpus,
  type CollectionJob,
  headOf,
  resolveBuildDate,
  type Corpus,
  type Message,
  type OutputFile,
  type SourceInput
} from '@dossier/core'
import {assetFiles, render, renderCollection, renderPublication} from '../src/index.js'

export const sourcesDir = new URL('../../../sources/', import.meta.url).pathname
export const artifactsDir = new URL('../test-artifacts/', import.meta.url).pathname

/** The corpus of the repository's sources, as the CLI builds it. */
export function readCorpus(): Corpus {
  const sources: SourceInput[] = readdirSync(sourcesDir)
    .filter((name) => /\.(txt|md)$/.test(name))
    .map((path) => {
      const metaPath = path.replace(/\.[^.]+$/, '.meta.yaml')
      const meta = readdirSync(sourcesDir).includes(metaPath)
        ? {path: metaPath, text: readFileSync(join(sourcesDir, metaPath), 'utf8')}
        : null
      return {path, bytes: new Uint8Array(readFileSync(join(sourcesDir, path))), meta}
    })
  const collectionText = readFileSync(join(sourcesDir, 'collection.yaml'), 'utf8')
  return buildCorpus({sources, collection: {path: 'collection.yaml', text: collectionText}})
}

/** The font assets, read the way the CLI reads them. */
export function readAssets(): Record<string, Uint8Array> {
  return Object.fromEntries(
    Object.entries(assetFiles).map(([name, path]) => [name, new Uint8Array(readFileSync(path))])
  )
}

/** Render a corpus and write the files into a new temporary folder; identical reports are kept once, as the CLI does. */
export async function renderToDir(
  corpus: Pick<Corpus, 'collection' | 'publications'>,
  paper: 'a4' | 'letter',
  reports: Array<string | Message> = []
): Promise<{dir: string; files: OutputFile[]}> {
  const seen = new Set<string>()
  const files = await render(corpus, {
    buildDate: resolveBuildDate(corpus.publications, undefined),
    paper,
    attachments: [],
    assets: readAssets(),
    report: (message) => {
      const key = JSON.stringify(message)
      if (!seen.has(key)) reports.push(message)
      seen.add(key)
    }
  })
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pdf-'))
  for (const file of files) writeFileSync(join(dir, file.path), file.contents)
  return {dir, files}
}

let seedsA4: Promise<{corpus: Corpus; dir: string; files: OutputFile[]; reports: Array<string | Message>}> | undefined

/**
 * The seeds rendered on A4, once per test run: the test files share one module cache (`isolate:
 * false` in vitest.config.ts), so every file asking gets the same files. Nothing may change them.
 */
export function renderSeedsA4(): NonNullable<typeof seedsA4> {
  seedsA4 ??= (async () => {
    const corpus = readCorpus()
    const reports: Array<string | Message> = []
    return {corpus, reports, ...(await renderToDir(corpus, 'a4', reports))}
  })()
  return seedsA4
}

const packages: Record<string, string> = {
  qpdf: 'qpdf',
  pdfinfo: 'poppler-utils',
  pdffonts: 'poppler-utils',
  pdftotext: 'poppler-utils',
  pdftoppm: 'poppler-utils'
}

/** Run a PDF tool and return its standard output; throws (failing the test) when the tool is missing. */
export function tool(name: keyof typeof packages, args: string[]): string {
  try {
    return execFileSync(name, args, {encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe']})
  } catch (error) {
    const e = error as NodeJS.ErrnoException & {stdout?: string; stderr?: string; status?: number}
    if (e.code === 'ENOENT') throw new Error(`${name} is not installed: apt-get install -y ${packages[name]}`)
    throw new Error(`${name} ${args.join(' ')} exited with ${e.status}:\n${e.stdout ?? ''}${e.stderr ?? ''}`)
  }
}

/** Text of the body area only (the running header and footer cropped off), via pdftotext. */
export function bodyText(file: string): string {
  const info = tool('pdfinfo', [file])
  const [, width = '595', height = '842'] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []
  const w = Math.ceil(Number(width))
  const h = Math.floor(Number(height))
  return tool('pdftotext', [
    '-enc',
    'UTF-8',
    '-x',
    '0',
    '-y',
    '58',
    '-W',
    String(w),
    '-H',
    String(h - 58 - 56),
    file,
    '-'
  ])
}

/**
 * Whitespace and hyphen-minus removed: layout decides line breaks, and pdftotext joins a word
 * broken after a hyphen ("China-" / "Pakistan" → "ChinaPakistan"); words and their order are checked.
 */
export function squash(text: string): string {
  return text.replace(/[\s-]+/g, '')
}

type QpdfObjects = Record<string, {value?: unknown; stream?: {dict: Record<string, unknown>}}>

/** Outline titles (depth-first) and named destinations, read with `qpdf --json`. */
export function readNavigation(file: string): {
  outline: Array<{title: string; depth: number; fit: boolean; page: number}>
  destinations: string[]
} {
  const json = JSON.parse(tool('qpdf', ['--json', file])) as {outlines: Outline[]; qpdf: [unknown, QpdfObjects]}
  interface Outline {
    title: string
    dest: unknown[]
    kids: Outline[]
    destpageposfrom1: number
  }
  const outline: Array<{title: string; depth: number; fit: boolean; page: number}> = []
  const walk = (items: Outline[], depth: number) => {
    for (const item of items) {
      outline.push({title: item.title, depth, fit: item.dest?.[1] === '/Fit', page: item.destpageposfrom1})
      walk(item.kids, depth + 1)
    }
  }
  walk(json.outlines, 0)
  const objects = json.qpdf[1]
  const get = (ref: unknown): Record<string, unknown> => {
    const entry = typeof ref === 'string' ? objects[`obj:${ref}`] : undefined
    return (entry?.value ?? entry?.stream?.dict ?? ref) as Record<string, unknown>
  }
  const catalog = Object.values(objects)
    .map((o) => o.value as Record<string, unknown> | undefined)
    .find((v) => v?.['/Type'] === '/Catalog')!
  const destinations: string[] = []
  const names = (node: Record<string, unknown>) => {
    const list = node['/Names'] as unknown[] | undefined
    if (list) for (let i = 0; i < list.length; i += 2) destinations.push(String(list[i]).replace(/^u:/, ''))
    for (const kid of (node['/Kids'] as unknown[] | undefined) ?? []) names(get(kid))
  }
  const dests = get(get(catalog['/Names'])['/Dests'])
  names(dests)
  return {outline, destinations}
}

/** A link annotation as `readLinks` gives it. */
export interface LinkAnnotation {
  structParent: boolean
  contents: string
  /** The action's type: `/GoTo` (this document), `/GoToR` (another PDF), `/URI`. */
  action: string
  /** The named destination (`/D`), for go-to actions. */
  destination: string
  /** For `/GoToR`: the file specification's `/F` and `/UF`, else empty. */
  file: string
  unicodeFile: string
  /** For `/URI`: the address, else empty. */
  uri: string
}

/** Link annotations of a file: whether each has a StructParent, its Contents, its action and destination. */
export function readLinks(file: string): LinkAnnotation[] {
  const json = JSON.parse(tool('qpdf', ['--json', file])) as {qpdf: [unknown, QpdfObjects]}
  const objects = json.qpdf[1]
  const get = (ref: unknown) =>
    (typeof ref === 'string' && ref.endsWith(' R') ? objects[`obj:${ref}`]?.value : ref) as Record<string, unknown>
  return Object.values(objects)
    .map((o) => o.value as Record<string, unknown> | undefined)
    .filter((v): v is Record<string, unknown> => v?.['/Subtype'] === '/Link')
    .map((v) => {
      const action = get(v['/A'])
      const spec = (action?.['/F'] ?? {}) as Record<string, unknown>
      return {
        structParent: typeof v['/StructParent'] === 'number',
        contents: String(v['/Contents'] ?? '').replace(/^u:/, ''),
        action: String(action?.['/S'] ?? ''),
        destination: String(action?.['/D'] ?? '').replace(/^u:/, ''),
        file: String(spec['/F'] ?? '').replace(/^u:/, ''),
        unicodeFile: String(spec['/UF'] ?? '').replace(/^u:/, ''),
        uri: String(action?.['/URI'] ?? '').replace(/^u:/, '')
      }
    })
}

/**
 * The briefing of `corpus` as the CLI assembles it, with `memo` kept in `store` (name and inputs →
 * bytes) when given, else made every time; its bytes, messages and how many pieces were made.
 * The job holds only the parts, passed through JSON as a worker hands them on: loading a whole
 * publication or reading one of the format's own files fails.
 */
export async function briefingOf(corpus: Corpus, store?: Map<string, Uint8Array>) {
  const context = {
    collection: corpus.collection,
    buildDate: resolveBuildDate(corpus.publications, undefined),
    paper: 'a4' as const,
    assets: readAssets()
  }
  const heads = corpus.publications.map(headOf)
  const parts: unknown[] = []
  for (const [index, publication] of corpus.publications.entries()) {
    const result = await renderPublication({
      ...context,
      report: () => {},
      publication,
      previous: heads[index - 1] ?? null,
      next: heads[index + 1] ?? null,
      attachments: []
    })
    parts.push(JSON.parse(JSON.stringify(result.part)))
  }
  const messages: Array<Message | string> = []
  let made = 0
  const job: CollectionJob = {
    ...context,
    report: (message) => messages.push(message),
    heads,
    parts: async function* () {
      for (const [index, head] of heads.entries()) yield {head, part: parts[index]}
    },
    publication: async (id) => {
      throw new Error(`loaded ${id}`)
    },
    attachments: [],
    part: async (index) => parts[index],
    partKeys: heads.map((head) => head.id),
    ownFile: (file) => Promise.reject(new Error(`the briefing reads no file of its own, asked ${file}`)),
    memo: async (name, inputs, make) => {
      const key = `${name} ${JSON.stringify(inputs)}`
      const kept = store?.get(key)
      if (kept) return kept
      made += 1
      const bytes = await make()
      store?.set(key, bytes)
      return bytes
    }
  }
  const chunks: Uint8Array[] = []
  for await (const entry of renderCollection(job)) {
    if (entry.path !== 'briefing.pdf') throw new Error(`expected briefing.pdf, got ${entry.path}`)
    if (!('chunks' in entry)) throw new Error('expected a stream')
    for await (const chunk of entry.chunks) chunks.push(chunk as Uint8Array)
  }
  return {bytes: Buffer.concat(chunks), messages, made}
}

/**
 * The block elements of a structure tree's article (`pdfinfo -struct-text`), in order: each
 * element's type ("H1", "P", "H2") and its text, its runs joined (where lines break is the layout's).
 */
export function articleBlocks(file: string): Array<{type: string; text: string}> {
  const elements: Array<{type: string; text: string}> = []
  let article = false
  for (const line of tool('pdfinfo', ['-struct-text', file]).split('\n')) {
    if (/^ {2}\S/.test(line)) article = line === '  Art'
    const element = /^\s+(\w+) \(block\)$/.exec(line)
    const run = /^\s+"(.*)"$/.exec(line)
    if (article && element) elements.push({type: element[1]!, text: ''})
    else if (article && run && elements.length > 0) elements.at(-1)!.text += run[1]
  }
  return elements
}
