/**
 * Page metadata as a layer of its own: below an editor's sidecar (`NAME.meta.yaml`, applied by
 * build-publication) and above what the normalizer infers from the text. Each fact keeps its
 * evidence ("JSON-LD datePublished"), and where the page contradicts itself — a JSON-LD date that
 * is not the date it shows, a headline that is not the one on the page — a warning says so and the
 * sidecar is how an editor decides otherwise.
 */
import type {PageFactRecord, Person, Publication} from '../../model/publication.js'
import {messageAt} from '../../messages.js'
import type {State} from '../../normalize/state.js'
import {removeUnit} from '../../normalize/state.js'
import {bylineNames} from '../../normalize/read-byline.js'
import {phrasingOf} from '../../normalize/unit.js'
import {findNames} from '../../text/names.js'
import {findDate, parseDateLine, parseIsoDate} from '../../text/dates.js'
import type {PageFact, PageMeta} from './read-page-meta.js'

const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
const separators = /\s+[|–—-]\s+/u

/** The page's best title, without a " | Site" suffix when the suffix is the site's name. */
function pageTitle(meta: PageMeta): PageFact | null {
  const best = meta.titles[0]
  if (!best) return null
  const parts = best.value.split(separators)
  const site = meta.publisher ? comparable(meta.publisher.value) : null
  if (parts.length > 1 && site && comparable(parts.at(-1)!) === site)
    return {...best, value: best.value.slice(0, best.value.lastIndexOf(parts.at(-1)!)).replace(/\s+[|–—-]\s*$/u, '')}
  return best
}

/**
 * A visible heading equal to the `<title>`'s part before its last separator or after its first,
 * and the other part, the site's name; null when no heading is either.
 */
function siteSplit(title: string, open: State['units']): {headline: State['units'][number]; site: string} | null {
  const match = [...title.matchAll(new RegExp(separators.source, 'gu'))]
  if (match.length === 0) return null
  const last = match.at(-1)!
  const first = match[0]!
  const sides = [
    {headline: title.slice(0, last.index), site: title.slice(last.index + last[0].length)},
    {headline: title.slice(first.index + first[0].length), site: title.slice(0, first.index)}
  ]
  for (const side of sides) {
    const key = comparable(side.headline)
    const headline = open.find((unit) => unit.heading > 0 && key !== '' && comparable(unit.text) === key)
    if (headline && side.site.trim()) return {headline, site: side.site.trim()}
  }
  return null
}

/**
 * Before the steps run: take the page's title, and claim the heading that shows it. A visible
 * headline that differs is listed as removed, with a warning naming both.
 */
export function presetPageTitle(state: State, meta: PageMeta, record: PageFactRecord[]): void {
  if (state.overrides.title !== undefined) return
  const title = pageTitle(meta)
  if (!title) return
  const open = state.units.filter((unit) => unit.role === null).slice(0, 12)
  const key = comparable(title.value)
  let subtitle: PageFactRecord | null = null
  let shown = open.find(
    (unit) =>
      comparable(unit.text) === key || (unit.heading > 0 && comparable(unit.text.split(separators)[0] ?? '') === key)
  )
  if (!shown) {
    // "Headline | Site" or "Site – Headline" where the page names no site: the visible heading that
    // is one side of the separator is the headline, the other side the site (mozilla/readability#954,
    // field case 25).
    const split = siteSplit(title.value, open)
    if (split) {
      shown = split.headline
      if (!meta.publisher)
        meta.publisher = {value: split.site, url: null, evidence: `the site named in the ${title.evidence}`, line: null}
    }
  }
  if (shown) {
    shown.role = 'title'
    state.title = {children: phrasingOf(shown.tree, shown.text), text: shown.text, line: shown.line}
    state.reasons.title = `${title.evidence}, the heading on line ${shown.line}`
    // The paragraph under the headline that the page also gives as its description is the standfirst.
    const next = state.units[state.units.indexOf(shown) + 1]
    const dek =
      next && next.role === null && meta.descriptions.find((d) => comparable(d.value) === comparable(next.text))
    if (next && dek) {
      next.role = 'subtitle'
      state.subtitle = {children: phrasingOf(next.tree, next.text), text: next.text, line: next.line}
      subtitle = {field: 'subtitle', value: next.text, evidence: `${dek.evidence}, the paragraph on line ${next.line}`}
    }
  } else {
    state.title = {children: [{type: 'text', value: title.value}], text: title.value, line: null}
    state.reasons.title = `page metadata: ${title.evidence}`
    const headline = open.find((unit) => unit.heading === 1)
    if (headline) {
      state.warnings.push(
        messageAt(
          state.file,
          'metadata/title-disagrees',
          `the page's ${title.evidence} "${title.value}" is not its visible headline "${headline.text}"; the ${title.evidence} is used (set title in the sidecar to choose)`,
          headline.line
        )
      )
      removeUnit(state, headline, 'metadata/title', `visible headline, replaced by the page's ${title.evidence}`)
    }
  }
  record.push({field: 'title', value: state.title.text, evidence: title.evidence})
  if (subtitle) record.push(subtitle)
}

