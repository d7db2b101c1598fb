/** Shared test fixtures: the real corpus, the assets as the CLI would read them, a site on disk. */
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  buildCorpus,
  type CollectionJob,
  type Corpus,
  contentKey,
  headOf,
  type OutputFile,
  type Publication,
  type RenderOptions,
  type SourceInput
} from '@dossier/core'
import {assetFiles, htmlFormat, render} from '../src/index.js'

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
export const sourcesDir = join(repoRoot, 'sources')

/** Read `sources/` the way the CLI does and normalize it. */
export function readCorpus(extra: SourceInput[] = []): Corpus {
  const names = readdirSync(sourcesDir)
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort()
  const sources: SourceInput[] = names.map((name) => {
    const metaName = name.replace(/\.[^.]+$/, '.meta.yaml')
    const meta = names.includes(metaName)
      ? {path: metaName, text: readFileSync(join(sourcesDir, metaName), 'utf8')}
      : null
    return {path: name, bytes: readFileSync(join(sourcesDir, name)), meta}
  })
  const collectionText = readFileSync(join(sourcesDir, 'collection.yaml'), 'utf8')
  return buildCorpus({sources: [...sources, ...extra], collection: {path: 'collection.yaml', text: collectionText}})
}

/** Read every asset the renderer declares, as the CLI does. */
export function loadAssets(): Record<string, Uint8Array> {
  return Object.fromEntries(Object.entries(assetFiles).map(([name, path]) => [name, readFileSync(path)]))
}

/** Default render options for tests. */
export function options(attachments: OutputFile[] = []): RenderOptions {
  return {buildDate: '2024-05-22T00:00:00.000Z', paper: 'a4', attachments, assets: loadAssets()}
}

/** Render a corpus and write it into a fresh temporary folder; returns the folder and files. */
export async function buildSite(
  corpus: Corpus,
  attachments: OutputFile[] = []
): Promise<{dir: string; files: OutputFile[]}> {
  const files = await render({collection: corpus.collection, publications: corpus.publications}, options(attachments))
  const dir = mkdtempSync(join(tmpdir(), 'dossier-site-'))
  for (const file of files) {
    const path = join(dir, file.path)
    mkdirSync(dirname(path), {recursive: true})
    writeFileSync(path, file.contents)
  }
  return {dir, files}
}

/** A file's contents as text. */
export function text(file: OutputFile | undefined): string {
  if (!file) throw new Error('expected a file')
  return typeof file.contents === 'string' ? file.contents : new TextDecoder().decode(file.contents)
}

/** A source written inline in a test, as the CLI would read it. */
export function sourceOf(path: string, content: string): SourceInput {
  return {path, bytes: new TextEncoder().encode(content), meta: null}
}

/**
 * Hostile sources: markup, event handlers, `javascript:` links and remote images in every place a
 * source can put text (title, intro, question, answer, notes), in Markdown and in plain text.
 */
export const hostileSources: SourceInput[] = [
  sourceOf(
    'zz-hostile.md',
    [
      '---',
      'title: "<script>alert(\'title\')</script> Hostile <img src=x onerror=alert(1)>"',
      'date: 2020-01-02',
      'people:',
      '  - {name: "Eve <b>Evil</b>", role: interviewee}',
      '---',
      '',
      'An intro with <script>window.pwned = 1</script> and [a bad link](javascript:window.pwned=2) and <img src=x onerror="window.pwned=3">.',
      '',
      '**1. What does <script>window.pwned=4</script> do?**',
      '',
      'It is <img src="http://evil.example/beacon.png" onerror="window.pwned=5"> text. ![beacon](http://evil.example/b.png) <iframe src="http://evil.example"></iframe>',
      '',
      '**2. And a "quoted" </h2><h1>fake</h1> heading?**',
      '',
      'Answer with `<code>` & ampersands < less than.',
      ''
    ].join('\n')
  ),
  sourceOf(
    'zz-hostile2.txt',
    [
      'Plain <script>window.pwned=6</script> title',
      '',
      'Welcome <img src=x onerror=window.pwned=7> to an interview given by Jane Doe to John Roe.',
      '',
      '1. Is <a href="javascript:window.pwned=8">this</a> a link?',
      '',
      'No: <svg onload=window.pwned=9></svg> it is text. </script><script>window.pwned=10</script>',
      '',
      '2. Really?',
      '',
      'Yes.',
      ''
    ].join('\n')
  )
]

/** How `collectWithMemo` keeps pieces and reads the publications' own files. */
export interface MemoOptions {
  /** Rewrite a publication's own file as `ownFile` reads it (a stale or damaged copy). */
  tamper?: (path: string, bytes: Uint8Array) => Uint8Array
  /**
   * Whether the memo's key holds the context (collection, build date, paper) as the CLI's does
   * (default), or only the piece's name and inputs, to test which inputs a piece declares itself.
   */
  contextInKey?: boolean
}

/**
 * The site's collection files of `corpus`, rendered publication by publication and then as a
 * collection whose `memo` keeps pieces in `kept` between calls; `made` counts the pieces made anew
 * by name.
 */
export async function collectWithMemo(
  corpus: Corpus,
  kept: Map<string, Uint8Array>,
  {tamper = (_, bytes) => bytes, contextInKey = true}: MemoOptions = {}
): Promise<{made: Record<string, number>; files: OutputFile[]}> {
  const heads = corpus.publications.map(headOf)
  const context = {collection: corpus.collection, buildDate: options().buildDate, paper: 'a4' as const}
  const assets = loadAssets()
  const parts: unknown[] = []
  const own = new Map<string, Uint8Array>()
  for (const [index, publication] of corpus.publications.entries()) {
    const result = await htmlFormat.renderPublication({
      ...context,
      assets,
      report: () => {},
      publication,
      previous: heads[index - 1] ?? null,
      next: heads[index + 1] ?? null,
      attachments: []
    })
    parts.push(result.part)
    for (const file of result.files) if ('contents' in file) own.set(file.path, Buffer.from(file.contents))
  }
  const made: Record<string, number> = {}
  const job: CollectionJob = {
    ...context,
    assets,
    report: () => {},
    heads,
    attachments: [],
    parts: async function* () {
      for (const [index, head] of heads.entries()) yield {head, part: parts[index]}
    },
    publication: async (id) => corpus.publications.find((publication) => publication.id === id) as Publication,
    part: async (index) => parts[index],
    partKeys: parts.map((part) => contentKey(part)),
    ownFile: async (path) => {
      const file = own.get(path)
      if (!file) throw new Error(`no ${path}`)
      return tamper(path, file)
    },
    memo: async (name, inputs, make) => {
      const key = contextInKey ? contentKey(context, name, inputs) : contentKey(name, inputs)
      const stored = kept.get(key)
      if (stored) return stored
      made[name] = (made[name] ?? 0) + 1
      const bytes = await make()
      kept.set(key, bytes)
      return bytes
    }
  }
  const files: OutputFile[] = []
  for await (const entry of htmlFormat.renderCollection(job)) if ('contents' in entry) files.push(entry)
  return {made, files}
}
