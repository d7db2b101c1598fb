/**
 * Stable, URL-safe identifiers. The same ids are anchors on the site, EPUB fragment ids and PDF
 * named destinations, so they never depend on order of processing, time or chance.
 */
import slugify from '@sindresorhus/slugify'

export const idRe = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Longest generated publication id, cut at a word boundary. */
const maxLength = 90

/** `2017-07-pakistan-russia-bilateral-relations-…` from date and title, or the file name. */
export function publicationId(date: string | null, title: string, fileName: string): string {
  const base = slugify(title) || slugify(fileName.replace(/\.[^.]+$/, '')) || 'untitled'
  const full = date ? `${date}-${base}` : base
  return cut(full)
}

/** Anchor of the nth question (1-based). */
export function questionId(number: number): string {
  return `q${number}`
}

function cut(id: string): string {
  if (id.length <= maxLength) return id
  const trimmed = id.slice(0, maxLength)
  const boundary = trimmed.lastIndexOf('-')
  return boundary > 20 ? trimmed.slice(0, boundary) : trimmed.replace(/-+$/, '')
}