/** After the steps: the page's date, people, outlets and language where the editor set none. */
export function applyPageMeta(state: State, meta: PageMeta, record: PageFactRecord[]): void {
  applyDate(state, meta, record)
  applyPeople(state, meta, record)
  applyOutlets(state, meta, record)
  applyLanguage(state, meta, record)
}

function applyDate(state: State, meta: PageMeta, record: PageFactRecord[]): void {
  const chosen = meta.dates[0]
  const parsed = chosen ? parseIsoDate(chosen.value) : null
  if (!state.date && !parsed) dateFromLeftOut(state)
  if (!chosen || !parsed || state.overrides.date !== undefined) return
  const agrees = (value: string) => value.startsWith(chosen.value) || chosen.value.startsWith(value)
  const text = state.date
  const shown = meta.shownDate
  if (text && !agrees(text.value)) {
    state.warnings.push(
      messageAt(
        state.file,
        'metadata/date-disagrees',
        `the page's ${chosen.evidence} is ${chosen.value} but its text shows ${text.value} (${text.evidence}); ${chosen.evidence} is used (set date in the sidecar to choose)`,
        text.line
      )
    )
  } else if (shown && shown.evidence !== chosen.evidence && !agrees(shown.value)) {
    state.warnings.push(
      messageAt(
        state.file,
        'metadata/date-disagrees',
        `the page's ${chosen.evidence} is ${chosen.value} but it shows ${shown.value} (${shown.evidence}); ${chosen.evidence} is used (set date in the sidecar to choose)`,
        shown.line
      )
    )
  }
  state.date = {
    value: parsed.value,
    precision: parsed.precision,
    source: 'inferred',
    evidence: chosen.evidence,
    line: chosen.line
  }
  record.push({field: 'date', value: parsed.value, evidence: chosen.evidence})
}

/**
 * A page with no date in its metadata still shows one: the date line the extractor left out
 * ("نشر في 2019-11-05", "Tuesday, 14 March 2023") is read as text would be.
 */
function dateFromLeftOut(state: State): void {
  for (const entry of state.removed) {
    if (entry.rule !== 'extract/date-line') continue
    const date = parseDateLine(entry.text) ?? findDate(entry.text)
    if (!date) continue
    state.date = {
      value: date.value,
      precision: date.precision,
      source: 'inferred',
      evidence: `date line: "${entry.text}"`,
      line: entry.line
    }
    return
  }
}

function applyPeople(state: State, meta: PageMeta, record: PageFactRecord[]): void {
  if (state.overrides.people !== undefined) return
  const known = (name: string) => state.people.some((p) => comparable(p.name) === comparable(name))
  for (const author of meta.authors.slice(0, 5)) {
    if (known(author.value)) continue
    // The page's author of an interview is who asked, unless the text already names an interviewer.
    const role: Person['role'] =
      state.questions.length > 0 && !state.people.some((p) => p.role === 'interviewer') ? 'interviewer' : 'author'
    state.people.push({name: author.value, role, affiliation: null, source: 'inferred', evidence: author.evidence})
    record.push({field: 'people', value: `${author.value} (${role})`, evidence: author.evidence})
  }
  if (meta.authors.length === 0) peopleFromLeftOut(state, record)
}

