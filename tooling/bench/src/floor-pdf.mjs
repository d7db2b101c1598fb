#!/usr/bin/env node
/**
 * The PDF floor: pdfkit laying out the same text with no structure — the renderer's body font
 * (Source Serif 4, embedded), size and leading, left-aligned, no tagging, outline, TOC, running
 * footers or links. Like Dossier's PDF renderer, which writes one PDF per interview and the
 * collection's briefing with every interview again, it lays the text out twice: one PDF per
 * document, then one PDF with all of them. What the renderer cannot beat.
 *
 *   node floor-pdf.mjs <markdown dir> <out dir> [font.ttf]
 */
import {createWriteStream, mkdirSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import PDFDocument from 'pdfkit'

const [dir, out, font] = process.argv.slice(2)
mkdirSync(out, {recursive: true})
let pages = 0

function open(file) {
  const doc = new PDFDocument({size: 'A4', info: {CreationDate: new Date(0), ModDate: new Date(0)}})
  if (font) doc.font(font)
  doc.fontSize(10.5)
  doc.on('pageAdded', () => pages++)
  pages++
  const done = new Promise((resolve) => doc.pipe(createWriteStream(file)).on('finish', resolve))
  return {doc, done}
}

function lay(doc, text) {
  for (const paragraph of text.split(/\n{2,}/))
    if (paragraph.trim()) doc.text(paragraph.trim(), {lineGap: 3.6, paragraphGap: 6})
}

const names = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort()
const texts = names.map((name) =>
  readFileSync(path.join(dir, name), 'utf8')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replaceAll('**', '')
)
for (const [i, name] of names.entries()) {
  const {doc, done} = open(path.join(out, name.replace(/\.md$/, '.pdf')))
  lay(doc, texts[i])
  doc.end()
  await done
}
const all = open(path.join(out, 'collection.pdf'))
texts.forEach((text, i) => {
  if (i > 0) all.doc.addPage()
  lay(all.doc, text)
})
all.doc.end()
await all.done
process.stdout.write(`${JSON.stringify({pages})}\n`)
