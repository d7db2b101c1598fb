/**
 * A document's layout state from start to bytes: the tagged pdfkit document with the base faces
 * registered, and at the end the page furniture, the structure tree closed and the file's bytes.
 */
import type {Collection, Words} from '@dossier/core'
import {createDocument, type DocumentInfo} from './document.js'
import {forgetGlyphs} from './flow.js'
import type {Fonts} from './fonts.js'
import {renderFurniture} from './furniture.js'
import {shareShaping} from './shaping-cache.js'
import {margins, type State} from './state.js'

/** A new document described by `info`, laid out with `fonts` and labelled with `words`. */
export function startDocument(collection: Collection, info: DocumentInfo, fonts: Fonts, words: Words): State {
  const doc = createDocument(info, margins)
  const registered = new Set<string>()
  // Sharing the shaping selects each face; the document's current font stays pdfkit's own.
  const current = doc as unknown as {_font: unknown}
  const initial = current._font
  // The faces and DejaVu are registered up front; script fonts on first use (flow.ts).
  for (const [name, font] of fonts.registry) {
    if (!fonts.isBase(name)) continue
    forgetGlyphs(font)
    doc.registerFont(name, font as unknown as string)
    shareShaping(doc, name)
    registered.add(name)
  }
  current._font = initial
  const output = collect(doc)
  outputs.set(doc, output)
  const root = doc.struct('Document')
  doc.addStructure(root)
  const state: State = {
    doc,
    fonts,
    collection,
    source: null,
    missing: new Map(),
    registered,
    root,
    width: 0,
    headers: [],
    runningHeader: undefined,
    pageOf: new Map(),
    lang: info.lang,
    words
  }
  doc.on('pageAdded', () => {
    compactPage(doc, state.headers.length - 1)
    output.drain()
    state.headers.push(state.runningHeader)
    state.width = doc.page.width - margins.left - margins.right
  })
  return state
}

/** Draw the furniture, close the structure tree and end the document; its bytes, in chunks. */
export function finishDocument(state: State): Promise<Uint8Array[]> {
  renderFurniture(state)
  state.root.end()
  const {doc} = state
  const output = outputs.get(doc)!
  output.drain()
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = []
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
    doc.on('end', () => resolve([...output.chunks(), ...chunks]))
    doc.on('error', reject)
    doc.end()
  })
}

/** Each document's bytes, gathered while it is laid out (see `collect`). */
const outputs = new WeakMap<PDFKit.PDFDocument, Output>()

interface Output {
  /** Take what pdfkit has written so far. */
  drain: () => void
  /** Every chunk, once the document has ended. */
  chunks: () => Uint8Array[]
}

/**
 * Gather what pdfkit writes as it goes, not only at the end: it writes each object as it ends
 * (structure elements, annotations, actions) as several small buffers, which a stream nobody reads
 * keeps apart (at thousands of pages, hundreds of thousands of them). Draining the stream at each
 * new page (`read()` joins what is buffered) keeps a few large buffers; the bytes are the same.
 */
function collect(doc: PDFKit.PDFDocument): Output {
  const joined: Uint8Array[] = []
  const drain = () => {
    const chunk = doc.read() as Uint8Array | null
    if (chunk) joined.push(chunk)
  }
  return {
    drain,
    chunks: () => {
      drain()
      return joined
    }
  }
}

/**
 * Join the content chunks of a page that is left: pdfkit keeps one small buffer per drawing
 * operation until the document ends, which at thousands of pages costs far more than the bytes.
 * The stream is the same concatenation either way; later writes (furniture, contents) append.
 */
function compactPage(doc: PDFKit.PDFDocument, index: number): void {
  const pages = (doc as unknown as {_pageBuffer: Array<{content: {buffer: Uint8Array[]}}>})._pageBuffer
  const content = pages[index - (doc as unknown as {_pageBufferStart: number})._pageBufferStart]?.content
  if (content && content.buffer.length > 1) content.buffer = [new Uint8Array(Buffer.concat(content.buffer))]
}