/**
 * A page with no author in its metadata still prints a byline: the one the extractor left out
 * ("By Jane Doe", or a bare name in an element named author) names the author, or the
 * interviewer of an interview that names none, as a byline in the text would.
 */
function peopleFromLeftOut(state: State, record: PageFactRecord[]): void {
  for (const entry of state.removed) {
    if (entry.rule !== 'extract/byline') continue
    const text = entry.text.trim()
    const read = bylineNames(text)
    const bare = read.length === 0 && text.split(/\s+/).length <= 5 ? findNames(text) : []
    const found = [...read, ...(bare.length === 1 && bare[0] === text ? [{name: text, role: 'author' as const}] : [])]
    for (const {name, role: read} of found.slice(0, 5)) {
      if (state.people.some((p) => comparable(p.name) === comparable(name))) continue
      const role: Person['role'] =
        read === 'author' && state.questions.length > 0 && !state.people.some((p) => p.role === 'interviewer')
          ? 'interviewer'
          : read
      const evidence = `byline (page metadata): "${text}"`
      state.people.push({name, role, affiliation: null, source: 'inferred', evidence})
      record.push({field: 'people', value: `${name} (${role})`, evidence})
    }
  }
}

function applyOutlets(state: State, meta: PageMeta, record: PageFactRecord[]): void {
  const publisher = meta.publisher
  if (!publisher || state.overrides.outlets !== undefined) return
  if (state.outlets.some((o) => comparable(o.name) === comparable(publisher.value))) return
  // The text names where it first appeared: the site it was saved from republished it.
  const role = state.outlets.some((o) => o.role === 'original') ? 'republisher' : 'original'
  const detail = meta.partOf ? meta.partOf.value : null
  state.outlets.push({
    name: publisher.value,
    role,
    detail,
    url: publisher.url ?? originOf(meta.urls[0]?.value),
    source: 'inferred',
    evidence: publisher.evidence
  })
  record.push({field: 'outlets', value: `${publisher.value} (${role})`, evidence: publisher.evidence})
  if (meta.partOf)
    record.push({field: 'outlets', value: `part of ${meta.partOf.value}`, evidence: meta.partOf.evidence})
}

/**
 * The page's declared language wins over detection unless the text plainly is another language
 * (a confident guess in another language: templates often keep `lang="en-US"` on every page).
 */
function applyLanguage(state: State, meta: PageMeta, record: PageFactRecord[]): void {
  const declared = meta.langs[0]
  if (!declared || state.overrides.lang !== undefined) return
  const primary = declared.value.toLowerCase().split(/[-_]/)[0]!
  if (!/^[a-z]{2,3}$/.test(primary)) return
  const guess = state.language
  if (guess && guess.lang !== 'und' && guess.lang !== primary && guess.confidence >= 0.5) {
    state.warnings.push(
      messageAt(
        state.file,
        'metadata/lang-disagrees',
        `the page declares ${declared.evidence} but its text reads as "${guess.lang}" (${guess.evidence}); "${guess.lang}" is used`,
        null
      )
    )
    return
  }
  state.language = {
    lang: primary,
    confidence: 1,
    evidence: `${declared.evidence}${guess && guess.lang === primary ? `; the text agrees (${guess.evidence})` : ''}`
  }
  record.push({field: 'lang', value: primary, evidence: declared.evidence})
}

/** After the publication is built: the canonical address, and the record of what the page gave. */
export function finishPagePublication(
  publication: Publication,
  meta: PageMeta,
  record: PageFactRecord[],
  urlOverridden: boolean
): void {
  const url = meta.urls[0]
  if (url && !urlOverridden) {
    publication.url = url.value
    record.push({field: 'url', value: url.value, evidence: url.evidence})
  }
  publication.inference.page = record
}

function originOf(url: string | undefined): string | null {
  if (!url) return null
  try {
    return `${new URL(url).origin}/`
  } catch {
    return null
  }
}
