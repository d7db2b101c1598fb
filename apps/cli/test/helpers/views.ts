/**
 * Text views of each output format, so content can be compared across formats:
 * the site's pages through a real HTML parser, the EPUB's XHTML in spine order, the PDF through
 * poppler's pdftotext. Whitespace and typography are normalized the same way for all.
 */
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fromHtml} from 'hast-util-from-html'
import {toText} from 'hast-util-to-text'
import {languages} from '@dossier/core'
import JSZip from 'jszip'

/**
 * Collapse whitespace; ignore soft hyphens, zero-width characters and the bidi controls
 * (U+200E/F, U+202A–E, U+2066–9) that pdftotext writes around right-to-left runs.
 */
export const norm = (text: string) =>
  text
    .replace(/[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()

/** Visible text of an HTML page. */
export function htmlText(file: string): string {
  return norm(toText(fromHtml(readFileSync(file, 'utf8')), {whitespace: 'normal'}))
}

/** Text of an EPUB's content documents in spine order. */
export async function epubText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file))
  const container = await zip.file('META-INF/container.xml')!.async('string')
  const opfPath = /full-path="([^"]+)"/.exec(container)![1]!
  const opf = await zip.file(opfPath)!.async('string')
  const base = path.posix.dirname(opfPath)
  const hrefs = new Map(
    [...opf.matchAll(/<item\b[^>]*>/g)].map(([tag]) => [/id="([^"]+)"/.exec(tag)![1]!, /href="([^"]+)"/.exec(tag)![1]!])
  )
  const spine = [...opf.matchAll(/<itemref\b[^>]*idref="([^"]+)"/g)].map((m) => hrefs.get(m[1]!)!)
  const parts: string[] = []
  for (const href of spine) {
    const xhtml = await zip.file(path.posix.join(base, decodeURIComponent(href)))!.async('string')
    parts.push(toText(fromHtml(xhtml), {whitespace: 'normal'}))
  }
  return norm(parts.join(' '))
}

/**
 * Text of a PDF, as poppler extracts it, without the running header and footer lines (`furniture`:
 * exact lines such as the collection and publication titles, and "page X of Y"). pdftotext joins
 * words hyphenated at line ends and drops the hyphen, so hyphens are removed for comparison; use
 * `pdfNorm` on needles.
 */
export function pdfText(file: string, furniture: string[] = []): string {
  const skip = new Set(furniture.map(norm))
  const lines = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {encoding: 'utf8', maxBuffer: 1 << 28}).split(
    '\n'
  )
  return pdfNorm(lines.filter((line) => !skip.has(norm(line)) && !pageFooter.test(norm(line))).join('\n'))
}

/** The running footer ("page 3 of 9") in every language of core's interface tables. */
const pageFooter = new RegExp(
  `^(?:${Object.values(languages)
    .map((table) => table.pageOfPages)
    .filter((pattern): pattern is string => typeof pattern === 'string')
    .map((pattern) => pattern.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{page\}|\{pages\}/g, '\\d+'))
    .join('|')})$`,
  'iu'
)

/** Chinese and Japanese characters and their full-width punctuation: no space separates them. */
const cjk = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef]'
const cjkGap = new RegExp(`(?<=${cjk})\\s+(?=${cjk})`, 'gu')

/**
 * Normalize text for comparison with `pdfText`: a line that wraps inside a Chinese run comes back
 * from pdftotext with a line end between two characters, so spaces between CJK characters go (in
 * the expected text too); likewise a line may break after a solidus ("Road/" then "OBOR", UAX #14),
 * so white space after one goes. Note markers, "[1]" in the model's text, are superscript numbers in the
 * PDF: brackets around a number go on both sides.
 */
export const pdfNorm = (text: string) =>
  norm(
    text
      .replace(/[-\u2010\u2011]\s*/g, '')
      .replace(cjkGap, '')
      .replace(/\/\s+/g, '/')
      .replace(/\[(\d+)\]/g, '$1')
  )

/**
 * Find each needle in order in the haystack; return the first one missing (or null).
 * Order matters: a paragraph found only before its predecessor is reported as missing.
 */
export function missingInOrder(
  haystack: string,
  needles: string[],
  normalize: (text: string) => string = norm
): string | null {
  let from = 0
  for (const needle of needles) {
    const at = haystack.indexOf(normalize(needle), from)
    if (at < 0) return needle
    from = at + 1
  }
  return null
}
