/**
 * Property test over every XML file a build writes (issue 21, item 7): for generated hostile titles,
 * names, collection fields and text — `]]>`, markup, C0/C1 controls, U+FFFE/U+FFFF, lone surrogates,
 * direction controls — the site's feed.xml and sitemap.xml, every XML file of every EPUB (XHTML, OPF,
 * NCX, SVG) and the XMP packet of every PDF are well-formed XML 1.0. They are parsed by saxes, which
 * reports every well-formedness error the specification defines (xmldom, the parser fuzz.test.ts
 * uses, accepts `]]>` in text and U+FFFE), and every text file must be a well-formed string (no lone
 * surrogate: written as UTF-8 it would silently become U+FFFD).
 *
 * CI is deterministic: it runs the committed seeds below. With FUZZ_EXPLORE=1 a new seed is drawn
 * and FUZZ_RUNS cases run (default 200); FUZZ_SEED=n replays one seed. A counterexample's seed is
 * printed: add it to `seeds` and the failing input as a test of its own.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {buildCorpus, type OutputFile, type RendererModule, type SourceInput} from '@dossier/core'
import * as epub from '@dossier/epub'
import * as html from '@dossier/html'
import * as pdf from '@dossier/pdf'
import fc from 'fast-check'
import JSZip from 'jszip'
import {SaxesParser} from 'saxes'
import {afterAll, describe, expect, it} from 'vitest'
import {readAssets} from '../src/index.js'

const seeds = [21, 20261206]
const runsPerSeed = 4

const renderers = [epub, pdf, html] as unknown as RendererModule[]
const assets = new Map(await Promise.all(renderers.map(async (r) => [r.format, await readAssets(r)] as const)))
const dir = mkdtempSync(path.join(tmpdir(), 'dossier-xml-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** Every well-formedness error of an XML document, each with its place and the file's name. */
function xmlErrors(xml: string, name: string): string[] {
  const errors: string[] = []
  const parser = new SaxesParser({xmlns: true})
  parser.on('error', (error) => errors.push(`${name}: ${error.message}`))
  parser.write(xml).close()
  return errors
}

/** Pieces XML and text layers choke on. */
const piece = fc.oneof(
  fc.constantFrom(
    ']]>',
    '<![CDATA[x]]>',
    '<x a="b">',
    '&',
    '&amp;',
    '"',
    "'",
    '-->',
    '<?xml version="1.0"?>',
    '\u0000',
    '\u0001',
    '\u0008',
    '\u000b',
    '\u000c',
    '\u001f',
    '\u007f',
    '\u0085',
    '\u009f',
    '\ufffe',
    '\uffff',
    '\ud800',
    '\udfff',
    '\udbff\udfff',
    '\u202e',
    '\u202d',
    '\u2066',
    '\u2069',
    '\u200f',
    '\u00ad',
    '\ufeff',
    'é',
    'e\u0301',
    '👩‍👩‍👧',
    'عربي',
    '漢字'
  ),
  fc.string({unit: 'binary', maxLength: 6})
)
const hostile = fc
  .array(fc.oneof(piece, fc.constantFrom('Title', 'words', ' ')), {minLength: 1, maxLength: 8})
  .map((parts) => parts.join(''))
/** A YAML double-quoted scalar (JSON strings are YAML): escapes carry any code unit into the value. */
const quoted = (text: string) => JSON.stringify(text)

const source = fc
  .record({title: hostile, name: hostile, outlet: hostile, question: hostile, answer: hostile, body: hostile})
  .map(({title, name, outlet, question, answer, body}) =>
    [
      '---',
      `title: ${quoted(title)}`,
      `subtitle: ${quoted(`${body} subtitle`)}`,
      `people: [{name: ${quoted(`${name}x`)}, role: interviewee}, {name: ${quoted(`Ann ${name}`)}, role: interviewer}]`,
      `outlets: [{name: ${quoted(`${outlet}o`)}, role: original}]`,
      '---',
      '',
      `Intro ${body} with enough words to be read as prose.`,
      '',
      `**1. ${question} what happened?**`,
      '',
      `${answer} This is the answer, long enough to publish.`,
      ''
    ].join('\n')
  )
const collection = fc.record({title: hostile, description: hostile, publisher: hostile, rights: hostile}).map(
  (fields) =>
    `${Object.entries(fields)
      .map(([key, value]) => `${key}: ${quoted(`${value}c`)}`)
      .join('\n')}\nbaseUrl: "https://example.org/news/"\nlang: en\n`
)
const build = fc.record({sources: fc.array(source, {minLength: 1, maxLength: 2}), collection})

