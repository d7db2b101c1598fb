/**
 * epub-gen-memory's exported `EPub` class, made pure and reproducible: the identifier comes from
 * the model instead of a random UUID, fonts and cover come from bytes instead of downloads, and
 * every zip entry gets the build date instead of the current time. A large book (the collection) is
 * written as a stream whose content documents come compressed from the publications' books (`toChunks`).
 */
import {PassThrough} from 'node:stream'
import {EPub, type Options} from 'epub-gen-memory'
import type {JobContext} from '@dossier/core'
import type {Chapter} from './chapter.js'
import type {CompressedEntry} from './compressed.js'
import {renderCss} from './css.js'
import {type BookFont, bookFontsOf, fontBytes} from './fonts.js'
import type {PackageModel} from './metadata.js'
import {subsetScriptFonts} from './script-fonts.js'
import {chapterXHTML, contentOPF, tocNCX, tocXHTML} from './templates.js'

/** Everything one book is made of. */
export interface BookInput {
  book: PackageModel
  chapters: Chapter[]
  css: string
  cover: {svg: string}
  fonts: Array<{font: BookFont; bytes: Uint8Array}>
  /** Told about anything epub-gen-memory changed in our markup (it should never need to). */
  report: (message: string) => void
}

/** What a `ReproducibleEPub` is made of, before the fonts and the job's report are added. */
export interface BookModel {
  book: PackageModel
  /** Front matter, then the content documents. */
  chapters: Chapter[]
  coverSvg: string
  /** Source Serif 4's subsets the book's text needs (`fontSubsetsFor`). */
  fontSubsets: string[]
  /** The characters a script font may draw (`scriptCharactersOf`): the Noto subsets are cut to them. */
  scriptCharacters: string
}

/** A `ReproducibleEPub` of `model`, with the job's fonts (Noto subsets cut for its text) and report. */
export async function toBook(model: BookModel, job: Pick<JobContext, 'assets' | 'report'>): Promise<ReproducibleEPub> {
  const fonts = [
    ...fontBytes(job.assets, bookFontsOf(model.fontSubsets)),
    // The package's words too: the table of contents' title and landmarks are written from it.
    ...(await subsetScriptFonts(model.scriptCharacters + JSON.stringify(model.book), job.assets))
  ]
  return new ReproducibleEPub({
    book: model.book,
    chapters: model.chapters,
    css: renderCss(fonts.map(({font}) => font)),
    cover: {svg: model.coverSvg},
    fonts,
    report: job.report
  })
}

/** A book whose bytes depend on its input only. */
export class ReproducibleEPub extends EPub {
  private readonly fontData: Map<string, Uint8Array>
  private readonly modified: Date

  constructor(input: BookInput) {
    const options: Options & {book: PackageModel} = {
      title: input.book.title,
      author: input.book.people.filter((person) => person.element === 'creator').map((person) => person.name),
      publisher: input.book.publisher,
      description: input.book.description,
      date: input.book.modified,
      lang: input.book.lang,
      tocTitle: input.book.tocTitle,
      prependChapterTitles: false,
      css: input.css,
      cover: new File([input.cover.svg], 'cover.svg', {type: 'image/svg+xml'}),
      fonts: input.fonts.map(({font}) => ({filename: font.filename, url: `asset:${font.filename}`})),
      contentOPF,
      tocXHTML,
      tocNCX,
      chapterXHTML,
      version: 3,
      verbose: (type, ...args) => {
        if (type === 'warn') input.report(`epub-gen-memory: ${args.map(String).join(' ')}`)
      },
      book: input.book
    }
    super(options, input.chapters)
    this.uuid = input.book.identifier
    this.modified = new Date(input.book.modified)
    this.fontData = new Map(input.fonts.map(({font, bytes}) => [font.filename, bytes]))
    if (this.images.length > 0)
      throw new Error(`Expected no images in the content, got ${this.images.map((image) => image.url).join(', ')}`)
  }

  /** Fonts come from the CLI's assets, not from the network. */
  protected override async downloadAllFonts(): Promise<void> {
    const folder = this.zip.folder('OEBPS')!.folder('fonts')!
    for (const font of this.options.fonts) {
      const bytes = this.fontData.get(font.filename)
      if (!bytes) throw new Error(`Expected bytes for font ${font.filename}`)
      folder.file(font.filename, bytes)
    }
  }

  /** Render the book to bytes: fixed entry dates, `mimetype` first and stored. */
  async toBytes(): Promise<Uint8Array> {
    await this.render()
    this.stampDates()
    return this.generateAsync({type: 'uint8array', ...zipOptions})
  }

  /**
   * A content document as written into the book (after `toBytes` or `toChunks`): the template
   * filled with the chapter, after epub-gen-memory's own clean-up. `filename` is under `OEBPS/`.
   */
  async documentText(filename: string): Promise<string> {
    const file = this.zip.file(`OEBPS/${filename}`)
    if (!file) throw new Error(`Expected a content document OEBPS/${filename} in the book, got none`)
    return file.async('string')
  }

  /**
   * Render the book as zip chunks. The chapters named in `deferred` (file names under `OEBPS/`) were
   * given without content; their entries come already compressed from other books
   * (`compressedEntries`) and are written as they are. The bytes are those `toBytes` gives when the
   * chapters carry their content, since both books deflate with the same JSZip at the same level.
   */
  async *toChunks(deferred: Map<string, CompressedEntry>): AsyncGenerator<Uint8Array> {
    await this.render()
    const folder = this.zip.folder('OEBPS')!
    // Replacing an entry keeps its place in the zip (JSZip keys entries by name, in insertion order).
    for (const [filename, entry] of deferred) folder.file(filename, entry as never, {binary: true})
    this.stampDates()
    const zip = this.zip.generateNodeStream({type: 'nodebuffer', streamFiles: false, ...zipOptions})
    // JSZip's stream is an old `readable-stream`, not async-iterable: read it through a native one.
    const out = new PassThrough()
    zip.on('error', (error: Error) => out.destroy(error))
    for await (const chunk of zip.pipe(out)) yield chunk as Buffer
  }

  private stampDates(): void {
    const date = this.modified
    this.zip.forEach((_path, file) => {
      file.date = date
    })
  }
}

/** Zip settings of every book: `mimetype` is stored (epub-gen-memory adds it so), the rest deflated at level 9. */
const zipOptions = {
  mimeType: 'application/epub+zip',
  compression: 'DEFLATE',
  compressionOptions: {level: 9}
} as const
