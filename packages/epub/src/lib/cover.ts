/**
 * A generated cover: an SVG image (a core media type that EPUBCheck accepts as `cover-image`,
 * https://www.w3.org/TR/epub-33/#sec-cover-image) with the title, people, outlet and date in a
 * plain typographic layout. Text is wrapped by an estimate of glyph width, so the same facts always
 * give the same bytes.
 */
import {colonOf, interfaceWords} from '@dossier/core'
import {cleanLabel, escapeXml, shorten} from './text.js'

/** What the cover says. */
export interface CoverModel {
  /** Small line above the title (the kind of text or the collection's publisher). */
  kicker: string
  title: string
  /** Names, one per line. */
  people: string[]
  /** Outlet and date lines at the foot. */
  footer: string[]
  lang: string
}

const width = 1600
const height = 2560
const margin = 140
const paper = '#f6f1e7'
const ink = '#1b1b1b'
const band = '#1f2a44'
const accent = '#8c2f39'

/** Render the cover as an SVG document and a text alternative for its `<img>`. */
export function renderCover(model: CoverModel): {svg: string; alt: string} {
  const title = cleanLabel(model.title)
  const size = title.length <= 40 ? 124 : title.length <= 90 ? 104 : 84
  const titleLines = wrap(title, columnsAt(size * 1.05), 7)
  const people = model.people.map(cleanLabel).filter(Boolean).slice(0, 5)
  const footer = model.footer.map(cleanLabel).filter(Boolean)
  let y = 600 + size
  const parts: string[] = [
    `<rect width="${width}" height="${height}" fill="${paper}"/>`,
    `<rect width="${width}" height="380" fill="${band}"/>`,
    text(margin, 240, 60, paper, escapeXml(shorten(cleanLabel(model.kicker).toUpperCase(), 38)), 'letter-spacing="8"'),
    `<text font-family="'Source Serif 4', Georgia, 'Times New Roman', serif" font-size="${size}" font-weight="bold" fill="${ink}">`
  ]
  for (const line of titleLines) {
    parts.push(`<tspan x="${margin}" y="${y}">${escapeXml(line)}</tspan>`)
    y += Math.round(size * 1.18)
  }
  parts.push('</text>')
  y += 40
  parts.push(`<rect x="${margin}" y="${y}" width="260" height="14" fill="${accent}"/>`)
  y += 150
  for (const line of people.flatMap((person) => wrap(person, columnsAt(64), 2)).slice(0, 6)) {
    parts.push(text(margin, y, 64, ink, escapeXml(line)))
    y += 90
  }
  const footLines = footer.flatMap((line) => wrap(line, columnsAt(50), 2)).slice(0, 5)
  let footY = height - 160 - (footLines.length - 1) * 72
  for (const line of footLines) {
    parts.push(text(margin, footY, 50, ink, escapeXml(line)))
    footY += 72
  }
  // "Cover" from core's terms in the book's language, with its colon.
  const alt = [
    `${interfaceWords(model.lang).term('cover')}${colonOf(model.lang).trimEnd()} ${title}`,
    ...people,
    ...footer
  ].join('. ')
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" xml:lang="${escapeXml(model.lang)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(alt)}</title>`,
    ...parts,
    '</svg>',
    ''
  ].join('\n')
  return {svg, alt}
}

/** Characters per line at a font size, from an average glyph width of half an em. */
function columnsAt(size: number): number {
  return Math.floor((width - 2 * margin) / (size * 0.5))
}

function text(x: number, y: number, size: number, fill: string, content: string, extra = ''): string {
  return `<text x="${x}" y="${y}" font-family="'Source Serif 4', Georgia, 'Times New Roman', serif" font-size="${size}" fill="${fill}"${extra ? ` ${extra}` : ''}>${content}</text>`
}

/** Greedy word wrap to `columns` characters, at most `maxLines` lines (the last one shortened). */
export function wrap(value: string, columns: number, maxLines: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of value.split(' ')) {
    const candidate = line ? `${line} ${word}` : word
    if (candidate.length > columns && line) {
      lines.push(line)
      line = word
    } else line = candidate
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines.map((l) => shorten(l, columns))
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = shorten(`${kept[maxLines - 1]} ${lines[maxLines]}`, columns)
  if (!kept[maxLines - 1]!.endsWith('…')) kept[maxLines - 1] += '…'
  return kept
}
