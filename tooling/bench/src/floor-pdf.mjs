#!/usr/bin/env node
/**
 * The PDF floor: pdfkit laying out the same text with no structure — one PDF per document, the
 * renderer's body font (Source Serif 4, embedded), size and leading, left-aligned, no tagging,
 * outline, TOC, running footers or links. What Dossier's PDF renderer cannot beat.
 *
 *   node floor-pdf.mjs <markdown dir> <out dir> <font.ttf>
 */
import {createWriteStream, mkdirSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import PDFDocument from 'pdfkit'

const [dir, out, font] = process.argv.slice(2)
mkdirSync(out, {recursive: true})
let pages = 0
for (const name of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
  const text = readFileSync(path.join(dir, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '').replaceAll('**', '')
  const doc = new PDFDocument({size: 'A4', info: {CreationDate: new Date(0), ModDate: new Date(0)}})
  if (font) doc.font(font)
  doc.fontSize(10.5)
  doc.on('pageAdded', () => pages++)
  pages++
  const done = new Promise((resolve) => doc.pipe(createWriteStream(path.join(out, name.replace(/\.md$/, '.pdf')))).on('finish', resolve))
  for (const paragraph of text.split(/\n{2,}/)) if (paragraph.trim()) doc.text(paragraph.trim(), {lineGap: 3.6, paragraphGap: 6})
  doc.end()
  await done
}
process.stdout.write(`${JSON.stringify({pages})}\n`)
