/**
 * A whole build: the collection description plus every source, normalized. One bad source is
 * reported and the others still publish; two sources claiming the same id is an error naming both;
 * a publication that fails the dataset's schema is an error naming the source and the field.
 */
import slugify from '@sindresorhus/slugify'
import type {CollectionFile} from './model/overrides.js'
import type {Collection, Corpus, Message, Publication, SourceInput} from './model/publication.js'
import {normalizeSource} from './normalize/index.js'
import type {RoleModel} from './normalize/roles/decode.js'
import {parseYaml} from './read/parse-yaml.js'
import {collectionSchema} from './read/schemas.js'
import {validatePublication} from './record/validate-record.js'
import {messageAt} from './messages.js'

export interface CorpusInput {
  sources: SourceInput[]
  /** `collection.yaml`, when present. */
  collection: {path: string; text: string} | null
  /** Called after each source is normalized (for progress lines). */
  onSource?: (path: string, index: number, total: number, result: 'ok' | 'failed') => void
  /** The role decoder's weights to normalize with (`pnpm eval`'s leave-one-family-out); default the fitted ones. */
  roleModel?: RoleModel
  /** The role decoder's weights with the ledger's votes (`pnpm eval`'s leave-one-family-out); default the fitted ones. */
  voteRoleModel?: RoleModel
}

/** Defaults for a collection that says nothing about itself. */
export const defaultCollection: Collection = {
  id: 'dossier',
  title: 'Dossier',
  description: '',
  publisher: 'Dossier',
  lang: 'en',
  rights: 'Texts remain the property of their authors and original publishers.',
  baseUrl: null,
  paper: 'a4',
  briefingFullTexts: 25,
  briefingKeyPoints: 50,
  searchFullTexts: 1000,
  searchShardSize: 64
}

/**
 * Parse `collection.yaml` (every field optional). `errors` holds what the build reports about the
 * file: errors (the defaults are used) and warnings (what was removed from a value, see `loadYaml`).
 */
export function parseCollection(file: {path: string; text: string} | null): {
  collection: Collection
  errors: Message[]
} {
  if (!file) return {collection: defaultCollection, errors: []}
  const parsed = parseYaml<CollectionFile>(file.path, file.text, collectionSchema)
  if (!parsed.ok) return {collection: defaultCollection, errors: [...parsed.warnings, ...parsed.errors]}
  const value = parsed.value
  const title = value.title ?? defaultCollection.title
  return {
    collection: {
      id: value.id ?? (slugify(title) || defaultCollection.id),
      title,
      description: value.description ?? defaultCollection.description,
      publisher: value.publisher ?? defaultCollection.publisher,
      lang: value.lang ?? value.language ?? defaultCollection.lang,
      rights: value.rights ?? defaultCollection.rights,
      baseUrl: value.baseUrl ?? null,
      paper: value.paper ?? defaultCollection.paper,
      briefingFullTexts: value.briefingFullTexts ?? defaultCollection.briefingFullTexts,
      briefingKeyPoints: value.briefingKeyPoints ?? defaultCollection.briefingKeyPoints,
      searchFullTexts: value.searchFullTexts ?? defaultCollection.searchFullTexts,
      searchShardSize: value.searchShardSize ?? defaultCollection.searchShardSize
    },
    errors: parsed.warnings
  }
}

/** One publication's claim to an id: its source and whether the id was inferred or set by an editor. */
export interface IdClaim {
  source: string
  id: string
  inferred: boolean
}

/** The id a claim gets (with the warning a renaming gives), or the error that refuses it. */
export type IdSettlement = {ok: true; id: string; warning: Message | null} | {ok: false; error: Message}

/**
 * The names of every collection file, in any format's folder, without extension: the site's
 * `index.html`, `browse.html` and `browse-<order>.html`, `search.html`, `404.html`, `feed.xml`, `robots.txt`, `sitemap.xml`, `assets/` and
 * `downloads/`; the PDF's `briefing.pdf`; the dataset's `publications.json`, `qa.csv`/`qa.jsonl`,
 * `datapackage.json` and `schema/`. A publication's files are `<id>.<extension>` in the same
 * folders, so no id may be one of these (a headline "Index" would otherwise lose its page to the
 * home page). Each format's tests check its collection files are named here.
 */
export const collectionFileStems: readonly string[] = [
  '404',
  'assets',
  'briefing',
  'browse',
  'browse-length',
  'browse-newest',
  'browse-oldest',
  'browse-title',
  'datapackage',
  'downloads',
  'feed',
  'index',
  'publications',
  'qa',
  'robots',
  'schema',
  'search',
  'sitemap'
]

