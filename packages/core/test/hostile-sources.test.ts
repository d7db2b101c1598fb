/**
 * Hostile sources (issue 21, items 5 and 8): every limit a source can hit has a bound and a message
 * naming the file and the line, and never stops the build. Big inputs are generated here.
 */
import {describe, expect, it} from 'vitest'
import {buildCorpus, formatMessage, normalizeSource, parseCollection} from '../src/index.js'
import type {Message, SourceInput} from '../src/index.js'
import {boundMarkdown} from '../src/lib/read/bound-markdown.js'

const encoder = new TextEncoder()
const source = (path: string, text: string, meta: SourceInput['meta'] = null): SourceInput => ({
  path,
  bytes: encoder.encode(text),
  meta
})
const codes = (messages: Message[]) => messages.map((m) => m.code)

/** Nine aliases of nine aliases…: 9^7 nodes once expanded. */
const aliasBomb = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  ...'bcdefg'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdef'[index]}`).join(', ')}]`)
].join('\n')

const article = 'Some text that is a paragraph of prose, long enough to publish on its own.\n'

describe('YAML alias bombs', () => {
  it('in front matter fail that source with an error naming the file and the line of the first alias', () => {
    const result = normalizeSource(source('bomb.md', `---\n${aliasBomb}\n---\n# Title\n\n${article}`))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toMatchObject([{file: 'bomb.md', line: 3, code: 'meta/yaml-aliases', severity: 'error'}])
  })

  it('in a sidecar fail that source naming the sidecar, and the others publish', () => {
    const corpus = buildCorpus({
      sources: [
        source('bomb.txt', `A title\n\n${article}`, {path: 'bomb.meta.yaml', text: aliasBomb}),
        source('good.txt', `Good title\n\n${article}`)
      ],
      collection: null
    })
    expect(corpus.publications.map((p) => p.source.path)).toEqual(['good.txt'])
    expect(corpus.failures).toMatchObject([{file: 'bomb.meta.yaml', line: 2, code: 'meta/yaml-aliases'}])
  })

  it('in collection.yaml are an error naming it and its line; the defaults are used', () => {
    const parsed = parseCollection({path: 'collection.yaml', text: `title: Mine\n${aliasBomb}\n`})
    expect(parsed.collection.title).toBe('Dossier')
    expect(parsed.errors).toMatchObject([{file: 'collection.yaml', line: 3, code: 'meta/yaml-aliases'}])
  })

  it('leave a few aliases alone', () => {
    const parsed = parseCollection({path: 'collection.yaml', text: 'title: &t Mine\ndescription: *t\n'})
    expect(parsed.errors).toEqual([])
    expect(parsed.collection.description).toBe('Mine')
  })
})

describe('characters XML cannot carry in YAML values', () => {
  it('are removed from a front-matter title with a warning naming the line', () => {
    const yaml = 'title: "Bad \\x01 \\uFFFE \\uD800 title ]]> & <x>"'
    const result = normalizeSource(source('ctl.md', `---\nlang: en\n${yaml}\n---\n\n${article}`))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.publication.title.text).toBe('Bad title ]]> & <x>')
    expect(result.publication.warnings).toContainEqual(
      expect.objectContaining({file: 'ctl.md', line: 3, code: 'text/control-characters'})
    )
  })
})

describe("characters XML cannot carry in a page's JSON-LD", () => {
  it('are removed from the headline and the author it gives', () => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'JSON \ufffe\ud800 headline\uffff',
      author: {'@type': 'Person', name: 'Ann \udfff Writer'}
    }).replace(/[\ud800-\udfff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
    const page = `<html lang="en"><head><script type="application/ld+json">${ld}</script></head><body><article><h1>JSON headline</h1><p>${article}</p></article></body></html>`
    const result = normalizeSource(source('ld.html', page))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.publication.title.text).toBe('JSON headline')
    expect(result.publication.people.map((p) => p.name)).toEqual(['Ann Writer'])
  })
})

describe('direction controls in titles', () => {
  it('lose an override and its terminator, with a warning naming the line; an RLM stays', () => {
    const yaml = 'title: "Invoice \\u202Efdp.exe\\u202C for \\u200FMarch"'
    const result = normalizeSource(source('rlo.md', `---\n${yaml}\n---\n\n${article}`))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.publication.title.text).toBe('Invoice fdp.exe for \u200fMarch')
    expect(result.publication.warnings).toContainEqual(
      expect.objectContaining({file: 'rlo.md', line: 2, code: 'text/bidi-controls'})
    )
  })

  it('lose an unpaired isolate in a headline read from text, and keep a paired one', () => {
    const text = `An \u2067unclosed title and a \u2068paired\u2069 one\n\n${article}`
    const result = normalizeSource(source('iso.txt', text))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.publication.title.text).toBe('An unclosed title and a \u2068paired\u2069 one')
    expect(result.publication.warnings).toContainEqual(
      expect.objectContaining({file: 'iso.txt', line: 1, code: 'text/bidi-controls'})
    )
  })
})

