/** Shared test fixtures: the real corpus, the assets as the CLI would read them, a site on disk. */
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildCorpus, type Corpus, type OutputFile, type RenderOptions, type SourceInput} from '@dossier/core'
import {assetFiles, render} from '../src/index.js'

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
