/**
 * Property test over all four renderers (issue 6): for generated source-like documents nothing
 * throws, the dataset validates against its schema, every EPUB XML file parses as XML and holds no
 * script, the site holds no script of the source, and every PDF passes `qpdf --check` with no
 * JavaScript, launch or file actions. `pnpm fuzz` runs the same with FUZZ_RUNS cases.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {DOMParser} from '@xmldom/xmldom'
import {Ajv2020} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import {buildCorpus, type OutputFile, type RendererModule} from '@dossier/core'
import * as dataset from '@dossier/dataset'
import * as epub from '@dossier/epub'
import * as html from '@dossier/html'
import * as pdf from '@dossier/pdf'
import fc from 'fast-check'
import {fromHtml} from 'hast-util-from-html'
import JSZip from 'jszip'
import {describe, expect, it} from 'vitest'
import {readAssets} from '../src/index.js'
import {sourceSet} from './helpers/arbitraries.js'

const runs = Number(process.env['FUZZ_RUNS'] ?? 200)
const renderers: RendererModule[] = [dataset, epub, pdf, html] as unknown as RendererModule[]
const assets = new Map(await Promise.all(renderers.map(async (r) => [r.format, await readAssets(r)] as const)))
const ajv = new Ajv2020({allErrors: true, strict: true})
addFormats.default(ajv)
const validate = ajv.compile(dataset.publicationsSchema)
const text = (file: OutputFile) => (typeof file.contents === 'string' ? file.contents : Buffer.from(file.contents).toString('utf8'))

/** Parse XML strictly (any warning or error fails) and check no element is active. */
function parseXml(source: string, name: string): void {
  const problems: string[] = []
  // U+FFFD is a legal character (core warns about it in sources); xmldom merely notes it.
  const parser = new DOMParser({onError: (level, message) => (/replacement character/.test(message) ? undefined : problems.push(`${level}: ${message}`))})
  const document = parser.parseFromString(source, 'application/xml')
  expect(problems, name).toEqual([])
  const elements = document.getElementsByTagName('*')
  for (let index = 0; index < elements.length; index++) {
    const element = elements.item(index)!
    expect(['script', 'iframe', 'object', 'embed'].includes(element.localName ?? ''), `<${element.localName}> in ${name}`).toBe(false)
    for (let a = 0; a < element.attributes.length; a++) {
      const attribute = element.attributes.item(a)!
      expect(/^on/i.test(attribute.localName ?? ''), `${attribute.name} in ${name}`).toBe(false)
      if (/^(href|src)$/.test(attribute.localName ?? '')) expect(attribute.value, name).not.toMatch(/^\s*(javascript|data|vbscript):/i)
    }
  }
}

async function checkEpub(file: OutputFile): Promise<void> {
  const zip = await JSZip.loadAsync(file.contents)
  for (const name of Object.keys(zip.files).filter((n) => /\.(xhtml|opf|ncx|xml|svg)$/.test(n))) {
    const xml = await zip.file(name)!.async('string')
    parseXml(xml, `${file.path}/${name}`)
  }
}

function checkSite(file: OutputFile): void {
  const tree = fromHtml(text(file))
  const visit = (node: {type: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[]}) => {
    if (node.type === 'element') {
      if (node.tagName === 'script') {
        const type = String(node.properties?.['type'] ?? '')
        expect(node.properties?.['src'] !== undefined || type === 'application/ld+json', 'inline script').toBe(true)
        if (node.properties?.['src']) expect(String(node.properties['src'])).toMatch(/^(\.\.\/)*assets\//)
      }
      expect(['iframe', 'object', 'embed', 'img', 'svg'].includes(node.tagName ?? ''), `<${node.tagName}> in page`).toBe(false)
      for (const [key, value] of Object.entries(node.properties ?? {})) {
        expect(/^on/i.test(key), `${key} attribute`).toBe(false)
        if (key === 'href') expect(String(value)).not.toMatch(/^\s*(javascript|data|vbscript):/i)
      }
    }
    for (const child of (node.children ?? []) as Array<typeof node>) visit(child)
  }
  visit(tree as never)
}

function checkPdf(dir: string, file: OutputFile): void {
  const target = path.join(dir, path.basename(file.path))
  writeFileSync(target, file.contents)
  execFileSync('qpdf', ['--check', target], {stdio: 'pipe'})
  const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', target, '-'], {maxBuffer: 1 << 28}).toString('latin1')
  expect(qdf).not.toMatch(/\/(JavaScript|JS|Launch|SubmitForm|ImportData|GoToR|GoToE)\b/)
  for (const [, uri] of qdf.matchAll(/\/URI\s*\(([^)]*)\)/g)) expect(uri).toMatch(/^(https?:|mailto:)/)
}

describe('all four renderers on generated sources', () => {
  it(`hold their guarantees for ${runs} generated source sets`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dossier-fuzz-'))
    try {
      await fc.assert(
        fc.asyncProperty(sourceSet, async (sources) => {
          const corpus = buildCorpus({sources, collection: null})
          if (corpus.publications.length === 0) return
          const options = {buildDate: '2024-01-01T00:00:00.000Z', paper: 'a4' as const, attachments: [] as OutputFile[], report: () => {}}
          const input = {collection: corpus.collection, publications: corpus.publications}
          for (const renderer of renderers) {
            const files = await renderer.render(input, {...options, assets: assets.get(renderer.format)!})
            for (const file of files) {
              if (renderer.format === 'json' && file.path === 'publications.json') expect(validate(JSON.parse(text(file))), JSON.stringify(validate.errors)).toBe(true)
              if (renderer.format === 'epub') await checkEpub(file)
              if (renderer.format === 'html' && file.path.endsWith('.html')) checkSite(file)
              if (renderer.format === 'pdf') checkPdf(dir, file)
            }
          }
        }),
        {numRuns: runs, seed: process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : undefined}
      )
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  }, 3_600_000)
})
