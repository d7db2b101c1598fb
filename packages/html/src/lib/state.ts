/** What every page builder is handed: the facts every file of the site shares. */
import type {Collection} from '@dossier/core'

export interface State {
  collection: Collection
  /** ISO 8601 instant of the build (never the wall clock). */
  buildDate: string
  /**
   * Site-relative path of the stylesheet of `@font-face` rules for the page's scripts beyond Source
   * Serif 4's (see site-fonts.ts), linked after site.css; none for pages in its scripts only.
   */
  fonts?: string | null
}

/** Site-relative path of a publication's page. All pages sit at the root, so links stay relative and work from file://. */
export function pagePath(id: string): string {
  return `${id}.html`
}

/** Absolute URL of a site path when the collection has a base URL, else null. */
export function absoluteUrl(state: State, path: string): string | null {
  const base = state.collection.baseUrl
  if (!base) return null
  return new URL(path, base.endsWith('/') ? base : `${base}/`).href
}

/** Site-relative path of a person's page (`slug` from core's people index). */
export function personPath(slug: string): string {
  return `people/${slug}.html`
}

/** Site-relative path of an outlet's page. */
export function outletPath(slug: string): string {
  return `outlets/${slug}.html`
}

/** Site-relative path of the index page of people or of outlets. */
export function indexPath(index: 'people' | 'outlets'): string {
  return `${index}/index.html`
}
