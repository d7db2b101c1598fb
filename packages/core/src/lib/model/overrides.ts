/**
 * What an editor may set by hand, in Markdown front matter or a `NAME.meta.yaml` sidecar.
 * Overrides always win over inference and are marked `source: "editor"`.
 */
import type {Kind, OutletRole, PersonRole} from './publication.js'

export interface Overrides {
  id?: string
  kind?: Kind
  title?: string
  subtitle?: string | null
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string | null
  lang?: string
  url?: string | null
  people?: Array<{name: string; role: PersonRole; affiliation?: string | null}>
  outlets?: Array<{name: string; role: OutletRole; detail?: string | null; url?: string | null}>
}

/** `sources/collection.yaml`; every field optional. */
export interface CollectionFile {
  id?: string
  title?: string
  description?: string
  publisher?: string
  /** BCP 47 tag; `language` is accepted as an alias. */
  lang?: string
  language?: string
  rights?: string
  baseUrl?: string | null
  paper?: 'a4' | 'letter'
  /** Full texts in the PDF briefing up to this many publications (default 25). */
  briefingFullTexts?: number
  /** Publications whose key points the PDF briefing quotes above `briefingFullTexts` (default 50). */
  briefingKeyPoints?: number
  /** Full answers in the site's search index up to this many publications (default 1,000). */
  searchFullTexts?: number
  /** Publications per shard of the site's search index, roughly (default 64). */
  searchShardSize?: number
}
