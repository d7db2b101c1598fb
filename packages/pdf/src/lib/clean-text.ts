/**
 * Text as pdfkit should see it. Soft hyphens (U+00AD) corrupt later hyphens in pdfkit's line breaker,
 * and control characters have no glyphs, so both go; every other character is kept.
 */

/** C0/C1 controls except tab and line feed, soft hyphen, and the BOM. */
const unwanted = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\ufeff]/g

/** Remove characters pdfkit must not see; tabs become spaces. */
export function cleanText(text: string): string {
  return text.replace(unwanted, '').replace(/\t/g, ' ')
}

/** Clean text on one line (titles, outline entries, table cells). */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim()
}
