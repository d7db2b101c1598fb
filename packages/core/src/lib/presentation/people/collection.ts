/**
 * The collection's index of people and outlets, merged from each publication's part
 * (`peopleOf`). Two appearances are one person only when their names have the same key
 * (`nameKey`); labels and initials join a name only inside the publication whose normalizer read
 * them so (`PersonAppearance.reasons`). Every merge says why. Pure and order-free: the same parts
 * in any order give the same index.
 */
import {sameNameReason} from './names.js'
import type {
  AppearanceSource,
  IndexedOutlet,
  IndexedPerson,
  OutletAppearance,
  PeopleIndex,
  PersonAppearance,
  PublicationPeople
} from './types.js'

/** Publications by date (`YYYY` before `YYYY-MM` of the same year), undated last, then by id. */
export function byDate(a: AppearanceSource, b: AppearanceSource): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1
    if (b.date === null) return -1
    return a.date < b.date ? -1 : 1
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * Merge the publications' parts into the collection's people and outlets (see the file comment).
 * Slugs are unique: should two keys ever share one (`slugOf`), the key first in UTF-16 order
 * keeps it and the next get `-2`, `-3`….
 */
export function indexPeople(parts: PublicationPeople[]): PeopleIndex {
  const ordered = [...parts].sort((a, b) => byDate(a.publication, b.publication))
  const people = groupByKey(ordered.flatMap(({publication, people}) => people.map((entry) => ({publication, entry}))))
  const outlets = groupByKey(
    ordered.flatMap(({publication, outlets}) => outlets.map((entry) => ({publication, entry})))
  )
  return {
    people: uniqueSlugs(people.map(indexPerson)),
    outlets: uniqueSlugs(outlets.map(indexOutlet))
  }
}

interface Seen<Entry> {
  publication: AppearanceSource
  entry: Entry
}

/** Appearances grouped by key, groups in key order, each in the publications' order. */
function groupByKey<Entry extends {key: string}>(seen: Array<Seen<Entry>>): Array<Array<Seen<Entry>>> {
  const groups = new Map<string, Array<Seen<Entry>>>()
  for (const item of seen) groups.set(item.entry.key, [...(groups.get(item.entry.key) ?? []), item])
  return [...groups.keys()].sort(compareUnits).map((key) => groups.get(key)!)
}

function indexPerson(group: Array<Seen<PersonAppearance>>): IndexedPerson {
  const merged = indexEntry(group, (entry) => entry.labels)
  return {
    ...merged,
    reasons: [...group.flatMap(({entry}) => entry.reasons), ...merged.reasons],
    publications: group.map(({publication, entry}) => ({
      publication,
      name: entry.name,
      roles: entry.roles,
      affiliations: entry.affiliations,
      turns: entry.turns
    }))
  }
}

function indexOutlet(group: Array<Seen<OutletAppearance>>): IndexedOutlet {
  return {
    ...indexEntry(group, () => []),
    publications: group.map(({publication, entry}) => {
      const {name, role, detail, url} = entry
      return {publication, name, role, detail, url}
    })
  }
}

/** What a person and an outlet of the index share: slug, key and the merged names (`mergeNames`). */
function indexEntry<Entry extends {key: string; slug: string; name: string}>(
  group: Array<Seen<Entry>>,
  labelsOf: (entry: Entry) => string[]
): {slug: string; key: string; name: string; lang: string; variants: string[]; reasons: string[]} {
  return {slug: group[0]!.entry.slug, key: group[0]!.entry.key, ...mergeNames(group, labelsOf)}
}

/**
 * The name to show (the spelling most publications give; ties: the earliest's), every spelling
 * and label, and why the publications after the first are the same one.
 */
function mergeNames<Entry extends {name: string}>(
  group: Array<Seen<Entry>>,
  labelsOf: (entry: Entry) => string[]
): {name: string; lang: string; variants: string[]; reasons: string[]} {
  const counts = new Map<string, number>()
  for (const {entry} of group) counts.set(entry.name, (counts.get(entry.name) ?? 0) + 1)
  const name = [...counts.entries()].reduce((best, next) => (next[1] > best[1] ? next : best))[0]
  const others = new Set(group.flatMap(({entry}) => [entry.name, ...labelsOf(entry)]))
  others.delete(name)
  const [first, ...rest] = group
  const reasons = rest.map(
    ({publication, entry}) =>
      `“${entry.name}” in ${publication.source} and “${first!.entry.name}” in ${first!.publication.source}: ${sameNameReason(entry.name, first!.entry.name)}`
  )
  const lang = group.find(({entry}) => entry.name === name)!.publication.lang
  return {name, lang, variants: [name, ...[...others].sort(compareUnits)], reasons}
}

/** Give every entry its own slug, in key order (see `indexPeople`). */
function uniqueSlugs<Entry extends {slug: string}>(entries: Entry[]): Entry[] {
  const taken = new Set<string>()
  return entries.map((entry) => {
    let slug = entry.slug
    for (let n = 2; taken.has(slug); n++) slug = `${entry.slug}-${n}`
    taken.add(slug)
    return slug === entry.slug ? entry : {...entry, slug}
  })
}

function compareUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
