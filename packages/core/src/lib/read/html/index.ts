/**
 * Read a saved web page (`NAME.html`, `NAME.htm`) into the normalizer's units: decode it in its
 * declared encoding, parse it with parse5 (nesting bounded, parse-page.ts), read its own metadata, make it inert, keep the
 * main text (Readability), convert it to mdast (hast-util-to-mdast) and flatten it with the same
 * code as Markdown. Lines stay the HTML file's lines; each line's text is what the page showed on it.
 */
import type {Element} from 'hast'
import type {Message, PageFactRecord, RemovedLine} from '../../model/publication.js'
import {messageAt} from '../../messages.js'
import type {Unit} from '../../normalize/unit.js'
import {cleanText} from '../clean-text.js'
import {unitsFromMdast} from '../units-from-markdown.js'
import {decodeHtml} from './decode-html.js'
import {pageLines} from './dropped-lines.js'
import {extractMain} from './extract-main.js'
import {makeInert} from './make-inert.js'
import {parsePage} from './parse-page.js'
import {type PageMeta, readPageMeta} from './read-page-meta.js'
import {pageToMdast} from './to-mdast.js'

export interface HtmlSource {
  /** Visible text per source line (index 0 is line 1); markup-only lines are empty. */
  lines: string[]
  units: Unit[]
  warnings: Message[]
  /** What was not kept (furniture, parts the extractor left out, forms), as text with reasons. */
  removed: RemovedLine[]
  /** Lines of thematic breaks, structure only. */
  rules: number[]
  meta: PageMeta
  /** Facts already settled by reading (the encoding), for `dossier check`. */
  record: PageFactRecord[]
}

export type ReadHtml = ({ok: true} & HtmlSource) | {ok: false; error: Message}

/** Read the bytes of a saved page; only an undecodable file is an error. */
export function readHtmlSource(file: string, bytes: Uint8Array): ReadHtml {
  const decoded = decodeHtml(file, bytes)
  if (!decoded.ok) return decoded
  const cleaned = cleanText(file, decoded.text, false)
  const {root, warnings: parseWarnings} = parsePage(file, cleaned.lines.join('\n'))
  const meta = readPageMeta(root)
  const warnings = [...decoded.warnings, ...cleaned.warnings, ...parseWarnings]
  if (meta.badJsonLd > 0)
    warnings.push(
      messageAt(
        file,
        'metadata/bad-json-ld',
        `${meta.badJsonLd} JSON-LD script(s) are not valid JSON and were ignored`,
        null
      )
    )

  const inert = makeInert(file, root, meta.urls[0]?.value ?? null)
  const html = root.children.find((n): n is Element => n.type === 'element' && n.tagName === 'html')
  const body = html?.children.find((n): n is Element => n.type === 'element' && n.tagName === 'body')
  if (!body) return {ok: false, error: messageAt(file, 'input/no-content', 'the page has no body', null, 'error')}
  const lines = pageLines(body, cleaned.lines.length)
  // The page's titles, also without a " - Site" suffix, to recognise its headline among the parts left out.
  const titles = meta.titles.flatMap((t) => [t.value, t.value.split(/\s+[|–—-]\s+/u)[0]!])
  const extracted = extractMain(file, body, titles)
  const md = unitsFromMdast(file, pageToMdast(extracted.content), (_item, index, list) =>
    String((list.start ?? 1) + index)
  )
  const record: PageFactRecord[] = [
    {
      field: 'encoding',
      value: decoded.encoding,
      evidence: decoded.declared
        ? decoded.declared === decoded.encoding
          ? 'declared by the page'
          : `declared ${decoded.declared}, bytes disagree`
        : 'not declared; read from the bytes'
    }
  ]
  return {
    ok: true,
    lines,
    units: md.units,
    warnings: [...warnings, ...inert.warnings, ...extracted.warnings, ...md.warnings],
    removed: [
      ...inert.removed,
      ...extracted.removed,
      // A template tag the page printed as text ("{% include share.html %}"): the generator's, not the text.
      ...md.templates.map((line) => ({
        line,
        text: lines[line - 1] ?? '',
        reason: "a site generator's template tag (Liquid, Hugo shortcode), not text",
        rule: 'markup/template-tag'
      }))
    ],
    rules: md.rules,
    meta,
    record
  }
}