/** The XML of a PDF's XMP packet (qpdf writes the streams uncompressed). */
function xmpOf(file: OutputFile): string {
  const target = path.join(dir, path.basename(file.path))
  writeFileSync(target, file.contents)
  const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', target, '-'], {maxBuffer: 1 << 28})
  const start = qdf.indexOf('<?xpacket begin')
  const end = qdf.indexOf('<?xpacket end', start)
  expect(start, `${file.path} has an XMP packet`).toBeGreaterThan(-1)
  return qdf.subarray(start, qdf.indexOf('?>', end) + 2).toString('utf8')
}

/** The property: every XML file of the build is well-formed. */
async function holds({sources, collection}: {sources: string[]; collection: string}): Promise<void> {
  const inputs: SourceInput[] = sources.map((text, index) => ({
    path: `s${index}.md`,
    bytes: new TextEncoder().encode(text),
    meta: null
  }))
  const corpus = buildCorpus({sources: inputs, collection: {path: 'collection.yaml', text: collection}})
  if (corpus.publications.length === 0) return
  const errors: string[] = []
  const options = {buildDate: '2024-01-01T00:00:00.000Z', paper: 'a4' as const, attachments: [], report: () => {}}
  for (const renderer of renderers) {
    const files = await renderer.render(
      {collection: corpus.collection, publications: corpus.publications},
      {...options, assets: assets.get(renderer.format)!}
    )
    for (const file of files) {
      if (typeof file.contents === 'string' && loneSurrogate.test(file.contents))
        errors.push(`${file.path}: a lone surrogate`)
      if (/\.xml$/.test(file.path)) errors.push(...xmlErrors(String(file.contents), file.path))
      if (file.path.endsWith('.pdf')) errors.push(...xmlErrors(xmpOf(file), `${file.path} XMP`))
      if (file.path.endsWith('.epub')) {
        const zip = await JSZip.loadAsync(file.contents)
        for (const name of Object.keys(zip.files).filter((n) => /\.(xhtml|opf|ncx|xml|svg)$/.test(n)))
          errors.push(...xmlErrors(await zip.file(name)!.async('string'), `${file.path}/${name}`))
      }
    }
  }
  expect(errors).toEqual([])
}

const explore = process.env['FUZZ_EXPLORE'] === '1' || process.env['FUZZ_SEED'] !== undefined

// Only one of the two suites is registered, so no run reports a skipped test.
if (!explore)
  describe('every XML output on hostile titles and text (committed seeds)', () => {
    it('is well-formed when a title holds ]]>, controls, noncharacters and a lone surrogate', async () => {
      await holds({
        sources: [
          `---\ntitle: "Bad ]]> title \\u0001 \\uFFFE \\uD800 \\u202Eend"\n---\n\nSome text that is a paragraph.\n`
        ],
        collection: 'title: "Co ]]> \\uFFFF"\nbaseUrl: "https://example.org/"\n'
      })
    }, 120_000)
    it.each(seeds)(
      `is well-formed for ${runsPerSeed} generated builds of seed %i`,
      async (seed) => {
        await fc.assert(fc.asyncProperty(build, holds), {numRuns: runsPerSeed, seed})
      },
      600_000
    )
  })

if (explore)
  describe('every XML output on hostile titles and text (exploring)', () => {
    const seed =
      process.env['FUZZ_SEED'] !== undefined
        ? Number(process.env['FUZZ_SEED'])
        : (Date.now() ^ (Math.random() * 0x7fffffff)) >>> 0
    const runs = Number(process.env['FUZZ_RUNS'] ?? 200)
    it(
      `is well-formed for ${runs} generated builds of seed ${seed}`,
      async () => {
        process.stdout.write(`xml fuzz: seed ${seed}, ${runs} runs\n`)
        const result = await fc.check(fc.asyncProperty(build, holds), {numRuns: runs, seed})
        if (result.failed)
          process.stdout.write(
            `xml fuzz: COUNTEREXAMPLE seed ${seed}; add it to the seeds of apps/cli/test/xml-outputs.test.ts:\n${JSON.stringify(result.counterexample?.[0], null, 2)}\n`
          )
        expect(result.failed, result.failed ? `seed ${seed}: ${String(result.errorInstance)}` : '').toBe(false)
      },
      24 * 3_600_000
    )
  })
