/** Types for html-encoding-sniffer (jsdom's WHATWG encoding sniffer), which ships none. */
declare module 'html-encoding-sniffer' {
  interface SniffOptions {
    xml?: boolean
    transportLayerEncodingLabel?: string
    defaultEncoding?: string
  }
  /** The WHATWG name of the encoding: BOM, then the `<meta charset>` prescan, then the default. */
  function sniffHtmlEncoding(bytes: Uint8Array, options?: SniffOptions): string
  export = sniffHtmlEncoding
}
