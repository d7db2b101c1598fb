/**
 * The pdfkit document with the settings a reproducible, tagged PDF needs.
 * PDF 1.7 (1.3 writes no XMP), `tagged`, `lang`, `displayTitle`; dates from the build, never the clock.
 */
import PDFDocument from 'pdfkit'
import {cleanLine} from './clean-text.js'

/** What goes into the document information dictionary and the XMP packet. */
export interface DocumentInfo {
  title: string
  author: string
  subject: string
  keywords: string
  lang: string
  paper: 'a4' | 'letter'
  /** ISO 8601 instant (`options.buildDate`). */
  date: string
}

/** Escape text for the XMP packet, which pdfkit writes without escaping. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** A new buffered, tagged document with fixed dates (so the file ID and bytes are reproducible). */
export function createDocument(
  info: DocumentInfo,
  margins: {top: number; bottom: number; left: number; right: number}
): PDFKit.PDFDocument {
  const date = new Date(info.date)
  if (Number.isNaN(date.getTime()))
    throw new Error(`@dossier/pdf: expected options.buildDate as an ISO 8601 instant, got "${info.date}"`)
  const doc = new PDFDocument({
    size: info.paper === 'letter' ? 'LETTER' : 'A4',
    margins,
    bufferPages: true,
    autoFirstPage: false,
    pdfVersion: '1.7',
    tagged: true,
    lang: info.lang,
    displayTitle: true,
    compress: true,
    info: {
      Title: cleanLine(info.title),
      Author: cleanLine(info.author),
      Subject: cleanLine(info.subject),
      Keywords: cleanLine(info.keywords),
      Creator: 'Dossier',
      Producer: 'Dossier with PDFKit',
      CreationDate: date,
      ModDate: date
    }
  } as PDFKit.PDFDocumentOptions)
  escapeMetadata(doc)
  return doc
}

/** pdfkit copies the info values into XMP verbatim: give it escaped copies while it writes XMP only. */
function escapeMetadata(doc: PDFKit.PDFDocument): void {
  const target = doc as unknown as {info: Record<string, unknown>; endMetadata: () => void}
  const endMetadata = target.endMetadata
  target.endMetadata = function (this: typeof target) {
    const info = this.info
    this.info = Object.fromEntries(
      Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? escapeXml(value) : value])
    )
    try {
      endMetadata.call(this)
    } finally {
      this.info = info
    }
  }
}
