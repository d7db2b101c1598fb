/**
 * epub-gen-memory's exported `EPub` class, made pure and reproducible: the identifier comes from
 * the model instead of a random UUID, fonts and cover come from bytes instead of downloads, and
 * every zip entry gets the build date instead of the current time.
 */
import {EPub, type Options} from 'epub-gen-memory'
import type {BookFont} from './fonts.js'
import type {Chapter} from './chapter.js'
import type {PackageModel} from './metadata.js'
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
    const date = this.modified
    this.zip.forEach((_path, file) => {
      file.date = date
    })
    return this.generateAsync({
      type: 'uint8array',
      mimeType: 'application/epub+zip',
      compression: 'DEFLATE',
      compressionOptions: {level: 9}
    })
  }
}
