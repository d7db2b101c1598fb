/**
 * Text views of an EPUB for tests: its entries, its spine in reading order, and the text of each
 * content document.
 */
import JSZip from 'jszip'

export interface Unzipped {
  zip: JSZip
  names: string[]
  /** Content documents in spine order: file name under OEBPS/ and XHTML. */
  spine: Array<{href: string; xhtml: string}>
  opf: string
}

/** Open an EPUB and read its spine from `OEBPS/content.opf`. */
export async function unzipEpub(bytes: Uint8Array): Promise<Unzipped> {
  const zip = await JSZip.loadAsync(bytes)
  const names = Object.keys(zip.files)
  const opf = await zip.file('OEBPS/content.opf')!.async('string')
  const hrefs = new Map([...opf.matchAll(/<item id="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]))
  const spine: Unzipped['spine'] = []
  for (const match of opf.matchAll(/<itemref idref="([^"]+)"/g)) {
    const href = hrefs.get(match[1]!)!
    spine.push({href, xhtml: await zip.file(`OEBPS/${href}`)!.async('string')})
  }
  return {zip, names, spine, opf}
}

/** Visible text of XHTML: tags removed, character references decoded. */
export function textOf(xhtml: string): string {
  const body = xhtml.replace(/^[\s\S]*?<body[^>]*>/, '').replace(/<\/body>[\s\S]*$/, '')
  return decode(body.replace(/<[^>]+>/g, ' '))
}

/** Text with every white-space character removed, for order-insensitive-to-layout comparison. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '')
}

function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
