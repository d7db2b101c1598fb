/**
 * Plain-text helpers shared by every part of the book. XML 1.0 forbids most control characters
 * (https://www.w3.org/TR/xml/#charsets) and EPUBCheck stops with FATAL on one, so every string
 * that reaches a template or a tree passes through `cleanText` first.
 */

// C0 controls except tab, line feed and carriage return; DEL and C1 controls; lone surrogates;
// the non-characters U+FFFE/U+FFFF.
const forbidden =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Remove characters that are not allowed (or not wise) in XHTML text and attributes. */
export function cleanText(value: string): string {
  return value.replace(forbidden, '')
}

/** Clean a string and collapse its white space, for titles, labels and metadata. */
export function cleanLabel(value: string): string {
  return cleanText(value).replace(/\s+/g, ' ').trim()
}

/** Escape text for XML content or a double-quoted attribute. */
export function escapeXml(value: string): string {
  return cleanText(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Cut a label to `max` characters at a word boundary, with an ellipsis. */
export function shorten(value: string, max: number): string {
  if (value.length <= max) return value
  const cut = value.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`
}
