/** Render the repository's sources to test-artifacts/out (a development aid, like the CLI would). */
import {readFileSync, readdirSync, mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {buildCorpus, resolveBuildDate} from '@dossier/core'
import {assetFiles, render} from '../dist/index.js'

const root = new URL('../../../sources/', import.meta.url).pathname
const paper = process.argv[2] ?? 'a4'
const sources = readdirSync(root)
  .filter((f) => /\.(txt|md)$/.test(f))
  .map((path) => ({path, bytes: new Uint8Array(readFileSync(join(root, path))), meta: null}))
const corpus = buildCorpus({
  sources,
  collection: {path: 'collection.yaml', text: readFileSync(join(root, 'collection.yaml'), 'utf8')}
})
const assets = Object.fromEntries(Object.entries(assetFiles).map(([k, v]) => [k, new Uint8Array(readFileSync(v))]))
const started = performance.now()
const files = await render(corpus, {
  buildDate: resolveBuildDate(corpus.publications, undefined),
  paper,
  attachments: [],
  assets,
  report: (m) => console.error(m)
})
console.error(`rendered in ${Math.round(performance.now() - started)} ms`)
const out = new URL('../test-artifacts/out/', import.meta.url).pathname
mkdirSync(out, {recursive: true})
for (const file of files) writeFileSync(join(out, file.path), file.contents)
console.log(files.map((f) => f.path).join('\n'))
