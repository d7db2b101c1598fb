/**
 * Layout speed for a synthetic ~300-page briefing: the real sources repeated under new ids.
 * Run after `pnpm build`: `node scripts/speed.mjs [copies]`. Prints pages per second.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {buildCorpus, resolveBuildDate} from '@dossier/core'
import {assetFiles, render} from '../dist/index.js'

const root = new URL('../../../sources/', import.meta.url).pathname
const copies = Number(process.argv[2] ?? 12)
const sources = readdirSync(root)
  .filter((f) => /\.(txt|md)$/.test(f))
  .map((path) => ({path, bytes: new Uint8Array(readFileSync(join(root, path))), meta: null}))
const corpus = buildCorpus({
  sources,
  collection: {path: 'collection.yaml', text: readFileSync(join(root, 'collection.yaml'), 'utf8')}
})
const publications = Array.from({length: copies}, (_, i) =>
  corpus.publications.map((p) => ({...p, id: `${p.id}-copy-${i + 1}`}))
).flat()
const assets = Object.fromEntries(Object.entries(assetFiles).map(([k, v]) => [k, new Uint8Array(readFileSync(v))]))
const options = {buildDate: resolveBuildDate(publications, undefined), paper: 'a4', attachments: [], assets}
const pagesOf = (bytes) =>
  (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type \/Page\n/g) ?? []
  ).length
await render({collection: corpus.collection, publications: corpus.publications}, options) // warm up
const started = performance.now()
const cpu = process.cpuUsage()
const files = await render({collection: corpus.collection, publications}, options)
const seconds = (performance.now() - started) / 1000
const used = process.cpuUsage(cpu)
const cpuSeconds = (used.user + used.system) / 1e6
const briefing = pagesOf(files[0].contents)
const total = files.reduce((sum, f) => sum + pagesOf(f.contents), 0)
console.log(
  `briefing: ${briefing} pages; all ${files.length} files: ${total} pages in ${seconds.toFixed(2)} s → ${(total / seconds).toFixed(0)} pages/s wall, ${(total / cpuSeconds).toFixed(0)} pages per CPU-second (${cpuSeconds.toFixed(2)} s CPU; other processes share the cores)`
)
