/**
 * Saved web pages (`test/pages/<behaviour>/input.html`, invented content in real page structures):
 * each is normalized and compared with its reviewed `expected.json`, which includes where every
 * metadata field came from and what the extractor left out. The same interview saved as HTML and
 * copied as text gives the same questions and answers; declared charsets are honoured and a
 * declaration the bytes contradict is a warning.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {Nodes} from 'mdast'
import {describe, expect, it} from 'vitest'
import {normalizeSource, type Publication} from '../src/index.js'
import {project} from './helpers/project.js'

const root = path.join(import.meta.dirname, 'pages')
const names = readdirSync(root).sort()

function normalizePage(name: string, file = 'input.html'): Publication {
  const bytes = readFileSync(path.join(root, name, file))
  const result = normalizeSource({path: `${name}${path.extname(file)}`, bytes, meta: null})
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '))
  return result.publication
}

const html = (body: string, head = '') =>
  `<!doctype html><html><head>${head}<title>A test page</title></head><body><article>${body}</article></body></html>`
const interview =
  '<h1>A test page</h1><p>Mira Tan talked to us about maps, charts and the long history of the sea chart in the harbour town.</p><p><strong>Why maps?</strong></p><p>Because they show what words cannot, and they do it at a glance for anyone who can read them.</p>'

function decodePage(bytes: Uint8Array): Publication {
  const result = normalizeSource({path: 'page.html', bytes, meta: null})
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '))
  return result.publication
}
const bytesOf = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)))

describe('normalizeSource on saved web pages', () => {
  for (const name of names) {
    it(`reads ${name} as reviewed in expected.json`, async () => {
      const p = normalizePage(name)
      const view = {
        ...project(p),
        lang: p.lang,
        url: p.url,
        source: p.source.format,
        from: p.inference.page,
        titleReason: p.inference.title,
        ledger: p.lines
          .map((role, i) => (role === 'blank' ? null : `${i + 1} ${role}`))
          .filter(Boolean)
          .join(', ')
      }
      await expect(`${JSON.stringify(view, null, 2)}\n`).toMatchFileSnapshot(path.join(root, name, 'expected.json'))
    })
  }

  it('gives the same questions and answers for an interview saved as HTML and copied as text', () => {
    const saved = normalizePage('wordpress-qa')
    const copied = normalizePage('wordpress-qa', 'copied.txt')
    const qa = (p: Publication) => p.qa.map((q) => ({question: q.question.text, answer: q.answer.map((b) => b.text)}))
    expect(saved.qa.length).toBe(4)
    expect(qa(saved)).toEqual(qa(copied))
    expect(saved.title.text).toBe(copied.title.text)
    expect(saved.notes.map((b) => b.text)).toEqual(copied.notes.map((b) => b.text))
  })

  it('reads metadata below the sidecar: the editor still wins, marked as such', () => {
    const bytes = readFileSync(path.join(root, 'jsonld-date-disagrees', 'input.html'))
    const result = normalizeSource({
      path: 'page.html',
      bytes,
      meta: {path: 'page.meta.yaml', text: 'date: 2021-06-03\ntitle: Night bus\n'}
    })
    if (!result.ok) throw new Error('not ok')
    expect(result.publication.date).toMatchObject({value: '2021-06-03', source: 'editor'})
    expect(result.publication.title.text).toBe('Night bus')
    expect(result.publication.warnings.map((w) => w.code)).not.toContain('metadata/date-disagrees')
    expect(result.publication.inference.page?.map((f) => f.field)).not.toContain('date')
  })

  it('lists every line that shows text: nothing on the page is dropped silently', () => {
    for (const name of names) {
      const p = normalizePage(name)
      const unclassified = p.removed.filter((r) => r.rule === 'structure/unclassified')
      expect(unclassified, name).toEqual([])
      // Removed entries carry the words a reader saw, never markup.
      for (const r of p.removed) expect(r.text, `${name}:${r.line}`).not.toMatch(/<[a-z][^>]*>/i)
    }
  })
})

describe('decoding a saved page', () => {
  it('decodes windows-1256 Arabic as the page declares, without a warning', () => {
    const p = normalizePage('arabic-windows-1256')
    expect(p.title.text).toBe('حوار مع مهندسة المياه سلمى الحداد')
    expect(p.inference.page?.[0]).toEqual({field: 'encoding', value: 'windows-1256', evidence: 'declared by the page'})
    expect(p.warnings.filter((w) => w.code.startsWith('encoding/'))).toEqual([])
  })

  it('decodes KOI8-R and GB18030 pages', () => {
    const russian = decodePage(
      bytesOf(
        '<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=KOI8-R"><title>T</title></head><body><p>',
        [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4],
        ' ',
        '</p></body></html>'
      )
    )
    expect(russian.inference.page?.[0]?.value).toBe('KOI8-R')
    expect(russian.body.map((b) => b.text).join(' ')).toContain('Привет')
    const chinese = decodePage(
      bytesOf(
        '<!doctype html><html><head><meta charset="gb18030"><title>T</title></head><body><p>',
        [0xc4, 0xe3, 0xba, 0xc3],
        '</p></body></html>'
      )
    )
    expect(chinese.body.map((b) => b.text).join(' ')).toContain('你好')
  })

  it('warns when a page declares windows-1252 but its bytes are UTF-8, and reads UTF-8', () => {
    const p = decodePage(
      new Uint8Array(
        Buffer.from(
          html(interview.replace('maps, charts', 'maps, charts — «cartes» —'), '<meta charset="windows-1252">')
        )
      )
    )
    expect(p.warnings.map((w) => w.code)).toContain('encoding/mismatch')
    expect(p.intro.map((b) => b.text).join(' ')).toContain('«cartes»')
  })

  it('warns when a page declares UTF-8 but holds windows-1252 bytes, and reads windows-1252', () => {
    const p = decodePage(bytesOf(html(interview.replace('maps,', 'maps (caf\u00e9),'), '<meta charset="utf-8">')))
    const warning = p.warnings.find((w) => w.code === 'encoding/mismatch')
    expect(warning?.message).toMatch(/declares UTF-8 but byte \d+ \(0xe9\) is not UTF-8; decoded as windows-1252/)
    expect(p.intro.map((b) => b.text).join(' ')).toContain('café')
  })

  it('refuses an empty page and a binary file with an error naming the file', () => {
    expect(normalizeSource({path: 'empty.html', bytes: new Uint8Array(), meta: null})).toMatchObject({
      ok: false,
      errors: [{code: 'input/empty', file: 'empty.html'}]
    })
    const binary = normalizeSource({
      path: 'x.html',
      bytes: bytesOf('<meta charset="utf-8">', [0, 1, 2, 0, 0]),
      meta: null
    })
    expect(binary).toMatchObject({ok: false, errors: [{code: 'input/binary'}]})
  })
})

describe('a hostile page', () => {
  const p = normalizePage('hostile')
  const trees = [...p.intro, ...p.qa.flatMap((q) => q.answer), ...p.body].map((b) => b.tree as Nodes)
  const walk = (node: Nodes, visit: (node: Nodes) => void) => {
    visit(node)
    if ('children' in node) for (const child of node.children) walk(child as Nodes, visit)
  }

  it('keeps only http(s), mailto and in-page link targets, resolving relative ones against the canonical address', () => {
    const urls: string[] = []
    for (const tree of trees) walk(tree, (node) => node.type === 'link' && urls.push(node.url))
    expect(urls).toEqual(['https://quietpress.example/about'])
  })

  it('keeps images as their alt text and drops everything that runs or loads', () => {
    const text = [p.title.text, ...p.qa.flatMap((q) => [q.question.text, ...q.answer.map((b) => b.text)])].join(' ')
    expect(text).toContain('A brass padlock, opened')
    expect(text).not.toMatch(/alert\('|evil\.example|svg text|Your browser cannot play|\u0001/)
    const codes = p.warnings.map((w) => w.code)
    for (const code of [
      'safety/script',
      'safety/style',
      'safety/embed',
      'safety/form',
      'safety/event-handler',
      'safety/image',
      'safety/unsafe-link',
      'safety/base',
      'safety/refresh',
      'safety/control-characters',
      'metadata/bad-json-ld'
    ])
      expect(codes).toContain(code)
  })

  it('keeps markup-looking text as text', () => {
    expect(p.intro[0]!.text).toContain('<script>alert(“reader”)</script>')
    expect(p.qa.at(-1)!.question.text).toBe('Is ]]> or --> or <!-- dangerous in a sentence?')
  })
})
