/**
 * The briefing alone at any collection size: `node scripts/briefing-scale.mjs <parts folder> <copies> [out.pdf]`
 * (after `pnpm build`). The folder holds briefing parts as JSON, one file each (the bodies of a build's
 * `p-` store entries, past their 48-byte seal); they are repeated `copies` times under new ids, written
 * to a temporary folder and read back one at a time, as the CLI's store gives them, and the briefing
 * is assembled from them. Prints its pages, bytes and CPU seconds; run it under
 * `/usr/bin/time -f "%M KB"` for the peak memory.
 */
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parseCollection} from '@dossier/core'
import {assetFiles, renderCollection} from '../dist/index.js'

const [folder, copiesText = '1', out] = process.argv.slice(2)
const copies = Number(copiesText)
const originals = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')))
  .sort((a, b) => (a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : 0))
const scratch = mkdtempSync(join(tmpdir(), 'briefing-scale-'))
const heads = []
for (let copy = 0; copy < copies; copy++)
  for (const part of originals) {
    const id = copy === 0 ? part.id : `${part.id}-${copy + 1}`
    const renamed = {...part, id, summary: {...part.summary, id}, keyPoints: {...part.keyPoints, id}}
    writeFileSync(join(scratch, `${heads.length}.json`), JSON.stringify(renamed))
    heads.push(renamed.summary)
  }
const partAt = async (index) => JSON.parse(readFileSync(join(scratch, `${index}.json`), 'utf8'))
const assets = Object.fromEntries(Object.entries(assetFiles).map(([k, v]) => [k, new Uint8Array(readFileSync(v))]))
const {collection} = parseCollection({path: 'collection.yaml', text: 'title: Scale\nlang: en\n'})
const cpu = process.cpuUsage()
let bytes = 0
const chunks = []
for await (const entry of renderCollection({
  collection,
  buildDate: '2025-01-01T00:00:00Z',
  paper: 'a4',
  assets,
  report: () => {},
  heads,
  parts: async function* () {
    for (const [index, head] of heads.entries()) yield {head, part: await partAt(index)}
  },
  part: partAt,
  partKeys: heads.map((head) => head.id),
  publication: async (id) => {
    throw new Error(`loaded ${id}`)
  },
  attachments: [],
  ownFile: async (file) => {
    throw new Error(`asked ${file}`)
  },
  memo: async (_name, _inputs, make) => make()
}))
  for await (const chunk of entry.chunks) {
    bytes += chunk.byteLength
    if (out) chunks.push(chunk)
  }
const used = process.cpuUsage(cpu)
if (out) writeFileSync(out, Buffer.concat(chunks))
rmSync(scratch, {recursive: true})
const pages = out ? (readFileSync(out, 'latin1').match(/\/Type \/Page\n/g) ?? []).length : null
console.log(
  `${heads.length} publications: ${pages ?? '?'} pages, ${bytes} bytes, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU`
)
