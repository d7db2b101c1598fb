/**
 * Web addresses of a collection's pages, for formats that link back to the site (the PDF's and
 * EPUB's "Online" lines and question links, the briefing's links when a publication's own PDF may
 * not travel with it). A publication's page is `<id>.html` at the site's root (the site's rule,
 * `pagePath` in the HTML format), so the address is the collection's `baseUrl` joined with it.
 */
import type {Collection} from '../model/publication.js'

/**
 * The absolute address of publication `id`'s page, with `#fragment` (a question's id, `q3`) when
 * given; null when the collection has no `baseUrl` (a site opened from disk has no address).
 * Throws a `TypeError` when `baseUrl` is not an absolute URL (collection.yaml is checked before).
 */
export function pageAddress(
  collection: Pick<Collection, 'baseUrl'>,
  id: string,
  fragment?: string | null
): string | null {
  const base = collection.baseUrl
  if (!base) return null
  const page = new URL(`${id}.html`, base.endsWith('/') ? base : `${base}/`).href
  return fragment ? `${page}#${fragment}` : page
}