describe('deep nesting', () => {
  const page = (depth: number) =>
    `<html><body><article><h1>Deep page</h1><p>${article}</p>\n${'<div>'.repeat(depth)}<p>Words deep inside.</p>${'</div>'.repeat(depth)}</article></body></html>`

  it('in HTML (2,000 and 20,000 levels) is flattened with a warning naming the line, and the words are kept', () => {
    for (const depth of [2_000, 20_000]) {
      const started = performance.now()
      const result = normalizeSource(source('deep.html', page(depth)))
      expect(performance.now() - started, `${depth} levels`).toBeLessThan(30_000)
      expect(result.ok, `${depth} levels`).toBe(true)
      if (!result.ok) return
      expect(result.publication.warnings).toContainEqual(
        expect.objectContaining({file: 'deep.html', line: 3, code: 'html/too-deep'})
      )
      expect(result.publication.body.map((b) => b.text).join('\n')).toContain('Words deep inside.')
    }
  }, 60_000)

  it('in Markdown (10,000 block quotes, lists or emphases) is cut with a warning naming the line', () => {
    for (const deep of ['>'.repeat(10_000), '- '.repeat(10_000), `${'*a '.repeat(5_000)}x${' a*'.repeat(5_000)}`]) {
      const started = performance.now()
      const result = normalizeSource(source('deep.md', `# Deep\n\n${article}\n${deep} words\n`))
      expect(performance.now() - started).toBeLessThan(30_000)
      expect(result.ok).toBe(true)
      if (!result.ok) return
      expect(codes(result.publication.warnings)).toContain('markdown/too-deep')
      expect(result.publication.warnings.find((w) => w.code === 'markdown/too-deep')?.line).toBe(5)
    }
  }, 60_000)
})

describe('UTF-16 sources', () => {
  const text = `UTF-16 title\n\n${article}`
  const le = new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le'))
  const be = new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le').swap16())
  const bare = new Uint8Array(Buffer.from(text, 'utf16le'))

  it('are read, with a byte order mark (little and big endian) or without one', () => {
    for (const [name, bytes] of [
      ['le.txt', le],
      ['be.txt', be],
      ['bare.txt', bare]
    ] as const) {
      const result = normalizeSource({path: name, bytes, meta: null})
      expect(result.ok, name).toBe(true)
      if (result.ok) expect(result.publication.title.text, name).toBe('UTF-16 title')
    }
  }, 60_000)

  it('that are not valid UTF-16 are called so, not binary', () => {
    const broken = new Uint8Array([...le, 0x00, 0xd8, 0x41, 0x00])
    const result = normalizeSource({path: 'broken.txt', bytes: broken, meta: null})
    expect(result.ok ? [] : codes(result.errors)).toEqual(['input/invalid-utf16'])
  })
})

describe('formatMessage', () => {
  it('keeps a message on one line whatever the file is named, escaping controls and direction marks', () => {
    const line = formatMessage({
      file: 'evil\nname\u202e.txt',
      line: 3,
      code: 'x/y',
      severity: 'error',
      message: 'bad \u001b[31m'
    })
    expect(line).toBe('evil\\nname\\u202e.txt:3: error: bad \\x1b[31m [x/y]')
  })
})

describe('YAML nested deeper than its parser can go', () => {
  it('is an error naming the file and line, for front matter, sidecars and collection.yaml', () => {
    const deep = `title: ${'['.repeat(20_000)}${']'.repeat(20_000)}`
    const result = normalizeSource(source('deep.md', `---\n${deep}\n---\n# Title\n\n${article}`))
    expect(result.ok ? [] : result.errors).toMatchObject([{file: 'deep.md', line: 2, code: 'meta/yaml'}])
    expect(result.ok ? '' : result.errors[0]!.message).toMatch(/nested too deeply/)
    const parsed = parseCollection({path: 'collection.yaml', text: `- ${'- '.repeat(20_000)}x\n`})
    expect(parsed.errors).toMatchObject([{file: 'collection.yaml', line: 1, code: 'meta/yaml'}])
  }, 60_000)
})

describe('boundMarkdown', () => {
  it('leaves a list of 2,000 items marked with * alone: its markers are not emphasis', () => {
    const list = Array.from({length: 2_000}, (_, index) => `* item ${index} with _some_ emphasis`).join('\n')
    const bounded = boundMarkdown('list.md', `${list}\n`)
    expect(bounded.text.split('\n').filter((line) => line.startsWith('* item')).length).toBe(2_000)
  })
})