/** Ids no publication may take: `collectionFileStems` and the collection's own id (its EPUB is `<collection id>.epub`). */
export function reservedIds(collection: Pick<Collection, 'id'>): ReadonlySet<string> {
  return new Set([...collectionFileStems, collection.id])
}

/**
 * Hand out ids in the order claims arrive (sources in path order). Two inferred ids that collide
 * (two articles under one section label, one headline twice) both publish, the later with a suffix
 * (`-2`, `-3`…) and an `id/renamed` warning; an id an editor set that is already taken is an
 * `id/duplicate` error naming both files. An inferred id that is `reserved` (a collection file's
 * name, see `reservedIds`) gets a suffix the same way (`id/reserved` warning); an editor's is an
 * `id/reserved` error. Used by `buildCorpus` and by the CLI's scheduled build.
 */
export function idRegistry(reserved: ReadonlySet<string> = new Set()): (claim: IdClaim) => IdSettlement {
  const owners = new Map<string, string>()
  const taken = (id: string) => owners.has(id) || reserved.has(id)
  return ({source, id, inferred}) => {
    let warning: Message | null = null
    if (reserved.has(id) && !inferred)
      return {
        ok: false,
        error: messageAt(
          source,
          'id/reserved',
          `id "${id}" is the name of a collection file (${[...reserved].sort().join(', ')}); set a different "id" in front matter or ${source.replace(/\.[^.]+$/, '')}.meta.yaml`,
          null,
          'error'
        )
      }
    if (taken(id) && inferred) {
      let n = 2
      while (taken(`${id}-${n}`)) n++
      const renamed = `${id}-${n}`
      warning = reserved.has(id)
        ? messageAt(
            source,
            'id/reserved',
            `the inferred id "${id}" is the name of a collection file; this publication is "${renamed}" (set "id" to choose one)`,
            null
          )
        : messageAt(
            source,
            'id/renamed',
            `the inferred id "${id}" is already used by ${owners.get(id)}; this publication is "${renamed}" (set "id" to choose one)`,
            null
          )
      id = renamed
    }
    const owner = owners.get(id)
    if (owner)
      return {
        ok: false,
        error: messageAt(
          source,
          'id/duplicate',
          `id "${id}" is already used by ${owner}; set a different "id" in front matter or ${source.replace(/\.[^.]+$/, '')}.meta.yaml`,
          null,
          'error'
        )
      }
    owners.set(id, source)
    return {ok: true, id, warning}
  }
}

/** Normalize every source, in path order, and check ids are unique. */
export function buildCorpus(input: CorpusInput): Corpus {
  const {collection, errors} = parseCollection(input.collection)
  const failures: Message[] = [...errors]
  const publications: Publication[] = []
  const claimId = idRegistry(reservedIds(collection))
  const sources = [...input.sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  for (const [index, source] of sources.entries()) {
    const result = normalizeSource(source, {
      lang: collection.lang,
      ...(input.roleModel ? {roleModel: input.roleModel} : {}),
      ...(input.voteRoleModel ? {voteRoleModel: input.voteRoleModel} : {})
    })
    // No renderer sees a publication its own dataset schema would reject.
    const invalid = result.ok ? validatePublication(result.publication) : result.errors
    input.onSource?.(source.path, index + 1, sources.length, invalid.length === 0 ? 'ok' : 'failed')
    if (!result.ok || invalid.length > 0) {
      failures.push(...invalid)
      continue
    }
    const settled = claimId({
      source: source.path,
      id: result.publication.id,
      inferred: result.publication.inference.id === 'inferred'
    })
    if (!settled.ok) {
      failures.push(settled.error)
      continue
    }
    if (settled.warning) result.publication.warnings.push(settled.warning)
    result.publication.id = settled.id
    publications.push(result.publication)
  }
  return {collection, publications, failures}
}

/**
 * The build's date, never the wall clock: `SOURCE_DATE_EPOCH` when set (reproducible-builds.org),
 * else the latest publication date, else the Unix epoch.
 */
export function resolveBuildDate(
  publications: ReadonlyArray<{date: {value: string} | null}>,
  sourceDateEpoch: string | undefined
): string {
  if (sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch)) {
    return new Date(Number(sourceDateEpoch) * 1000).toISOString()
  }
  const dates = publications
    .map((p) => p.date?.value)
    .filter((d): d is string => Boolean(d))
    .sort()
  const latest = dates.at(-1)
  if (!latest) return new Date(0).toISOString()
  const [year, month = '01', day = '01'] = latest.split('-')
  return `${year}-${month}-${day}T00:00:00.000Z`
}
