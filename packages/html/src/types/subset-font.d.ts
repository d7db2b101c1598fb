/** Types for `subset-font` 2.9 (it ships none): the options Dossier uses. */
declare module 'subset-font' {
  interface Options {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2'
    keepFeatures?: string[]
    noLayoutClosure?: boolean
  }
  /** A subset of `font` holding the glyphs of `text` and those its layout features reach. */
  export default function subsetFont(font: Buffer, text: string, options?: Options): Promise<Buffer>
}
